/**
 * The role × operation × case access matrix: a case holds records entered in it (a person, an
 * account, transactions, a seizure, an ownership link) and a chart; every operation that can
 * reach them is called by members of the case in each case role and by non-members of every
 * workbench role. Members see the records (so the test can fail); nobody else ever does — not in
 * data, not in counts, not in error messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphqlReply } from './support/graphql-client';
import { publicEntities, refreshFlowsOf, removeFixtures, write } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

type Who = {
  label: string;
  role: 'analyst' | 'investigator' | 'prosecutor' | 'admin';
  caseRole: 'LEAD' | 'MEMBER' | 'VIEWER' | null;
  token?: string;
  name?: string;
};

const PEOPLE: Who[] = [
  { label: 'lead-investigator', role: 'investigator', caseRole: 'LEAD' },
  { label: 'member-analyst', role: 'analyst', caseRole: 'MEMBER' },
  { label: 'viewer-prosecutor', role: 'prosecutor', caseRole: 'VIEWER' },
  { label: 'out-analyst', role: 'analyst', caseRole: null },
  { label: 'out-investigator', role: 'investigator', caseRole: null },
  { label: 'out-prosecutor', role: 'prosecutor', caseRole: null },
  { label: 'out-admin', role: 'admin', caseRole: null },
];

let t: TestApi;
let caseId: string;
let chartId: string;
let pub: { person: string; company: string };
const r = { person: '', account: '', seizure: '' };
let marker: string;
const PROV =
  "sourceId: 'doc-test', enteredBy: 'test', enteredAt: '2031-01-01T00:00:00Z', sourceReliability: 'B', infoReliability: '2'";

beforeAll(async () => {
  t = await startTestApi();
  marker = `Qxsecretmark${t.suffix}`;
  for (const p of PEOPLE) Object.assign(p, await t.user(p.role, p.label));
  const lead = PEOPLE[0]!;
  const created = await t.gql<{ createCase: { id: string } }>(
    `mutation { createCase(input: {title: "Case ${marker}"}) { id } }`,
    {},
    lead.token,
  );
  caseId = created.data!.createCase.id;
  for (const p of PEOPLE.slice(1)) {
    if (p.caseRole)
      await t.gql(
        `mutation { setCaseMember(caseId: "${caseId}", user: "${p.name}", role: ${p.caseRole}) { id } }`,
        {},
        lead.token,
      );
  }
  pub = await publicEntities(t.driver, t.suffix);
  Object.assign(r, {
    person: `per-t${t.suffix}sec`,
    account: `acc-t${t.suffix}sec`,
    seizure: `sz-t${t.suffix}sec`,
  });
  await write(
    t.driver,
    `MATCH (p:Person {id: $pubPerson}), (c:Company {id: $pubCompany})
     CREATE (s:Entity:Person {id: $person, name: $name, caseId: $case})
     CREATE (s)-[:OWNS {id: $owns, share: 0.6, caseId: $case, ${PROV}}]->(c)
     CREATE (accC:Entity:BankAccount {id: $accC, accountNumber: 'PUBC${t.suffix}'})
     CREATE (accP:Entity:BankAccount {id: $accP, accountNumber: 'PUBP${t.suffix}'})
     CREATE (c)-[:HOLDS_ACCOUNT {${PROV}}]->(accC)
     CREATE (p)-[:HOLDS_ACCOUNT {${PROV}}]->(accP)
     CREATE (accS:Entity:BankAccount {id: $account, accountNumber: $name, caseId: $case})
     CREATE (s)-[:HOLDS_ACCOUNT {caseId: $case, ${PROV}}]->(accS)
     CREATE (t1:Entity:Transaction {id: $t1, amount: 50000.0, currency: 'USD', amountUsd: 50000.0, timestamp: datetime('2031-05-01T10:00:00Z'), channel: 'WIRE', caseId: $case})
     CREATE (t2:Entity:Transaction {id: $t2, amount: 30000.0, currency: 'USD', amountUsd: 30000.0, timestamp: datetime('2031-05-02T10:00:00Z'), channel: 'WIRE', caseId: $case})
     CREATE (accC)-[:SENT {caseId: $case, ${PROV}}]->(t1)-[:TO {caseId: $case, ${PROV}}]->(accS)
     CREATE (accP)-[:SENT {caseId: $case, ${PROV}}]->(t2)-[:TO {caseId: $case, ${PROV}}]->(accS)
     CREATE (:Entity:Seizure {id: $seizure, date: date('2031-06-01'), country: 'PE', goods: 'GOLD', weightKg: 12.5, caseId: $case, place: $name})`,
    {
      pubPerson: pub.person,
      pubCompany: pub.company,
      person: r.person,
      name: marker,
      case: caseId,
      owns: `lnk-t${t.suffix}secowns`,
      accC: `acc-t${t.suffix}pubc`,
      accP: `acc-t${t.suffix}pubp`,
      account: r.account,
      t1: `txn-t${t.suffix}sec1`,
      t2: `txn-t${t.suffix}sec2`,
      seizure: r.seizure,
    },
  );
  await refreshFlowsOf(t.driver, [`acc-t${t.suffix}pubc`, `acc-t${t.suffix}pubp`, r.account]);
  await t.gql(
    `mutation { addCaseEntities(caseId: "${caseId}", ids: ["${r.person}", "${pub.company}"]) { id } }`,
    {},
    lead.token,
  );
  const chart = await t.gql<{ saveChart: { id: string } }>(
    'mutation($c: ID!, $d: JSON!) { saveChart(caseId: $c, input: {name: "Owners", document: $d}) { id } }',
    {
      c: caseId,
      d: {
        format: 1,
        nodes: [
          { key: r.person, x: 0, y: 0, label: marker },
          { key: pub.company, x: 1, y: 1 },
        ],
        edges: [{ key: 'e', source: r.person, target: pub.company }],
      },
    },
    lead.token,
  );
  chartId = chart.data!.saveChart.id;
});

afterAll(async () => {
  await removeFixtures(t.driver, t.suffix);
  await t?.close();
});

interface Operation {
  name: string;
  query: () => string;
  /** Roles allowed to call it at all (others get FORBIDDEN). */
  roles?: readonly Who['role'][];
  /** Code a non-member gets, when the operation refuses rather than filters. */
  outsiderCode?: string;
  /** Whether a member's answer must show the case's records. */
  memberSees: boolean;
}

