// moneyTrail, metalTrail and ownership on the hand-made fixture (graph-fixture.ts), answers worked out by hand.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();
type Hop = { transactionId: string; from: string; to: string; amountUsd: number; step: number };
type Endpoint = {
  accountId: string;
  totalUsd: number;
  terminal: boolean;
  holderIds: string[];
  minSteps: number;
};

describe('moneyTrail', () => {
  it('follows the planted cycle in the order the money moved and finds it closes', async () => {
    const r = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
      tolerance: 0.2,
    });
    expect(r.cycles).toEqual([
      {
        accountIds: ['acc-gxA', 'acc-gxB', 'acc-gxC', 'acc-gxD', 'acc-gxA'],
        transactionIds: ['txn-gx1', 'txn-gx2', 'txn-gx3', 'txn-gx4'],
      },
    ]);
    const hops = Object.fromEntries(
      r.hops.map((h: Hop) => [h.transactionId, [h.from, h.to, h.amountUsd, h.step]]),
    );
    expect(hops).toEqual({
      'txn-gx1': ['acc-gxA', 'acc-gxB', 100_000, 1],
      'txn-gx2': ['acc-gxB', 'acc-gxC', 95_000, 2],
      'txn-gx3': ['acc-gxC', 'acc-gxD', 90_000, 3],
      'txn-gx4': ['acc-gxD', 'acc-gxA', 88_000, 4],
      'txn-gx7': ['acc-gxA', 'acc-gxR', 20_000, 1],
    });
    const back = r.endpoints.find((e: Endpoint) => e.accountId === 'acc-gxA');
    expect(back).toMatchObject({ totalUsd: 88_000, minSteps: 4, terminal: true, holderIds: ['com-gxAurum'] });
    expect(r.endpoints.find((e: Endpoint) => e.accountId === 'acc-gxR')).toMatchObject({
      totalUsd: 20_000,
      terminal: true,
      holderIds: ['off-gxRamos'],
    });
    const graph = Graph.from(r.graph);
    expect(graph.getEdgeAttribute('paid:acc-gxA>acc-gxB', 'money')).toMatchObject({
      count: 1,
      totalUsd: 100_000,
      transactionIds: ['txn-gx1'],
    });
    expect(graph.getEdgeAttribute('paid:acc-gxA>acc-gxB', 'money').sourceIds).toEqual(['doc-gx2']);
    expect(graph.hasEdge('off-gxRamos', 'acc-gxR') || graph.edges('off-gxRamos', 'acc-gxR').length > 0).toBe(
      true,
    );
  });

  it('never goes back in time: the earlier C → A payment is not part of a trail from C', async () => {
    const r = await t.outsider('moneyTrail', { from: 'acc-gxB', since: '2021-01-01', maxDwellDays: 3 });
    const ids = r.hops.map((h: Hop) => h.transactionId).sort();
    expect(ids).toEqual(['txn-gx2', 'txn-gx3', 'txn-gx4']);
    expect(ids).not.toContain('txn-gx6');
  });

  it('drops hops beyond the dwell time and outside the tolerance', async () => {
    const quick = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 1.5,
      tolerance: 0.2,
    });
    expect(quick.hops.map((h: Hop) => h.transactionId).sort()).toEqual([
      'txn-gx1',
      'txn-gx2',
      'txn-gx3',
      'txn-gx7',
    ]);
    expect(quick.cycles).toEqual([]);
    const tight = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
      tolerance: 0.03,
    });
    expect(tight.hops.map((h: Hop) => h.transactionId).sort()).toEqual(['txn-gx1', 'txn-gx7']);
    const big = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
      minAmountUsd: 89_000,
    });
    expect(big.hops.map((h: Hop) => h.transactionId).sort()).toEqual(['txn-gx1', 'txn-gx2', 'txn-gx3']);
    const short = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
      maxHops: 2,
    });
    expect(Math.max(...short.hops.map((h: Hop) => h.step))).toBe(2);
  });

  it('follows money backward to where it came from', async () => {
    const r = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      direction: 'BACKWARD',
      since: '2021-01-01',
      until: '2021-03-31',
      maxDwellDays: 3,
      tolerance: 0.2,
    });
    expect(r.cycles).toEqual([
      {
        accountIds: ['acc-gxA', 'acc-gxB', 'acc-gxC', 'acc-gxD', 'acc-gxA'],
        transactionIds: ['txn-gx1', 'txn-gx2', 'txn-gx3', 'txn-gx4'],
      },
    ]);
    const hops = Object.fromEntries(r.hops.map((h: Hop) => [h.transactionId, h.step]));
    // C → A on 1 February also reached A, with nothing before it within the dwell time.
    expect(hops).toEqual({ 'txn-gx4': 1, 'txn-gx3': 2, 'txn-gx2': 3, 'txn-gx1': 4, 'txn-gx6': 1 });
    expect(r.endpoints.find((e: Endpoint) => e.accountId === 'acc-gxD')).toMatchObject({
      totalUsd: 88_000,
      minSteps: 1,
      terminal: false,
    });
  });

  it('starts from every account a person or company holds', async () => {
    const r = await t.outsider('moneyTrail', {
      from: 'com-gxAurum',
      since: '2021-01-01',
      maxDwellDays: 3,
      tolerance: 0.2,
    });
    expect(r.startAccountIds).toEqual(['acc-gxA']);
    expect(r.cycles).toHaveLength(1);
    expect(Graph.from(r.graph).hasNode('com-gxAurum')).toBe(true);
  });

  it('says when the number of trails was capped', async () => {
    const r = await t.outsider('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
      maxPaths: 2,
    });
    expect(r.truncated).toBe(true);
    expect(r.graph.attributes.truncated).toBe(true);
  });
});

