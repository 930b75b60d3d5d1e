/**
 * Turns what a user types into a safe Lucene query for `entity_search`. The text is folded and
 * cut into words of letters and digits, so quotes, brackets, operators and backslashes never
 * reach the parser as syntax (and each word is escaped all the same). Every word must match, as
 * itself (boosted), as a prefix or within a small edit distance in the word fields (a word with
 * digits, such as a passport number, in any field and also inside a longer token); a word in another script also matches its Latin
 * transliteration. One-letter words and stop words are dropped when other words remain.
 */
import { foldText, transliterate } from './fold-text';

/** Words the index's analyzer drops (Lucene's English stop set): never required on their own. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|<>=]/g;

/** Escapes Lucene syntax characters. */
export const escapeLucene = (word: string): string => word.replace(SPECIAL, (c) => `\\${c}`);

/** Most words used from one search. */
export const MAX_WORDS = 8;

/** The words of a search: folded, split on anything but letters and digits, stop words dropped when others remain. */
export function searchWords(text: string): string[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  return [...new Set(meaningful.length ? meaningful : words)].slice(0, MAX_WORDS);
}

/**
 * Fields that hold words (names, aliases, document titles, addresses). A misspelt word is looked
 * for only in them: a fuzzy term is matched against every term of each field it runs on, and the
 * code fields (identifiers, account and registration numbers…) hold about one unique term per
 * entity, which made fuzzy matching there most of a search's cost at a million entities.
 */
export const WORD_FIELDS = ['name', 'aliases', 'title', 'text'];

function clause(word: string): string[] {
  const w = escapeLucene(word);
  const parts = [`${w}^4`, `${w}*^2`];
  if (word.length >= 4 && !/^\d+$/.test(word)) {
    const fuzzy = `${w}~${word.length >= 7 ? 2 : 1}`;
    // A word with digits is a code, mistyped in a code field as often as anywhere.
    parts.push(...(/\d/.test(word) ? [fuzzy] : WORD_FIELDS.map((field) => `${field}:${fuzzy}`)));
  }
  // Identifiers are stored as KIND:VALUE, one token: a word with digits also matches inside a token.
  if (word.length >= 4 && /\d/.test(word)) parts.push(`*${w}*`);
  return parts;
}

/** The Lucene query for `text`, or null when it holds no word. */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (!words.length) return null;
  return words
    .map((word) => {
      const latin = transliterate(word);
      const parts = latin !== word ? [...clause(word), ...clause(latin)] : clause(word);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}