const OPERATIONS: Operation[] = [
  {
    name: 'case',
    query: () => `{ case(id: "${caseId}") { title entities { id label } } }`,
    outsiderCode: 'FORBIDDEN',
    memberSees: true,
  },
  {
    name: 'chart',
    query: () => `{ chart(id: "${chartId}") { document } }`,
    outsiderCode: 'FORBIDDEN',
    memberSees: true,
  },
  { name: 'cases', query: () => '{ cases(limit: 200) { cases { id title } } }', memberSees: true },
  {
    name: 'search',
    query: () => `{ search(text: "${marker}") { hits { node { key attributes { label } } } } }`,
    memberSees: true,
  },
  {
    name: 'entity (restricted)',
    query: () => `{ entity(id: "${r.person}") { node { key attributes { label } } } }`,
    outsiderCode: 'NOT_FOUND',
    memberSees: true,
  },
  {
    name: 'entity (public, with restricted links)',
    query: () =>
      `{ entity(id: "${pub.company}") { links { type count links { other { key attributes { label } } } } } }`,
    memberSees: true,
  },
  {
    name: 'expand',
    query: () =>
      `{ expand(ids: ["${pub.company}"], depth: 2) { graph { nodes { key attributes { label } } } omitted { count } } }`,
    memberSees: true,
  },
  {
    name: 'ownership',
    query: () => `{ ownership(id: "${pub.company}") { owners { id node { attributes { label } } } } }`,
    memberSees: true,
  },
  {
    name: 'shortestPaths',
    query: () =>
      `{ shortestPaths(from: "${pub.person}", to: "${r.person}", maxHops: 4) { paths { nodeIds } } }`,
    outsiderCode: 'NOT_FOUND',
    memberSees: true,
  },
  {
    name: 'moneyTrail',
    query: () =>
      `{ moneyTrail(from: "acc-t${t.suffix}pubc", since: "2031-01-01", until: "2032-01-01", maxDwellDays: 30) { hops { to } endpoints { accountId } graph { nodes { key } } } }`,
    memberSees: true,
  },
  {
    name: 'statistics',
    query: () =>
      '{ statistics(groupBy: COUNTRY, from: "2031-01-01", until: "2031-12-31", countries: ["PE"]) { groups { key seizures { count kg ids } } totals { seizures { count ids } } } }',
    memberSees: true,
  },
  {
    name: 'runCannedQuery',
    query: () =>
      '{ runCannedQuery(name: "fan-in", params: {from: "2031-01-01T00:00:00Z", until: "2032-01-01T00:00:00Z", windowDays: 30, minCounterparties: 2, minTotalUsd: 0}) { rows graph { nodes { key } } } }',
    memberSees: true,
  },
  {
    name: 'runCypher',
    query: () =>
      `{ runCypher(query: "MATCH (s:Seizure {id: $id}) RETURN s.place AS place", params: {id: "${r.seizure}"}) { rows } }`,
    roles: ['analyst', 'admin'],
    outsiderCode: 'FORBIDDEN',
    memberSees: true,
  },
];

const restrictedIds = () => [
  r.person,
  r.account,
  r.seizure,
  `txn-t${t.suffix}sec1`,
  `txn-t${t.suffix}sec2`,
  `lnk-t${t.suffix}secowns`,
  caseId,
  chartId,
];
/** Whether an answer shows anything of the case: the marker anywhere, or a restricted id in its data. */
const reveals = (reply: GraphqlReply<unknown>) =>
  reply.text.includes(marker) ||
  restrictedIds().some((id) => JSON.stringify(reply.data ?? null).includes(id));

describe('the access matrix', () => {
  for (const op of OPERATIONS) {
    describe(op.name, () => {
      for (const who of PEOPLE) {
        const allowedRole = !op.roles || op.roles.includes(who.role);
        const expectation = !allowedRole
          ? 'is refused for the role'
          : who.caseRole
            ? 'shows the case data to'
            : 'hides the case data from';
        it(`${expectation} ${who.label}`, async () => {
          const reply = await t.gql(op.query(), {}, who.token);
          if (!allowedRole) {
            expect(codeOf(reply)).toBe('FORBIDDEN');
            expect(reveals(reply)).toBe(false);
          } else if (who.caseRole) {
            expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
            if (op.memberSees) expect(reveals(reply), reply.text.slice(0, 400)).toBe(true);
          } else {
            if (op.outsiderCode) expect(codeOf(reply)).toBe(op.outsiderCode);
            else expect(reply.errors, JSON.stringify(reply.errors)).toBeUndefined();
            expect(reveals(reply), reply.text.slice(0, 400)).toBe(false);
          }
        });
      }
      it('refuses anonymous callers', async () => {
        const reply = await t.gql(op.query());
        expect(codeOf(reply)).toBe('UNAUTHENTICATED');
        expect(reveals(reply)).toBe(false);
      });
    });
  }
});