describe('metalTrail', () => {
  it('from a mine: its licence and official, both shipments, route, parties and fine kg at each step', async () => {
    const r = await t.outsider('metalTrail', { from: 'mine-gxM1' });
    expect(r).toMatchObject({ startId: 'mine-gxM1', startType: 'Mine', totalFineKg: 110, truncated: false });
    expect(r.shipments.map((s: { id: string }) => s.id)).toEqual(['shp-gx1', 'shp-gx2']);
    expect(r.shipments[0]).toMatchObject({
      fineKg: 50,
      trailFineKg: 50,
      exporterIds: ['com-gxAurum'],
      consigneeIds: ['ref-gxHelv'],
      refinerIds: ['ref-gxHelv'],
      route: ['ctry-gxXP', 'ctry-gxXA', 'ctry-gxXC'],
      originMines: [{ mineId: 'mine-gxM1', fineKg: 50 }],
    });
    expect(r.shipments[1]).toMatchObject({
      fineKg: 60,
      seizureIds: ['sz-gx1'],
      courierIds: ['per-gxJose'],
      route: ['ctry-gxXP', 'ctry-gxXA'],
    });
    const step = (stage: string, id: string) =>
      r.steps.find((s: { stage: string; entityId: string }) => s.stage === stage && s.entityId === id);
    expect(step('MINE', 'mine-gxM1')).toMatchObject({ fineKg: 110, shipments: 2, capacityKgPerYear: 100 });
    expect(step('LICENCE', 'lic-gxC1')).toMatchObject({ fineKg: 110, capacityKgPerYear: 80 });
    expect(step('EXPORTER', 'com-gxAurum')).toMatchObject({ fineKg: 110, shipments: 2 });
    expect(step('TRANSIT', 'ctry-gxXA')).toMatchObject({ fineKg: 50, shipments: 1 });
    expect(step('DESTINATION', 'ctry-gxXA')).toMatchObject({ fineKg: 60 });
    expect(step('REFINER', 'ref-gxHelv')).toMatchObject({ fineKg: 50 });
    expect(step('SEIZURE', 'sz-gx1')).toMatchObject({ fineKg: 60, seizedKg: 75 });
    expect(r.steps[0].stage).toBe('MINE');
    const graph = Graph.from(r.graph);
    for (const id of ['lic-gxC1', 'off-gxRamos', 'com-gxHold1', 'ctry-gxXP', 'smp-gx1', 'mine-gxM2'])
      expect(graph.hasNode(id), id).toBe(true);
  });

  it('from a seizure or its sample: the seized shipment, its declared mine and the lab comparisons', async () => {
    for (const from of ['sz-gx1', 'smp-gx1']) {
      const r = await t.outsider('metalTrail', { from });
      expect(
        r.shipments.map((s: { id: string }) => s.id),
        from,
      ).toEqual(['shp-gx2']);
      expect(r.totalFineKg).toBe(60);
      const graph = Graph.from(r.graph);
      const verdicts = graph
        .filterEdges((_e, a) => a.type === 'COMPARED_WITH')
        .map((e) => [graph.target(e), graph.getEdgeAttribute(e, 'properties').verdict])
        .sort();
      expect(verdicts).toEqual([
        ['mine-gxM1', 'EXCLUDED'],
        ['mine-gxM2', 'CONSISTENT'],
      ]);
      expect(graph.hasNode('lic-gxC1')).toBe(true);
    }
  });

  it('from a shipment', async () => {
    const r = await t.outsider('metalTrail', { from: 'shp-gx1' });
    expect(r.startType).toBe('Shipment');
    expect(r.steps.find((s: { stage: string }) => s.stage === 'ORIGIN')).toMatchObject({
      entityId: 'ctry-gxXP',
      fineKg: 50,
    });
  });
});

