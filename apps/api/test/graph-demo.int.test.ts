// The graph operations on the demo investigation, checked against its ground truth: the planted
// money cycles and fan-ins are found (and their look-alikes are not), the money trail follows a
// planted cycle back to its start, paths join planted officials and exporters to whom they should,
// hidden owners get their effective share, and statistics add up to the records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGroundTruth, type GroundTruth, type PatternInstance } from '@touchstone/seed';
import Graph from 'graphology';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useGraphFixture } from './graph-suite';

const demoDir = inject('demoDir') ?? process.env.TOUCHSTONE_DEMO_DIR;

const t = useGraphFixture();
let truth: GroundTruth;
const planted = (pattern: string) => truth.instances.filter((i) => i.pattern === pattern);
const lookAlikes = (pattern: string) => truth.lookAlikes.filter((i) => i.pattern === pattern);
const details = <T>(i: PatternInstance) => i.details as T;

describe.skipIf(!demoDir)('on the demo investigation', () => {
  beforeAll(async () => {
    truth = await readGroundTruth(join(demoDir!, 'ground-truth.json'));
  });

  it('money-cycle finds exactly the planted cycles, in order, and none of the look-alikes', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'money-cycle',
      params: { from: truth.period.from, until: '2026-01-01' },
      rowLimit: 1000,
    });
    const found = r.rows.filter((row: { subjectId: string }) => !row.subjectId.includes('-gx'));
    expect(found.map((row: { subjectId: string }) => row.subjectId).sort()).toEqual(
      planted('MONEY_CYCLE')
        .map((i) => i.subject)
        .sort(),
    );
    for (const cycle of planted('MONEY_CYCLE')) {
      const row = found.find((x: { subjectId: string }) => x.subjectId === cycle.subject);
      expect(row.accounts).toEqual(details<{ accounts: string[] }>(cycle).accounts);
      expect(row.transactions).toEqual(details<{ transactions: string[] }>(cycle).transactions);
    }
    for (const l of lookAlikes('MONEY_CYCLE'))
      expect(found.map((x: { subjectId: string }) => x.subjectId)).not.toContain(l.subject);
  });

  it('moneyTrail follows each planted cycle in time order back to its first account', async () => {
    for (const cycle of planted('MONEY_CYCLE')) {
      const { accounts, transactions } = details<{ accounts: string[]; transactions: string[] }>(cycle);
      const r = await t.outsider('moneyTrail', {
        from: cycle.subject,
        since: truth.period.from,
        maxDwellDays: 3,
        tolerance: 0.2,
        maxHops: 8,
      });
      expect(r.cycles, cycle.id).toContainEqual({
        accountIds: [...accounts, accounts[0]],
        transactionIds: transactions,
      });
      const graph = Graph.from(r.graph);
      for (let k = 0; k < accounts.length; k++) {
        expect(graph.hasEdge(`paid:${accounts[k]}>${accounts[(k + 1) % accounts.length]}`), cycle.id).toBe(
          true,
        );
      }
      expect(r.endpoints.find((e: { accountId: string }) => e.accountId === cycle.subject).minSteps).toBe(
        accounts.length,
      );
    }
  });

  it('fan-in finds exactly the planted fan-ins, not the landlord nor the four-payer look-alike', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'fan-in',
      params: { from: truth.period.from, until: '2026-01-01' },
      rowLimit: 1000,
      timeoutSeconds: 120,
    });
    const found = r.rows
      .map((row: { subjectId: string }) => row.subjectId)
      .filter((id: string) => !id.includes('-gx'));
    expect(found.sort()).toEqual(
      planted('MONEY_FAN_IN')
        .map((i) => i.subject)
        .sort(),
    );
    for (const l of lookAlikes('MONEY_FAN_IN')) expect(found).not.toContain(l.subject);
  });

  it('shortestPaths joins each planted official to the licence holder, and the payments to the official’s circle', async () => {
    for (const paid of planted('GOLD_OFFICIAL_PAID')) {
      const holder = paid.entities.find((id) => id.startsWith('com-'))!;
      const r = await t.outsider('shortestPaths', { from: paid.subject, to: holder, k: 3, maxHops: 4 });
      expect(r.paths.length, paid.id).toBeGreaterThan(0);
      expect(r.paths[0].nodeIds[0]).toBe(paid.subject);
      expect(r.paths[0].nodeIds.at(-1)).toBe(holder);
      // Each planted payment landed in the official's circle: an account held by the official, a
      // relative or associate, or a firm one of them owns or directs (the rule of the pattern).
      for (const payment of details<{ payments: string[] }>(paid).payments) {
        const e = await t.outsider('entity', { id: payment });
        const to = e.links.find((g: { type: string }) => g.type === 'TO').links[0].other.key;
        const circle = await t.outsider('shortestPaths', {
          from: paid.subject,
          to,
          linkTypes: ['HOLDS_ACCOUNT', 'OWNS', 'DIRECTOR_OF', 'FAMILY_OF', 'ASSOCIATE_OF'],
          maxHops: 3,
        });
        expect(circle.paths.length, `${paid.id} ${payment}`).toBe(1);
        expect(circle.paths[0].edgeKeys.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it('shortestPaths finds the planted short paths from exporters and officials to criminal-group members', async () => {
    for (const near of planted('GOLD_CRIMINAL_PROXIMITY')) {
      const path = details<{ path: string[] }>(near).path;
      const r = await t.outsider('shortestPaths', {
        from: path[0],
        to: path.at(-1),
        linkTypes: ['OWNS', 'DIRECTOR_OF', 'FAMILY_OF', 'ASSOCIATE_OF'],
        maxHops: 3,
      });
      expect(r.paths[0]?.length, near.id).toBe(path.length - 1);
      expect(r.paths[0].nodeIds).toEqual(path);
    }
  });

  it('ownership gives hidden owners their effective share, and the look-alike stays under the threshold', async () => {
    for (const hidden of planted('CORP_HIDDEN_OWNER')) {
      const { company, effectiveShare } = details<{ company: string; effectiveShare: number }>(hidden);
      const r = await t.outsider('ownership', { id: company });
      const owner = r.owners.find((o: { id: string }) => o.id === hidden.subject);
      expect(owner.effectiveShare, hidden.id).toBeCloseTo(effectiveShare, 6);
      expect(owner).toMatchObject({ beneficialOwner: true, naturalPerson: true, directShare: null });
      expect(owner.maxDepth).toBeGreaterThanOrEqual(3);
    }
    for (const l of lookAlikes('CORP_HIDDEN_OWNER')) {
      const company = l.entities.at(-1)!;
      const r = await t.outsider('ownership', { id: company });
      expect(r.owners.find((o: { id: string }) => o.id === l.subject)?.beneficialOwner ?? false, l.id).toBe(
        false,
      );
    }
  });

  it('ownership reports the planted circular holdings', async () => {
    for (const loop of planted('CORP_CIRCULAR_OWNERSHIP')) {
      const members = details<{ loop: string[] }>(loop).loop;
      const r = await t.outsider('ownership', { id: loop.subject });
      expect(
        r.cycles.map((c: string[]) => [...c].sort()),
        loop.id,
      ).toContainEqual([...members].sort());
    }
  });

  it('metalTrail shows a mine declared beyond its capacity and a sample excluded from its declared mine', async () => {
    for (const over of planted('GOLD_EXPORT_OVER_CAPACITY')) {
      const d = details<{ shipments: string[]; capacityKg: number; declaredKg: number[] }>(over);
      const r = await t.outsider('metalTrail', { from: over.subject });
      expect(r.shipments.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(d.shipments));
      const inPlantedYears = r.shipments
        .filter((s: { id: string }) => d.shipments.includes(s.id))
        .reduce((sum: number, s: { trailFineKg: number }) => sum + s.trailFineKg, 0);
      expect(inPlantedYears).toBeCloseTo(
        d.declaredKg.reduce((a, b) => a + b, 0),
        0,
      );
      expect(r.steps.find((s: { stage: string }) => s.stage === 'MINE').fineKg).toBeGreaterThan(d.capacityKg);
    }
    for (const mismatch of planted('GOLD_ASSAY_MISMATCH')) {
      const d = details<{ shipment: string; declaredMine: string; consistentWith: string }>(mismatch);
      const r = await t.outsider('metalTrail', { from: mismatch.subject });
      expect(r.shipments.map((s: { id: string }) => s.id)).toContain(d.shipment);
      const graph = Graph.from(r.graph);
      const verdict = (mine: string) =>
        graph.edges(mismatch.subject, mine).map((e) => graph.getEdgeAttribute(e, 'properties').verdict);
      expect(verdict(d.declaredMine), mismatch.id).toEqual(['EXCLUDED']);
      expect(verdict(d.consistentWith), mismatch.id).toEqual(['CONSISTENT']);
    }
  });

  it('statistics count every seizure, prosecution and gold shipment of the demo, and the groups add up', async () => {
    const records = readFileSync(join(demoDir!, 'entities.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The fixture of this file adds two seizures, two prosecutions and two gold shipments outsiders see.
    const demo = (type: string, extra: (r: Record<string, unknown>) => boolean = () => true) =>
      records.filter((r) => r.type === type && !r.caseId && extra(r)).length + 2;
    for (const groupBy of ['COUNTRY', 'YEAR', 'ROUTE', 'TYPOLOGY']) {
      const s = await t.outsider('statistics', { groupBy, idsPerFigure: 0 });
      const demoGroups = s.groups.filter(
        (g: { key: string }) => !['XP', 'XA', 'XC'].includes(g.key) && !g.key.includes('XP'),
      );
      const sum = (
        pick: (g: {
          seizures: { count: number };
          prosecutions: { count: number };
          exports: { count: number };
        }) => number,
      ) => s.groups.reduce((total: number, g: never) => total + pick(g), 0);
      expect(
        sum((g) => g.seizures.count),
        groupBy,
      ).toBe(s.totals.seizures.count);
      expect(
        sum((g) => g.exports.count),
        groupBy,
      ).toBe(s.totals.exports.count);
      expect(s.totals.prosecutions.count, groupBy).toBe(demo('Prosecution'));
      expect(demoGroups.length).toBeGreaterThan(1);
    }
    const year = await t.outsider('statistics', {
      groupBy: 'YEAR',
      from: truth.period.from,
      until: truth.period.to,
      idsPerFigure: 0,
    });
    expect(year.totals.seizures.count).toBe(demo('Seizure'));
    expect(year.totals.exports.count).toBe(demo('Shipment', (r) => r.commodity === 'GOLD'));
  });

  it('search finds the demo’s criminal groups by name, accents or not', async () => {
    const r = await t.outsider('search', { text: 'los condores de inambari', types: ['CriminalGroup'] });
    expect(r.hits[0].node.attributes.label).toBe('Los Cóndores de Inambari');
  });

  it('pages through a common surname, many hits of equal score, as one long page: none repeated or skipped', async () => {
    type Page = { hits: { score: number; node: { key: string } }[]; nextCursor: string | null };
    // "Quispe" as written, and misspelt so that every hit is a near spelling.
    for (const text of ['Quispe', 'Qispe']) {
      const whole: Page = await t.outsider('search', { text, limit: 100 });
      const scores = whole.hits.map((h) => h.score);
      expect(whole.hits.length, text).toBeGreaterThan(20);
      expect(new Set(scores).size, `${text}: hits share scores`).toBeLessThan(scores.length / 2);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: Page = await t.outsider('search', { text, limit: 7, after });
        paged.push(...page.hits.map((h) => h.node.key));
        after = page.nextCursor;
      } while (after && paged.length < whole.hits.length);
      expect(paged.slice(0, whole.hits.length), text).toEqual(whole.hits.map((h) => h.node.key));
    }
  });

  it('expand of a planted exporter at depth 2 loads into graphology and accounts for every link it leaves out', async () => {
    const exporter = planted('GOLD_CRIMINAL_PROXIMITY')[0]!.subject;
    const r = await t.outsider('expand', { ids: [exporter], depth: 2, perNode: 10, limit: 200 });
    const graph = Graph.from(r.graph);
    expect(graph.order).toBeLessThanOrEqual(200);
    expect(graph.hasNode(exporter)).toBe(true);
    expect(r.omitted.reduce((s: number, o: { count: number }) => s + o.count, 0)).toBe(r.omittedTotal);
    expect(r.truncated).toBe(r.omittedTotal > 0);
  });
});
