/**
 * The ordinary economy of a producing country: its officials (paid by the treasury), the
 * utility, landlord, services firm and shop that everybody pays, and a few employees with
 * accounts. Officials' relatives work for these firms, never for licence holders.
 */
import type { Rng } from '../core/rng';
import { createAccount } from '../factory/account';
import { createCompany, type CompanyKind } from '../factory/company';
import { createPerson } from '../factory/person';
import { civilRegistry } from '../factory/places';
import { agenciesOf } from '../reference/agencies';
import type { Block } from './block';
import type { CompanyRef, CountryWorld } from './registry';

function ownedCompany(b: Block, rng: Rng, iso: string, kinds: CompanyKind[]): CompanyRef {
  const owner = createPerson(b, { country: iso, rng, born: [1950, 1985] });
  const company = createCompany(b, {
    country: iso,
    rng,
    kinds,
    style: 'general',
    directors: [owner],
    owners: [{ party: owner, share: 1 }],
  });
  createAccount(b, company, { country: iso, rng });
  return company;
}

export function buildOfficials(b: Block, cw: CountryWorld, rng: Rng): void {
  const iso = cw.info.iso;
  const agencies = agenciesOf(iso);
  const offices: [string, string, boolean][] = [
    [agencies.mining, 'Director General of Mining Concessions', true],
    [agencies.mining, 'Licensing Officer', false],
    [agencies.customs, 'Head of Export Controls', false],
  ];
  for (const [agency, office, pep] of offices) {
    cw.officials.push(
      createPerson(b, { country: iso, rng, official: { agency, office }, pep, born: [1960, 1985] }),
    );
  }
  if (!cw.info.trades) return;
  cw.treasury = createAccount(b, undefined, {
    country: iso,
    rng,
    note: `Payroll account of ${agencies.mining} (holder not on file)`,
  });
  for (const official of cw.officials.slice(0, 2)) {
    createAccount(b, official, { country: iso, rng });
    b.world.employments.push({
      employer: 'treasury',
      person: official,
      salaryUsd: Math.round(rng.float(1800, 4200)),
      tenant: false,
    });
  }
}

export function buildEconomy(b: Block, cw: CountryWorld, rng: Rng): void {
  const iso = cw.info.iso;
  cw.utility = ownedCompany(b, rng, iso, ['OTHER']);
  cw.landlord = ownedCompany(b, rng, iso, ['OTHER']);
  cw.services = ownedCompany(b, rng, iso, ['SERVICES']);
  cw.retail = ownedCompany(b, rng, iso, ['OTHER']);
  const jobs: [CompanyRef, number][] = [
    [cw.retail, 2],
    [cw.services, 1],
  ];
  const relatives = cw.officials.slice(0, 2);
  for (const [employer, count] of jobs) {
    for (let i = 0; i < count; i++) {
      const person = createPerson(b, { country: iso, rng, born: [1970, 2000] });
      createAccount(b, person, { country: iso, rng });
      b.world.employments.push({
        employer,
        person,
        salaryUsd: Math.round(rng.float(450, 1600)),
        tenant: rng.chance(0.6),
      });
      const official = relatives.shift();
      if (official) {
        b.emit.fact('FAMILY_OF', person.id, official.id, civilRegistry(b, iso), {
          relation: rng.pick(['sibling', 'spouse', 'child']),
        });
      }
    }
  }
}
