/**
 * Turns what a user types into safe Lucene queries for `entity_search`. The text is folded and
 * cut into words of letters and digits, so quotes, brackets, operators and backslashes never
 * reach the parser as syntax (and each word is escaped all the same). Every word must match; a
 * word in another script also matches its Latin transliteration. One-letter words and stop
 * words are dropped when other words remain.
 *
 * A search reads in two tiers. The first has every word as written (boosted) or as a prefix (a
 * word with digits, such as a passport number, also inside a longer token). The second, read
 * only once the first is used up, has the hits where some word matches only within a small edit
 * distance, in the word fields. Near spellings cost several times what exact words do at a
 * million entities, and a name an investigator types correctly has a page of exact hits.
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

/** The parts of one word's clause: as written or as a prefix, and near spellings. */
interface WordParts {
  exact: string[];
  near: string[];
}

function wordParts(word: string): WordParts {
  const w = escapeLucene(word);
  const exact = [`${w}^4`, `${w}*^2`];
  // Identifiers are stored as KIND:VALUE, one token: a word with digits also matches inside a token.
  if (word.length >= 4 && /\d/.test(word)) exact.push(`*${w}*`);
  if (word.length < 4 || /^\d+$/.test(word)) return { exact, near: [] };
  const fuzzy = `${w}~${word.length >= 7 ? 2 : 1}`;
  // A word with digits is a code, mistyped in a code field as often as anywhere.
  return { exact, near: /\d/.test(word) ? [fuzzy] : WORD_FIELDS.map((field) => `${field}:${fuzzy}`) };
}

/** A word's parts, with those of its transliteration when it has one. */
function partsWithLatin(word: string): WordParts {
  const latin = transliterate(word);
  if (latin === word) return wordParts(word);
  const [a, b] = [wordParts(word), wordParts(latin)];
  return { exact: [...a.exact, ...b.exact], near: [...a.near, ...b.near] };
}

/** The two tiers of a search. */
export interface SearchQueries {
  /** Every word as written or as a prefix. */
  exact: string;
  /** Every word as written, as a prefix or spelt nearly so; null when no word has near spellings. */
  anySpelling: string | null;
}

/** The queries for `text`, or null when it holds no word. */
export function searchQueries(text: string): SearchQueries | null {
  const words = searchWords(text).map(partsWithLatin);
  if (!words.length) return null;
  const all = (parts: string[][]) => parts.map((p) => `(${p.join(' OR ')})`).join(' AND ');
  const exact = all(words.map((w) => w.exact));
  if (words.every((w) => w.near.length === 0)) return { exact, anySpelling: null };
  return { exact, anySpelling: all(words.map((w) => [...w.exact, ...w.near])) };
}

/** The second tier: hits of `anySpelling` that are not in `exact`. */
export const nearSpellingsOnly = (exact: string, anySpelling: string): string =>
  `(${anySpelling}) AND NOT (${exact})`;
