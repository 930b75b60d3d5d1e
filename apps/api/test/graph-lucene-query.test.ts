import { describe, expect, it } from 'vitest';
import { foldText, transliterate } from '../src/services/graph/fold-text';
import {
  WORD_FIELDS,
  escapeLucene,
  nearSpellingsOnly,
  searchQueries,
  searchWords,
} from '../src/services/graph/lucene-query';

describe('search text folding', () => {
  it('folds accents and special letters the way the index does', () => {
    expect(foldText('José Ñahuincopa ÅSTRÖM Straße Łódź Øresund')).toBe(
      'jose nahuincopa astrom strasse lodz oresund',
    );
  });

  it('transliterates Cyrillic and Greek to Latin', () => {
    expect(transliterate(foldText('Кузнецов Щукин'))).toBe('kuznetsov shchukin');
    expect(transliterate(foldText('Παπαδόπουλος'))).toBe('papadopoulos');
  });
});

/** A fuzzy term in each word field, as the query spells it. */
const fuzzy = (term: string) => WORD_FIELDS.map((field) => `${field}:${term}`).join(' OR ');

describe('searchQueries', () => {
  it('requires every word, as written (boosted) or as a prefix, then lets near spellings in the word fields follow', () => {
    expect(WORD_FIELDS).toEqual(['name', 'aliases', 'title', 'text']);
    const queries = searchQueries('José  Quispe')!;
    expect(queries).toEqual({
      exact: '(jose^4 OR jose*^2) AND (quispe^4 OR quispe*^2)',
      anySpelling: `(jose^4 OR jose*^2 OR ${fuzzy('jose~1')}) AND (quispe^4 OR quispe*^2 OR ${fuzzy('quispe~1')})`,
    });
    expect(nearSpellingsOnly('(gold^4 OR gold*^2)', `(gold^4 OR gold*^2 OR ${fuzzy('gold~1')})`)).toBe(
      `((gold^4 OR gold*^2 OR ${fuzzy('gold~1')})) AND NOT ((gold^4 OR gold*^2))`,
    );
    expect(searchQueries('Nahuincopa')).toEqual({
      exact: '(nahuincopa^4 OR nahuincopa*^2)',
      anySpelling: `(nahuincopa^4 OR nahuincopa*^2 OR ${fuzzy('nahuincopa~2')})`,
    });
  });

  it('matches words with digits inside identifier tokens and fuzzily in every field, and never fuzzes numbers', () => {
    expect(searchQueries('PE778899')).toEqual({
      exact: '(pe778899^4 OR pe778899*^2 OR *pe778899*)',
      anySpelling: '(pe778899^4 OR pe778899*^2 OR *pe778899* OR pe778899~2)',
    });
    expect(searchQueries('00001')).toEqual({ exact: '(00001^4 OR 00001*^2 OR *00001*)', anySpelling: null });
  });

  it('adds the transliteration of a word in another script', () => {
    expect(searchQueries('Кузнецов')).toEqual({
      exact: '(кузнецов^4 OR кузнецов*^2 OR kuznetsov^4 OR kuznetsov*^2)',
      anySpelling: `(кузнецов^4 OR кузнецов*^2 OR kuznetsov^4 OR kuznetsov*^2 OR ${fuzzy('кузнецов~2')} OR ${fuzzy('kuznetsov~2')})`,
    });
  });

  it('reduces hostile text to plain words: no quote, bracket, operator or backslash survives', () => {
    const hostile = [
      '"a" OR b',
      'name:(x) AND [a TO z]',
      '\\"; //',
      'a && b || !c',
      '(((',
      '*?~^',
      'x^99 OR y~0.1',
      '/.*/',
    ];
    for (const text of hostile) {
      const queries = searchQueries(text);
      if (queries === null) continue;
      const fields = new RegExp(`\\b(${WORD_FIELDS.join('|')}):`, 'g');
      for (const q of [queries.exact, queries.anySpelling ?? '']) {
        const body = q
          .replace(fields, ' ')
          .replace(/\^[0-9]|\*\^2|~[12]|\(|\)| OR | AND NOT | AND /g, ' ')
          .replace(/\*/g, ' ');
        expect(body, text).not.toMatch(/["':[\]{}\\/&|!?~^+-]/);
      }
    }
    expect(searchQueries('"gold" OR b')?.exact).toBe('(gold^4 OR gold*^2)');
    expect(searchQueries('((( ))) """')).toBeNull();
  });

  it('keeps operator words as words, lower-cased, dropping stop words when other words remain', () => {
    expect(searchWords('AND OR NOT')).toEqual(['and', 'or', 'not']);
    expect(searchQueries('NOT')).toEqual({ exact: '(not^4 OR not*^2)', anySpelling: null });
    expect(searchWords('Bank of the Andes')).toEqual(['bank', 'andes']);
    expect(searchWords('a b c d e f g h i j k l m n')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('escapes every Lucene syntax character', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&o|p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&o\\|p',
    );
  });
});
