import { describe, expect, it } from 'vitest';
import { tokenizeCypher } from '../src/cypher-editor/cypher-language';

const styleOf = (text: string, piece: string) => tokenizeCypher(text).find(([p]) => p === piece)?.[1];

describe('Cypher highlighting', () => {
  it('tells keywords, labels, relationship types, arrows and parameters apart', () => {
    expect(tokenizeCypher('MATCH (p:Person)-[r:OWNS]->(c) WHERE p.name = $name RETURN c')).toEqual([
      ['MATCH', 'keyword'],
      ['(', 'bracket'],
      ['p', 'variable'],
      [':Person', 'label'],
      [')', 'bracket'],
      ['-', 'arrow'],
      ['[', 'bracket'],
      ['r', 'variable'],
      [':OWNS', 'relType'],
      [']', 'bracket'],
      ['->', 'arrow'],
      ['(', 'bracket'],
      ['c', 'variable'],
      [')', 'bracket'],
      ['WHERE', 'keyword'],
      ['p', 'variable'],
      ['.', 'operator'],
      ['name', 'property'],
      ['=', 'operator'],
      ['$name', 'param'],
      ['RETURN', 'keyword'],
      ['c', 'variable'],
    ]);
  });

  it('marks function calls, strings with escaped quotes, numbers and comments', () => {
    const text = "RETURN count(x), toUpper('it\\'s'), 3.5e2, 42 // total";
    expect(styleOf(text, 'count')).toBe('function');
    expect(styleOf(text, 'toUpper')).toBe('function');
    expect(styleOf(text, "'it\\'s'")).toBe('string');
    expect(styleOf(text, '3.5e2')).toBe('number');
    expect(styleOf(text, '42')).toBe('number');
    expect(styleOf(text, '// total')).toBe('comment');
  });

  it('keeps a block comment open across lines and reads map keys and left arrows', () => {
    const tokens = tokenizeCypher("/* first\nstill comment */ MATCH (a)<-[:PAID]-(b {name: 'X'})");
    expect(tokens.slice(0, 2)).toEqual([
      ['/* first', 'comment'],
      ['still comment */', 'comment'],
    ]);
    expect(tokens).toContainEqual(['<-', 'arrow']);
    expect(tokens).toContainEqual([':PAID', 'relType']);
    expect(tokens).toContainEqual(['name', 'variable']);
    expect(tokens).toContainEqual([':', 'operator']);
  });

  it('reads a minus between numbers and a list in brackets as plain Cypher, not a pattern', () => {
    const tokens = tokenizeCypher('RETURN 5 - 2, [1, 2][0]');
    expect(tokens).toContainEqual(['-', 'operator']);
    expect(tokens.filter(([, s]) => s === 'arrow')).toEqual([]);
  });
});
