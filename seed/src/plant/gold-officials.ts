/**
 * GOLD_OFFICIAL_PAID: officials paid by those whose licences they approved — a Peruvian
 * licensing officer paid "consulting fees" by a new concession holder around the approval, and a
 * Zimbabwean director paid through his brother's consultancy by a licensee's director.
 * Look-alikes: an official whose only income is the treasury payroll, and one paid by a licence
 * holder three years after approving its licence (outside the window).
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import { own } from '../factory/company';
import { createLicence } from '../factory/licence';
import { transfer } from '../factory/money';
import { createPerson } from '../factory/person';
import { civilRegistry } from '../factory/places';
import type { Block } from '../world/block';
import { local, type PartyRef } from '../world/registry';
import { firm, individual, type Holder } from './actors';

/** An instant on a quiet day (17th–19th) near `t`, when no ordinary money arrives at either side. */
function quietDay(rng: Rng, t: number): number {
  const d = new Date(t);
  return utc(d.getUTCFullYear(), d.getUTCMonth() + 1, rng.int(17, 19), rng.int(9, 16), rng.int(0, 59));
}

function relativeFirm(b: Block, rng: Rng, official: PartyRef, relation: string): Holder {
  const relative = createPerson(b, { country: official.country, rng, born: [1960, 1990] });
  b.emit.fact('FAMILY_OF', relative.id, official.id, civilRegistry(b, official.country), { relation });
  const company = firm(b, rng, official.country, ['SERVICES'], 'general', { directors: [relative] });
  own(b, relative, company.party, 1);
  return company;
}

export function plantOfficials(b: Block): void {
  const rng = b.rng.fork('plant:officials');
  const pe = local(b.world, 'PE');
  const officerPE = pe.officials[1]!;
  const holder = firm(b, rng, 'PE', ['MINER'], 'mining');
  const approved = utc(2021, 6, 10);
  createLicence(b, {
    country: 'PE',
    rng,
    type: 'MINING_CONCESSION',
    holder: holder.party,
    official: officerPE,
    issued: approved,
  });
  const paid = [-40, 30, 150].map((days) =>
    transfer(
      b,
      rng,
      holder.account,
      officerPE.account!,
      quietDay(rng, approved + days * DAY),
      rng.float(12_000, 25_000),
      'consulting services',
    ),
  );
  b.truth.instance('GOLD_OFFICIAL_PAID', {
    subject: officerPE.id,
    entities: [holder.party.id, holder.account.id, officerPE.account!.id, ...paid],
    size: paid.length,
    description:
      'A licensing officer approves a mining concession on 2021-06-10; the new holder pays USD 12–25k of "consulting services" into the officer’s own account 40 days before and 30 and 150 days after.',
    details: { approved: '2021-06-10', payments: paid },
  });

  const zw = local(b.world, 'ZW');
  const director = zw.officials[0]!;
  const brother = relativeFirm(b, rng, director, 'sibling');
  const payments: string[] = [];
  const payers: string[] = [];
  for (const [type, year] of [
    ['EXPORT_LICENCE', 2020],
    ['TRADER_REGISTRATION', 2022],
  ] as const) {
    const licensee = firm(
      b,
      rng,
      'ZW',
      type === 'EXPORT_LICENCE' ? ['EXPORTER', 'TRADER'] : ['GOLD_BUYER'],
      'gold',
    );
    const boss = individual(b, rng, 'ZW');
    b.emit.fact('DIRECTOR_OF', boss.party.id, licensee.party.id, licensee.party.registry, {
      role: 'managing director',
    });
    const issued = utc(year, rng.int(2, 10), rng.int(1, 28));
    createLicence(b, { country: 'ZW', rng, type, holder: licensee.party, official: director, issued });
    payers.push(licensee.party.id, boss.party.id, boss.account.id);
    payments.push(
      transfer(
        b,
        rng,
        boss.account,
        brother.account,
        quietDay(rng, issued + rng.int(20, 90) * DAY),
        rng.float(30_000, 45_000),
        'advisory fees',
      ),
    );
  }
  b.truth.instance('GOLD_OFFICIAL_PAID', {
    subject: director.id,
    entities: [brother.party.id, brother.account.id, ...payers, ...payments],
    size: payments.length,
    description:
      'A director of mining approves an export licence (2020) and a trader registration (2022); weeks later each licensee’s managing director pays USD 30–45k of "advisory fees" to a consultancy owned by the director’s brother.',
    details: { payments },
  });

  const honest = local(b.world, 'CO').officials[0]!;
  b.truth.lookAlike('GOLD_OFFICIAL_PAID', {
    subject: honest.id,
    entities: [],
    why: 'Approved several concessions and licences; paid only by the treasury; a relative works for an unrelated shop.',
  });
  const late = local(b.world, 'GH').officials[1]!;
  const lateHolder = firm(b, rng, 'GH', ['GOLD_BUYER'], 'gold');
  const spouse = relativeFirm(b, rng, late, 'spouse');
  const issued = utc(2019, 3, 12);
  createLicence(b, {
    country: 'GH',
    rng,
    type: 'TRADER_REGISTRATION',
    holder: lateHolder.party,
    official: late,
    issued,
  });
  transfer(
    b,
    rng,
    lateHolder.account,
    spouse.account,
    quietDay(rng, utc(2022, 8, 1)),
    rng.float(8_000, 12_000),
    'legal services',
  );
  b.truth.lookAlike('GOLD_OFFICIAL_PAID', {
    subject: late.id,
    entities: [lateHolder.party.id, lateHolder.account.id, spouse.party.id, spouse.account.id],
    why: 'A licence holder paid the official’s spouse’s firm in August 2022, more than three years after the approval of March 2019 (daysAfter is 365).',
  });
}
