import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { LINK_TYPE_NAMES } from '@touchstone/domain';
import { describe, expect, it } from 'vitest';
import { createCaseAccess } from '../src/access/case-access';
import { clip } from '../src/audited';
import { notFound } from '../src/errors';
import { createFormatError } from '../src/http/format-error';
import { mergeResolvers } from '../src/resolvers/index';

describe('error formatting', () => {
  const format = createFormatError(true);

  it('passes the API codes through with their safe details only', () => {
    const out = format(
      { message: 'No case with this id.', path: ['case'], extensions: { code: 'NOT_FOUND', secret: 'x' } },
      notFound('x'),
    );
    expect(out).toEqual({
      message: 'No case with this id.',
      path: ['case'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('turns request errors into BAD_USER_INPUT and hides schema hints in production', () => {
    const out = format(
      {
        message: 'Cannot query field "nmae" on type "Viewer". Did you mean "name"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      null,
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(out.message).toBe('Cannot query field "nmae" on type "Viewer".');
  });

  it('masks everything else: no message, no stack, no Cypher', () => {
    const original = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n');
    const out = format(
      { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError(original.message, { originalError: original }),
    );
    const spy = out; // the original goes to the server log only
    expect(spy).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('case access', () => {
  const access = createCaseAccess([
    { caseId: 'case-a', role: 'LEAD' },
    { caseId: 'case-b', role: 'VIEWER' },
  ]);

  it('lists the cases of the user and checks roles in each', () => {
    expect(access.visibleCaseIds).toEqual(['case-a', 'case-b']);
    expect(() => access.requireMember('case-a', ['LEAD'])).not.toThrow();
    expect(() => access.requireMember('case-b', ['LEAD', 'MEMBER'])).toThrow(/VIEWER/);
    expect(() => access.requireMember('case-c')).toThrow(/not a member/);
    expect(createCaseAccess().visibleCaseIds).toEqual([]);
  });
});

describe('resolver merging', () => {
  it('merges areas type by type and refuses a field defined twice', () => {
    const a = () => 1;
    expect(mergeResolvers({ Query: { a } }, { Query: { b: a }, Case: { c: a } })).toEqual({
      Query: { a, b: a },
      Case: { c: a },
    });
    expect(() => mergeResolvers({ Query: { a } }, { Query: { a } })).toThrow(/Query.a is defined twice/);
  });
});

describe('audit argument clipping', () => {
  it('keeps entries small whatever the arguments', () => {
    expect(clip({ text: 'x'.repeat(600) })).toEqual({ text: `${'x'.repeat(500)}… (600 characters)` });
    expect((clip({ ids: Array.from({ length: 60 }, (_, i) => i) }) as { ids: unknown[] }).ids).toHaveLength(
      51,
    );
  });
});

describe('migration 005', () => {
  it('indexes caseId on every link type, so restricted links are found fast', () => {
    const file = fileURLToPath(
      new URL('../../../cypher/schema/005-users-cases-audit.cypher', import.meta.url),
    );
    const text = readFileSync(file, 'utf8');
    for (const type of LINK_TYPE_NAMES) expect(text, type).toContain(`FOR ()-[r:${type}]-() ON (r.caseId)`);
    expect(text).toContain('FOR (u:User) REQUIRE u.name IS UNIQUE');
  });
});
