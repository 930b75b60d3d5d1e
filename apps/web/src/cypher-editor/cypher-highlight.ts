/**
 * The colours of Cypher in the editor: one palette for keywords, functions, strings, numbers,
 * comments, labels, relationship types, parameters and arrows, readable on a white background.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const cypherHighlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: '#7b2fb5', fontWeight: '600' },
  { tag: tags.function(tags.variableName), color: '#1f5fa8' },
  { tag: tags.string, color: '#2e7d32' },
  { tag: tags.number, color: '#b45309' },
  { tag: tags.comment, color: '#8a94a0', fontStyle: 'italic' },
  { tag: tags.typeName, color: '#0f766e', fontWeight: '600' },
  { tag: tags.special(tags.typeName), color: '#c2410c', fontWeight: '600' },
  { tag: tags.special(tags.variableName), color: '#be185d' },
  { tag: tags.operator, color: '#475569' },
  { tag: tags.propertyName, color: '#334155' },
  { tag: tags.bracket, color: '#64748b' },
]);

/** The editor extension that applies the palette. */
export const cypherHighlighting = syntaxHighlighting(cypherHighlightStyle);
