/**
 * MONEY_BIPARTITE: two originators each paying the same three new beneficiaries within a week,
 * and a stack — three originators paying three intermediaries, who 4–6 days later pay three
 * beneficiaries, every pair exactly once. Look-alike: two sister companies paying the same three
 * suppliers every month (complete bipartite, but recurring).
 */
import type { Rng } from '../core/rng';
import { DAY, FIRST_YEAR } from '../core/time';
import { transfer } from '../factory/money';
import type { Block } from '../world/block';
import { slotTime } from '../world/calendar';
import { after, firm, smallestId, someDay, type Holder } from './actors';

function layer(b: Block, rng: Rng, from: Holder[], to: Holder[], start: number, spanHours: number): string[] {
  const txns: string[] = [];
  for (const o of from) {
    for (const d of to)
      txns.push(
        transfer(
          b,
          rng,
          o.account,
          d.account,
          after(rng, start, 0, spanHours),
          rng.float(8_000, 20_000),
          'services invoice',
        ),
      );
  }
  return txns;
}

const companies = (b: Block, rng: Rng, n: number, iso: string[]): Holder[] =>
  Array.from({ length: n }, () => firm(b, rng, rng.pick(iso), ['TRADER'], 'shell'));

export function plantBipartite(b: Block): void {
  const rng = b.rng.fork('plant:bipartite');
  const origin = companies(b, rng, 2, ['CO', 'PA']);
  const benef = companies(b, rng, 3, ['PA', 'CW', 'AE']);
  const txns = layer(b, rng, origin, benef, someDay(rng, 2020, 2025), 140);
  b.truth.instance('MONEY_BIPARTITE', {
    subject: smallestId(origin.map((o) => o.account.id)),
    entities: [...origin, ...benef].map((h) => h.account.id).concat(txns),
    size: 5,
    description:
      'Two Colombian/Panamanian companies each pay the same three offshore companies within 6 days (a complete 2×3 block of transfers), none of them ever paid again.',
    details: {
      originators: origin.map((o) => o.account.id),
      beneficiaries: benef.map((x) => x.account.id),
      transactions: txns,
    },
  });

  const top = companies(b, rng, 3, ['PE', 'BO']);
  const middle = companies(b, rng, 3, ['PA', 'CW']);
  const bottom = companies(b, rng, 3, ['AE', 'HK', 'TR']);
  const start = someDay(rng, 2020, 2025);
  const first = layer(b, rng, top, middle, start, 48);
  const second = layer(b, rng, middle, bottom, start + 5.5 * DAY, 48);
  b.truth.instance('MONEY_BIPARTITE', {
    subject: smallestId(top.map((o) => o.account.id)),
    entities: [...top, ...middle, ...bottom].map((h) => h.account.id).concat(first, second),
    size: 9,
    description:
      'A stack: three companies each pay the same three intermediaries within 2 days; 5.5–7.5 days after they started, the three intermediaries each pay the same three offshore companies. Every pair transacts exactly once.',
    details: {
      layers: [top, middle, bottom].map((l) => l.map((h) => h.account.id)),
      transactions: [...first, ...second],
    },
  });

  const sisters = companies(b, rng, 2, ['PE']);
  const suppliers = companies(b, rng, 3, ['PE']);
  for (let i = 24; i < 36; i++) {
    for (const o of sisters) {
      for (const s of suppliers) {
        transfer(
          b,
          rng,
          o.account,
          s.account,
          slotTime(rng, 'TIER0', FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1),
          rng.float(2_000, 6_000),
          'supplies invoice',
        );
      }
    }
  }
  b.truth.lookAlike('MONEY_BIPARTITE', {
    subject: smallestId(sisters.map((o) => o.account.id)),
    entities: [...sisters, ...suppliers].map((h) => h.account.id),
    why: 'Two sister companies pay the same three suppliers every month for a year: a complete 2×3 block, but the pairs are recurring, not one-off.',
  });
}
