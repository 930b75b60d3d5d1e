/**
 * A case as one viewer sees it: the case and the viewer's current role in it, read together so
 * the membership check and the answer come from the same moment. Non-members get FORBIDDEN and
 * unknown ids NOT_FOUND (the distinction reveals nothing: case ids are random).
 */
import type { Driver } from 'neo4j-driver';
import type { CaseRole } from '../../access/case-access';
import { readRecords } from '../../db/transactions';
import { forbidden, notFound } from '../../errors';
import { CASE_FIELDS, caseExists, toCase, type CaseRecord } from './case-store';

/** A case with the viewer's role (null once the viewer has left it). */
export interface CaseView extends CaseRecord {
  myRole: CaseRole | null;
}

/** The case `id` as seen by `user`, who must be a member. */
export async function viewCase(driver: Driver, id: string, user: string): Promise<CaseView> {
  const [record] = await readRecords(
    driver,
    `MATCH (c:Case {id: $id})-[m:HAS_MEMBER]->(:User {name: $user}) RETURN ${CASE_FIELDS}, m.role AS myRole`,
    { id, user },
  );
  if (record) return { ...toCase(record), myRole: record.get('myRole') as CaseRole };
  if (await caseExists(driver, id)) throw forbidden('You are not a member of this case.');
  throw notFound('No case with this id.');
}

/** The case `id` after the viewer changed it, whether or not they are still a member. */
export async function viewCaseAfterChange(driver: Driver, id: string, user: string): Promise<CaseView> {
  try {
    return await viewCase(driver, id, user);
  } catch (e) {
    const [record] = await readRecords(driver, `MATCH (c:Case {id: $id}) RETURN ${CASE_FIELDS}`, { id });
    if (!record) throw e;
    return { ...toCase(record), myRole: null };
  }
}
