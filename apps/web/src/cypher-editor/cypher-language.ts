/**
 * Cypher syntax highlighting for CodeMirror: a line tokenizer (StreamLanguage) recognising
 * keywords, function calls, strings, numbers, comments, node labels and relationship types,
 * `$parameters`, property names and the arrows of patterns.
 */
import { StreamLanguage, StringStream, type StreamParser } from '@codemirror/language';
import { tags } from '@lezer/highlight';

const KEYWORDS = new Set(
  `match optional where return with unwind as order by skip limit distinct and or xor not in is null true false
  case when then else end call yield union all exists create merge delete detach set remove on asc ascending desc
  descending starts ends contains foreach load csv from headers using index constraint shortest any none single
  collect count filter extract reduce`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that are keywords but read as functions when called: count(x), collect(x)…
const CALLABLE = new Set(['count', 'collect', 'exists', 'any', 'none', 'single', 'all', 'filter', 'extract', 'reduce', 'shortest']);

/** The token styles, named for the highlight style. */
export type CypherToken =
  | 'keyword'
  | 'function'
  | 'string'
  | 'number'
  | 'comment'
  | 'label'
  | 'relType'
  | 'param'
  | 'arrow'
  | 'property'
  | 'variable'
  | 'operator'
  | 'bracket';

interface CypherState {
  inComment: boolean;
  /** Inside `[...]` of a relationship pattern, where `:NAME` is a relationship type. */
  inRel: boolean;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

function charBefore(stream: StringStream): string {
  return stream.string.charAt(stream.start - 1);
}

function tokenize(stream: StringStream, state: CypherState): CypherToken | null {
  if (state.inComment) {
    if (stream.skipTo('*/')) {
      stream.pos += 2;
      state.inComment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.eatSpace()) return null;
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.inComment = true;
    return tokenize(stream, state) ?? 'comment';
  }
  const ch = stream.peek()!;
  if (ch === '"' || ch === "'") {
    stream.next();
    let escaped = false;
    let c: string | void;
    while ((c = stream.next()) !== undefined) {
      if (c === ch && !escaped) break;
      escaped = !escaped && c === '\\';
    }
    return 'string';
  }
  if (ch === '`') {
    stream.next();
    if (stream.skipTo('`')) stream.next();
    else stream.skipToEnd();
    return charBefore(stream) === ':' ? (state.inRel ? 'relType' : 'label') : 'variable';
  }
  if (stream.match(/^\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+)/)) return 'param';
  if (stream.match(/^0x[0-9a-fA-F]+/) || stream.match(/^\d+(\.\d+)?([eE][-+]?\d+)?/) || stream.match(/^\.\d+([eE][-+]?\d+)?/)) return 'number';
  if (ch === ':') {
    stream.next();
    if (stream.match(IDENT, false) || stream.peek() === '`') {
      if (stream.peek() === '`') return 'operator';
      stream.match(IDENT);
      return state.inRel ? 'relType' : 'label';
    }
    return 'operator';
  }
  // Pattern arrows: <-, ->, --, -[ ... ]-> and the plain '-' that joins a node to a relationship.
  if (stream.match(/^<-+|^-+>|^--+/)) return 'arrow';
  if (ch === '-' && (/[)\]]/.test(charBefore(stream)) || /[[(]/.test(stream.string.charAt(stream.pos + 1)))) {
    stream.next();
    return 'arrow';
  }
  if (ch === '[') {
    stream.next();
    state.inRel = charBefore(stream) === '-';
    return 'bracket';
  }
  if (ch === ']') {
    stream.next();
    state.inRel = false;
    return 'bracket';
  }
  if (/[(){},;]/.test(ch)) {
    stream.next();
    return 'bracket';
  }
  const word = stream.match(IDENT) as RegExpMatchArray | null;
  if (word) {
    const text = word[0];
    const lower = text.toLowerCase();
    const called = /^\s*\(/.test(stream.string.slice(stream.pos));
    if (charBefore(stream) === '.') return 'property';
    if (called && (!KEYWORDS.has(lower) || CALLABLE.has(lower))) return 'function';
    if (KEYWORDS.has(lower)) return 'keyword';
    return 'variable';
  }
  if (stream.match(/^(<>|<=|>=|=~|\+=|[-+*/%^=<>|.!])/)) return 'operator';
  stream.next();
  return null;
}

/** The tokenizer, for CodeMirror and for tests. */
export const cypherParser: StreamParser<CypherState> = {
  name: 'cypher',
  startState: () => ({ inComment: false, inRel: false }),
  copyState: (s) => ({ ...s }),
  token: tokenize,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  tokenTable: {
    keyword: tags.keyword,
    function: tags.function(tags.variableName),
    string: tags.string,
    number: tags.number,
    comment: tags.comment,
    label: tags.typeName,
    relType: tags.special(tags.typeName),
    param: tags.special(tags.variableName),
    arrow: tags.operator,
    property: tags.propertyName,
    variable: tags.variableName,
    operator: tags.operator,
    bracket: tags.bracket,
  },
};

/** Cypher for a CodeMirror editor. */
export const cypherLanguage = StreamLanguage.define(cypherParser);

/** The tokens of one line as [text, token] pairs (spaces left out), for checking the tokenizer. */
export function tokenizeCypher(text: string): [string, CypherToken | null][] {
  const state = cypherParser.startState!(2);
  const out: [string, CypherToken | null][] = [];
  for (const line of text.split('\n')) {
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      const style = tokenize(stream, state);
      const piece = line.slice(stream.start, stream.pos);
      if (piece.trim()) out.push([piece, style]);
      stream.start = stream.pos;
    }
  }
  return out;
}
