/**
 * Reference detectors for the red flags read from people, companies and money: assay
 * mismatches, protected-area supply, paid officials, cash-for-gold, third-party settlement,
 * mercury and proximity to criminal groups.
 */
import { DAY, num, sources, targets, type Graph } from '../support/graph';
import type { Detector } from './types';

const date = (s: unknown): number => Date.parse(`${s as string}T00:00:00Z`);
const isExporter = (g: Graph, id: string) =>
  ((g.entities.get(id)?.kinds as string[] | undefined) ?? []).includes('EXPORTER');

export const assayMismatches: Detector = (g) => {
  const found = new Set<string>();
  for (const s of (g.byType.get('Sample') ?? []).filter((x) => x.sampleKind === 'EVIDENCE')) {
    const from = targets(g, s.id, 'TAKEN_FROM');
    const shipments = from.flatMap((x) =>
      g.entities.get(x)!.type === 'Shipment' ? [x] : targets(g, x, 'SEIZED'),
    );
    const declared = new Set(shipments.flatMap((x) => targets(g, x, 'DECLARED_ORIGIN')));
    const verdicts = (g.outLinks.get(s.id) ?? []).filter((l) => l.type === 'COMPARED_WITH');
    const excluded = verdicts.some((l) => declared.has(l.to) && l.verdict === 'EXCLUDED');
    const other = verdicts.some((l) => !declared.has(l.to) && l.verdict === 'CONSISTENT');
    if (excluded && other) found.add(s.id);
  }
  return found;
};

export const protectedAreaSupply: Detector = (g, p) => {
  const found = new Set<string>();
  for (const l of g.links.get('INSIDE') ?? []) {
    const mine = l.from;
    const viaShipment = sources(g, mine, 'DECLARED_ORIGIN').some((s) =>
      sources(g, s, 'EXPORTED').some((e) => isExporter(g, e)),
    );
    const operated = sources(g, mine, 'OPERATES').some((e) => isExporter(g, e));
    let frontier = [mine];
    let supplied = false;
    for (let hop = 0; hop < num(p, 'maxSupplyHops') && !supplied; hop++) {
      frontier = frontier.flatMap((x) => targets(g, x, 'SOLD_TO'));
      supplied = frontier.some((x) => isExporter(g, x));
    }
    if (viaShipment || operated || supplied) found.add(mine);
  }
  return found;
};

export const paidOfficials: Detector = (g, p) => {
  const found = new Set<string>();
  const accountsOf = (party: string) => targets(g, party, 'HOLDS_ACCOUNT');
  const related = (a: string, type: string) => [...targets(g, a, type), ...sources(g, a, type)];
  for (const approval of g.links.get('APPROVED_BY') ?? []) {
    const official = approval.to;
    const at = date(approval.date);
    const holders = sources(g, approval.from, 'HOLDS_LICENCE');
    const payers = new Set(
      holders
        .flatMap((h) => [h, ...sources(g, h, 'OWNS'), ...sources(g, h, 'DIRECTOR_OF')])
        .flatMap(accountsOf),
    );
    const kin = [...related(official, 'FAMILY_OF'), ...related(official, 'ASSOCIATE_OF')];
    const kinFirms = kin.flatMap((k) => [...targets(g, k, 'OWNS'), ...targets(g, k, 'DIRECTOR_OF')]);
    const payees = new Set([official, ...kin, ...kinFirms].flatMap(accountsOf));
    const dated = (t: { t: number }) => Math.floor(t.t / DAY) * DAY;
    const paid = [...payers]
      .flatMap((a) => g.outOf.get(a) ?? [])
      .some(
        (t) =>
          payees.has(t.to) &&
          t.usd >= num(p, 'minAmountUsd') &&
          dated(t) >= at - num(p, 'daysBefore') * DAY &&
          dated(t) <= at + num(p, 'daysAfter') * DAY,
      );
    if (paid) found.add(official);
  }
  return found;
};