describe('ownership', () => {
  it('computes effective shares along every chain, by hand: José 0.6×0.5 + 1×0.2 + 1×0.5×0.3 = 0.65', async () => {
    const r = await t.outsider('ownership', { id: 'com-gxAurum' });
    const owners = Object.fromEntries(
      r.owners.map((o: { id: string; effectiveShare: number }) => [o.id, o.effectiveShare]),
    );
    expect(owners).toEqual({
      'per-gxJose': 0.65,
      'per-gxNina': 0.2,
      'com-gxHold1': 0.5,
      'com-gxHold2': 0.35,
      'com-gxShell': 0.3,
    });
    const jose = r.owners.find((o: { id: string }) => o.id === 'per-gxJose');
    expect(jose).toMatchObject({
      ultimate: true,
      naturalPerson: true,
      beneficialOwner: true,
      directShare: null,
      maxDepth: 3,
    });
    expect(jose.chains).toEqual([
      { nodeIds: ['per-gxJose', 'com-gxHold1', 'com-gxAurum'], share: 0.3 },
      { nodeIds: ['per-gxJose', 'com-gxHold2', 'com-gxAurum'], share: 0.2 },
      {
        nodeIds: ['per-gxJose', 'com-gxHold2', 'com-gxShell', 'com-gxAurum'],
        share: expect.closeTo(0.15, 9),
      },
    ]);
    expect(r.owners.find((o: { id: string }) => o.id === 'per-gxNina')).toMatchObject({
      beneficialOwner: false,
      ultimate: true,
    });
    expect(r.owners.find((o: { id: string }) => o.id === 'com-gxHold1')).toMatchObject({
      directShare: 0.5,
      ultimate: false,
    });
  });

  it('cuts circular holdings and reports them', async () => {
    const r = await t.outsider('ownership', { id: 'com-gxAurum' });
    expect(r.cycles).toEqual([['com-gxAurum', 'com-gxShell']]);
    const shell = await t.outsider('ownership', { id: 'com-gxShell' });
    const owners = Object.fromEntries(
      shell.owners.map((o: { id: string; effectiveShare: number }) => [o.id, o.effectiveShare]),
    );
    // Shell ← Hold2 0.5; Shell ← Aurum 0.1 ← (Hold1 0.5 ← José 0.6, Nina 0.4; Hold2 0.2 ← José 1)
    expect(owners['per-gxJose']).toBeCloseTo(0.5 + 0.1 * (0.6 * 0.5 + 0.2), 9);
    expect(owners['com-gxShell']).toBeUndefined();
  });

  it('applies the threshold and the date', async () => {
    const r = await t.outsider('ownership', { id: 'com-gxAurum', threshold: 0.1 });
    expect(
      r.owners
        .filter((o: { beneficialOwner: boolean }) => o.beneficialOwner)
        .map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual(['per-gxJose', 'per-gxNina']);
    expect(r.threshold).toBe(0.1);
    const graph = Graph.from(r.graph);
    expect(graph.getEdgeAttribute('lnk-gx1', 'properties')).toEqual({ share: 0.6 });
  });
});
