/**
 * The shared set-up of the graph operations' integration tests: the real API server on the test
 * database, two investigators — an outsider and the lead of a case opened through the API — and
 * the hand-made fixture loaded with its restricted records entered in that case, removed after
 * the file's tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { httpApi, type GraphApi } from './graph-client';
import { loadGraphFixture, removeGraphFixture } from './graph-harness';
import { startTestApi, type TestApi } from './support/test-api';

export interface GraphSuite {
  /** An investigator who is a member of no case. */
  outsider: GraphApi;
  /** The lead of the case the fixture's restricted records were entered in. */
  member: GraphApi;
  /** That case's id. */
  caseId: string;
  /** Their bearer tokens, for documents of a test's own. */
  tokens: { outsider: string; member: string };
  test: TestApi;
}

/** Registers the fixture's set-up and tear-down; the callers are ready inside tests. */
export function useGraphFixture(): GraphSuite {
  const suite = {} as GraphSuite;
  let ids: string[] = [];
  beforeAll(async () => {
    suite.test = await startTestApi();
    const outsider = await suite.test.user('investigator', 'outsider');
    const member = await suite.test.user('investigator', 'member');
    const opened = await suite.test.gql<{ createCase: { id: string } }>(
      'mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }',
      { input: { title: `Graph fixture ${suite.test.suffix}` } },
      member.token,
    );
    if (!opened.data?.createCase) throw new Error(`could not open the fixture's case: ${opened.text}`);
    suite.caseId = opened.data.createCase.id;
    ids = await loadGraphFixture(suite.test.driver, suite.caseId);
    suite.tokens = { outsider: outsider.token, member: member.token };
    suite.outsider = httpApi(suite.test.api.url, outsider.token);
    suite.member = httpApi(suite.test.api.url, member.token);
  });
  afterAll(async () => {
    if (!suite.test) return;
    await removeGraphFixture(suite.test.driver, ids);
    await suite.test.close();
  });
  return suite;
}