export const cashForGold: Detector = (g, p) => {
  const found = new Set<string>();
  const settled = new Set((g.links.get('SETTLES') ?? []).map((l) => l.from));
  const needle = (p.purposeContains as string).toLowerCase();
  const holders = (acc: string) => g.holders.get(acc) ?? [];
  for (const [account, list] of g.into) {
    let events = 0;
    for (const t of list) {
      if (!t.purpose.toLowerCase().includes(needle) || settled.has(t.id)) continue;
      const payers = new Set(holders(t.from));
      const moved = holders(account).some((h) =>
        targets(g, h, 'EXPORTED').some((s) => {
          const sh = g.entities.get(s)!;
          return (
            sh.commodity === 'GOLD' &&
            Math.abs(date(sh.date) - t.t) <= num(p, 'matchDays') * DAY &&
            targets(g, s, 'CONSIGNED_TO').some((c) => payers.has(c))
          );
        }),
      );
      if (moved) continue;
      const cash = (g.withdrawals.get(account) ?? [])
        .filter((w) => w.t > t.t && w.t <= t.t + num(p, 'cashWithinDays') * DAY)
        .reduce((s, w) => s + w.usd, 0);
      if (cash >= num(p, 'minCashShare') * t.usd) events += 1;
    }
    if (events >= num(p, 'minPayments')) found.add(account);
  }
  return found;
};

export const thirdPartySettlement: Detector = (g, p) => {
  const min = num(p, 'minOwnershipShare');
  const owns = (l: { type: string; share?: unknown }) => l.type === 'OWNS' && (l.share as number) >= min;
  const related = (x: string): Set<string> =>
    new Set([
      x,
      ...(g.inLinks.get(x) ?? []).filter(owns).map((l) => l.from),
      ...(g.outLinks.get(x) ?? []).filter(owns).map((l) => l.to),
    ]);
  const byId = new Map(g.transfers.map((t) => [t.id, t]));
  const found = new Set<string>();
  for (const l of g.links.get('SETTLES') ?? []) {
    const t = byId.get(l.from)!;
    const exporter = sources(g, l.to, 'EXPORTED')[0]!;
    const consignee = targets(g, l.to, 'CONSIGNED_TO')[0]!;
    const payerOk = (g.holders.get(t.from) ?? []).some((h) => related(consignee).has(h));
    const payeeOk = (g.holders.get(t.to) ?? []).some((h) => related(exporter).has(h));
    if (!payerOk || !payeeOk) found.add(exporter);
  }
  return found;
};

/** Entities within `hops` links of `start` (either direction, only the given link types). */
function near(
  g: Graph,
  start: string,
  hops: number,
  types: readonly string[],
  avoid: (id: string) => boolean,
): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let i = 0; i < hops; i++) {
    frontier = frontier
      .flatMap((x) => [
        ...(g.outLinks.get(x) ?? []).filter((l) => types.includes(l.type)).map((l) => l.to),
        ...(g.inLinks.get(x) ?? []).filter((l) => types.includes(l.type)).map((l) => l.from),
      ])
      .filter((x) => !seen.has(x) && !avoid(x));
    frontier.forEach((x) => seen.add(x));
  }
  return seen;
}

export const mercury: Detector = (g, p) => {
  const parties = new Set<string>();
  for (const s of (g.byType.get('Shipment') ?? []).filter((x) => x.commodity === 'MERCURY'))
    targets(g, s.id, 'CONSIGNED_TO').forEach((x) => parties.add(x));
  for (const z of (g.byType.get('Seizure') ?? []).filter((x) => x.goods === 'MERCURY'))
    sources(g, z.id, 'INVOLVED_IN').forEach((x) => parties.add(x));
  const statuses = p.mineStatuses as readonly string[];
  const found = new Set<string>();
  for (const party of parties) {
    const reach = near(g, party, num(p, 'maxHops'), p.relationships as readonly string[], () => false);
    if (
      [...reach].some(
        (x) =>
          g.entities.get(x)?.type === 'Mine' && statuses.includes(g.entities.get(x)!.legalStatus as string),
      )
    )
      found.add(party);
  }
  return found;
};

export const criminalProximity: Detector = (g, p) => {
  const found = new Set<string>();
  const members = new Set((g.links.get('MEMBER_OF') ?? []).map((l) => l.from));
  for (const m of members) {
    const reach = near(
      g,
      m,
      num(p, 'maxHops'),
      p.relationships as readonly string[],
      (x) => g.entities.get(x)?.type === 'CriminalGroup',
    );
    for (const x of reach)
      if (x !== m && (g.entities.get(x)?.type === 'Official' || isExporter(g, x))) found.add(x);
  }
  return found;
};
