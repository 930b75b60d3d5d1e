/**
 * Members of a case and their case roles. A case always keeps at least one LEAD, and only
 * existing, enabled users can be added — checked inside the write so concurrent changes cannot
 * leave a case without a lead. Each change drops the user's cached access, so it applies to
 * their next request.
 */
import type { Driver } from 'neo4j-driver';
import type { CaseRole } from '../../access/case-access';
import { forgetUser } from '../../auth/user-cache';
import { readRecords, writeTx } from '../../db/transactions';
import { badInput, notFound } from '../../errors';

/** One member of a case. */
export interface CaseMemberRecord {
  user: string;
  role: CaseRole;
  addedAt: string;
  addedBy: string;
}

/** Members of a case, leads first. */
export async function listMembers(driver: Driver, caseId: string): Promise<CaseMemberRecord[]> {
  const records = await readRecords(
    driver,
    `MATCH (:Case {id: $caseId})-[m:HAS_MEMBER]->(u:User)
     RETURN u.name AS user, m.role AS role, toString(m.addedAt) AS addedAt, m.addedBy AS addedBy
     ORDER BY CASE m.role WHEN 'LEAD' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, u.name`,
    { caseId },
  );
  return records.map((r) => ({
    user: r.get('user'),
    role: r.get('role'),
    addedAt: r.get('addedAt'),
    addedBy: r.get('addedBy'),
  }));
}

const countLeads = `MATCH (:Case {id: $caseId})-[l:HAS_MEMBER {role: 'LEAD'}]->(:User) RETURN count(l) AS leads`;

/** Adds a member or changes their role. */
export async function setMember(
  driver: Driver,
  caseId: string,
  user: string,
  role: CaseRole,
  by: string,
): Promise<void> {
  await writeTx(driver, async (tx) => {
    // Lock the case first so lead counting below is consistent with concurrent changes.
    const locked = await tx.run('MATCH (c:Case {id: $caseId}) SET c.updatedAt = datetime() RETURN c.id', {
      caseId,
    });
    if (locked.records.length === 0) throw notFound('No such case.');
    const target = await tx.run(
      'MATCH (u:User {name: $user}) RETURN coalesce(u.disabled, false) AS disabled',
      { user },
    );
    const found = target.records[0];
    if (!found) throw notFound(`No user named "${user}".`);
    if (found.get('disabled') === true) throw badInput(`User "${user}" is disabled.`, { field: 'user' });
    if (role !== 'LEAD') {
      const current = await tx.run(
        `MATCH (:Case {id: $caseId})-[m:HAS_MEMBER]->(:User {name: $user}) RETURN m.role AS role`,
        { caseId, user },
      );
      const leads = Number((await tx.run(countLeads, { caseId })).records[0]?.get('leads'));
      if (current.records[0]?.get('role') === 'LEAD' && leads <= 1)
        throw badInput('A case needs at least one LEAD; make someone else LEAD first.', { field: 'role' });
    }
    await tx.run(
      `MATCH (c:Case {id: $caseId}), (u:User {name: $user})
       MERGE (c)-[m:HAS_MEMBER]->(u)
         ON CREATE SET m.addedAt = datetime(), m.addedBy = $by
       SET m.role = $role`,
      { caseId, user, role, by },
    );
  });
  forgetUser(driver, user);
}

/** Removes a member; refuses to remove the last LEAD. */
export async function removeMember(driver: Driver, caseId: string, user: string): Promise<void> {
  await writeTx(driver, async (tx) => {
    const locked = await tx.run('MATCH (c:Case {id: $caseId}) SET c.updatedAt = datetime() RETURN c.id', {
      caseId,
    });
    if (locked.records.length === 0) throw notFound('No such case.');
    const current = await tx.run(
      `MATCH (:Case {id: $caseId})-[m:HAS_MEMBER]->(:User {name: $user}) RETURN m.role AS role`,
      { caseId, user },
    );
    const role = current.records[0]?.get('role');
    if (role === undefined) throw notFound(`"${user}" is not a member of this case.`);
    const leads = Number((await tx.run(countLeads, { caseId })).records[0]?.get('leads'));
    if (role === 'LEAD' && leads <= 1)
      throw badInput('A case needs at least one LEAD; make someone else LEAD first.', { field: 'user' });
    await tx.run('MATCH (:Case {id: $caseId})-[m:HAS_MEMBER]->(:User {name: $user}) DELETE m', {
      caseId,
      user,
    });
  });
  forgetUser(driver, user);
}
