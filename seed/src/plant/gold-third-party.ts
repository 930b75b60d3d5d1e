/**
 * GOLD_THIRD_PARTY_SETTLEMENT: exports paid by someone other than the buyer — three Ghanaian
 * lots to a Dubai refiner each paid by an unrelated Hong Kong company, and a Peruvian lot whose
 * Swiss buyer pays a Panamanian company instead of the exporter. Look-alike (accepted by rule): a
 * South African exporter paid by the parent company that owns 100 % of the buying refinery.
 */
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import { own } from '../factory/company';
import { transfer } from '../factory/money';
import type { Block } from '../world/block';
import { nextSlot } from '../world/calendar';
import { refineriesIn, tradeCompany } from '../world/markets';
import { firm, someDay, type Holder } from './actors';
import { goldShipment, newExporter } from './gold-actors';
import type { AccountRef, CompanyRef } from '../world/registry';

function settledBy(
  b: Block,
  rng: Rng,
  exporter: Holder<CompanyRef>,
  consignee: CompanyRef,
  payer: AccountRef,
  payee: AccountRef,
  date: number,
): string[] {
  const s = goldShipment(b, rng, {
    exporter: exporter.party,
    consignee,
    from: exporter.party.country,
    to: consignee.country,
    date,
    fineKg: rng.float(10, 35),
    settle: false,
  });
  const at = nextSlot(rng, 'SETTLE', date, 5)!;
  return [
    s.id,
    transfer(b, rng, payer, payee, at, s.valueUsd * rng.float(0.985, 0.998), 'gold purchase', {
      settles: s.id,
    }),
  ];
}

export function plantThirdParty(b: Block): void {
  const rng = b.rng.fork('plant:third-party');
  const ghana = newExporter(b, rng, 'GH');
  const dubai = refineriesIn(b, 'AE')[0]!;
  const hk = firm(b, rng, 'HK', ['TRADER'], 'shell');
  const start = someDay(rng, 2021, 2024);
  const a = [0, 1, 2].flatMap((i) =>
    settledBy(b, rng, ghana, dubai, hk.account, ghana.account, start + i * 50 * 86_400_000),
  );
  b.truth.instance('GOLD_THIRD_PARTY_SETTLEMENT', {
    subject: ghana.party.id,
    entities: [dubai.id, hk.party.id, hk.account.id, ...a],
    size: 3,
    description:
      'A Ghanaian exporter ships 3 lots to a Dubai refiner; each is paid ("gold purchase", SETTLES) from the account of an unrelated Hong Kong company.',
    details: { shipmentsAndPayments: a },
  });
  const peru = newExporter(b, rng, 'PE');
  const swiss = refineriesIn(b, 'CH')[1]!;
  const panama = firm(b, rng, 'PA', ['TRADER'], 'shell');
  const c = settledBy(b, rng, peru, swiss, swiss.account!, panama.account, someDay(rng, 2021, 2024));
  b.truth.instance('GOLD_THIRD_PARTY_SETTLEMENT', {
    subject: peru.party.id,
    entities: [swiss.id, panama.party.id, panama.account.id, ...c],
    size: 1,
    description:
      'A Swiss refiner pays for a Peruvian lot into the account of a Panamanian company instead of the exporter’s.',
    details: { shipmentsAndPayments: c },
  });
  const za = newExporter(b, rng, 'ZA');
  const parent = firm(b, rng, 'AE', ['HOLDING'], 'holding');
  const subsidiary = tradeCompany(b, rng, 'AE', ['REFINER'], 'NATIONAL');
  own(b, parent.party, subsidiary, 1);
  const d = [0, 1].flatMap((i) =>
    settledBy(b, rng, za, subsidiary, parent.account, za.account, utc(2023, 3 + i * 4, 12)),
  );
  b.truth.lookAlike('GOLD_THIRD_PARTY_SETTLEMENT', {
    subject: za.party.id,
    entities: [subsidiary.id, parent.party.id, ...d],
    why: 'Paid by the holding company that owns 100 % of the buying refinery: a group treasury, accepted by the rule (minOwnershipShare 0.5).',
  });
}
