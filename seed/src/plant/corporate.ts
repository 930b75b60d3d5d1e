/**
 * Corporate patterns. CORP_SHELL_NETWORK: a registered-agent address in Panama hosting eight
 * recent shells, and a nominee director on six boards. CORP_CIRCULAR_OWNERSHIP: two companies
 * owning each other, and a loop of four. CORP_HIDDEN_OWNER: an owner three links up, and one
 * whose two 15 % chains add up to 30 %. Look-alikes sit just under each threshold.
 */
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import { createCompany, own } from '../factory/company';
import { createPerson } from '../factory/person';
import { createAddress } from '../factory/places';
import type { Block } from '../world/block';
import type { CompanyRef } from '../world/registry';
import { smallestId } from './actors';

const OFFSHORE = ['PA', 'CW', 'AE', 'HK'];

function shell(
  b: Block,
  rng: Rng,
  iso: string,
  extra: { address?: string; directors?: ReturnType<typeof createPerson>[]; phone?: string } = {},
): CompanyRef {
  return createCompany(b, {
    country: iso,
    rng,
    kinds: ['TRADER'],
    style: 'shell',
    address: extra.address,
    directors: extra.directors,
    incorporated: utc(rng.int(2019, 2022), rng.int(1, 12), rng.int(1, 28)),
    identifiers: extra.phone ? [`PHONE:${extra.phone}`] : undefined,
  });
}

function agentAddress(
  b: Block,
  rng: Rng,
  iso: string,
  text: string,
  registry: CompanyRef['registry'],
): string {
  return createAddress(b, { country: iso, kind: 'REGISTERED_AGENT', rng, doc: registry, text });
}

function shellNetworks(b: Block, rng: Rng): void {
  const anchor = shell(b, rng, 'PA');
  const agent = agentAddress(
    b,
    rng,
    'PA',
    'Calle 53 Este, Torre Global Bank, piso 16, Obarrio, Panama City, Panama',
    anchor.registry,
  );
  const hosted = [anchor, ...Array.from({ length: 7 }, () => shell(b, rng, 'PA', { address: agent }))];
  b.emit.fact('REGISTERED_AT', anchor.id, agent, anchor.registry);
  b.truth.instance('CORP_SHELL_NETWORK', {
    subject: agent,
    entities: hosted.map((c) => c.id),
    size: 8,
    description:
      'A registered-agent office in Panama City is the registered address of 8 trading companies incorporated 2019–2022, each with a different director.',
    details: { companies: hosted.map((c) => c.id) },
  });
  const nominee = createPerson(b, { country: 'CW', rng, born: [1950, 1965] });
  const phone = `+599 9 ${rng.digits(7)}`;
  const boards = Array.from({ length: 6 }, () =>
    shell(b, rng, rng.pick(OFFSHORE), { directors: [nominee], phone }),
  );
  b.truth.instance('CORP_SHELL_NETWORK', {
    subject: nominee.id,
    entities: boards.map((c) => c.id),
    size: 6,
    description: `A retired accountant in Curaçao sits on the boards of 6 offshore trading companies, all giving the same phone number ${phone}.`,
    details: { companies: boards.map((c) => c.id), sharedPhone: phone },
  });
  const centreAnchor = shell(b, rng, 'AE');
  const centre = agentAddress(
    b,
    rng,
    'AE',
    'Business Centre, Level 14, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE',
    centreAnchor.registry,
  );
  b.emit.fact('REGISTERED_AT', centreAnchor.id, centre, centreAnchor.registry);
  const tenants = [
    centreAnchor,
    ...Array.from({ length: 4 }, () => shell(b, rng, 'AE', { address: centre })),
  ];
  b.truth.lookAlike('CORP_SHELL_NETWORK', {
    subject: centre,
    entities: tenants.map((c) => c.id),
    why: 'A Dubai business centre hosting 5 companies (minCompaniesAtAddress is 6).',
  });
  const cfo = createPerson(b, { country: 'CH', rng, born: [1960, 1975] });
  const group = Array.from({ length: 4 }, () => shell(b, rng, 'CH', { directors: [cfo] }));
  b.truth.lookAlike('CORP_SHELL_NETWORK', {
    subject: cfo.id,
    entities: group.map((c) => c.id),
    why: 'A group finance director on the boards of 4 group companies (minDirectorships is 5).',
  });
}

function loop(b: Block, rng: Rng, shares: number[]): CompanyRef[] {
  const members = shares.map(() => shell(b, rng, rng.pick(OFFSHORE)));
  members.forEach((c, i) => own(b, c, members[(i + 1) % members.length]!, shares[i]!));
  return members;
}

function circular(b: Block, rng: Rng): void {
  for (const shares of [
    [0.4, 0.3],
    [0.6, 0.75, 0.5, 0.9],
  ]) {
    const members = loop(b, rng, shares);
    b.truth.instance('CORP_CIRCULAR_OWNERSHIP', {
      subject: smallestId(members.map((m) => m.id)),
      entities: members.map((m) => m.id),
      size: members.length,
      description: `${members.length} offshore companies own each other in a loop (each holds ${shares.map((s) => `${s * 100} %`).join(', ')} of the next).`,
      details: { loop: members.map((m) => m.id) },
    });
  }
  const [top, left, right, bottom] = Array.from({ length: 4 }, () => shell(b, rng, 'CH'));
  own(b, top!, left!, 1);
  own(b, top!, right!, 1);
  own(b, left!, bottom!, 0.5);
  own(b, right!, bottom!, 0.5);
  b.truth.lookAlike('CORP_CIRCULAR_OWNERSHIP', {
    subject: smallestId([top!.id, left!.id, right!.id, bottom!.id]),
    entities: [top!.id, left!.id, right!.id, bottom!.id],
    why: 'A diamond: one parent owns two subsidiaries which each own half of a joint venture. Two paths meet, but none returns.',
  });
}

function chainTo(
  b: Block,
  rng: Rng,
  owner: ReturnType<typeof createPerson>,
  shares: number[],
  target?: CompanyRef,
): CompanyRef[] {
  const links: CompanyRef[] = [];
  let previous: ReturnType<typeof createPerson> | CompanyRef = owner;
  shares.forEach((share, i) => {
    const next = i === shares.length - 1 && target ? target : shell(b, rng, rng.pick(OFFSHORE));
    own(b, previous, next, share);
    links.push(next);
    previous = next;
  });
  return links;
}

function hiddenOwners(b: Block, rng: Rng): void {
  const ubo = createPerson(b, { country: 'PE', rng, born: [1955, 1975], pep: true });
  const target = createCompany(b, { country: 'PE', rng, kinds: ['TRADER'], style: 'gold' });
  const chain = chainTo(b, rng, ubo, [0.9, 0.8, 0.7], target);
  b.truth.instance('CORP_HIDDEN_OWNER', {
    subject: ubo.id,
    entities: chain.map((c) => c.id),
    size: 3,
    description:
      'A politically exposed person owns 90 % of a Curaçao/Panama company that owns 80 % of another that owns 70 % of a Peruvian gold trader: 50.4 % effective, three links up, with no direct holding.',
    details: { company: target.id, effectiveShare: 0.504 },
  });
  const owner2 = createPerson(b, { country: 'AE', rng, born: [1960, 1980] });
  const target2 = createCompany(b, { country: 'AE', rng, kinds: ['TRADER'], style: 'gold' });
  const a = chainTo(b, rng, owner2, [0.5, 0.6, 1, 0.5], target2);
  const c = chainTo(b, rng, owner2, [0.5, 0.5, 1, 0.6], target2);
  b.truth.instance('CORP_HIDDEN_OWNER', {
    subject: owner2.id,
    entities: [...a, ...c].map((x) => x.id),
    size: 4,
    description:
      'An owner reaches a Dubai gold trader through two four-link chains of 15 % each: 30 % in all, though no single chain passes 25 %.',
    details: { company: target2.id, effectiveShare: 0.3 },
  });
  const minor = createPerson(b, { country: 'PA', rng, born: [1960, 1980] });
  const target3 = createCompany(b, { country: 'PA', rng, kinds: ['TRADER'], style: 'shell' });
  const d = chainTo(b, rng, minor, [0.5, 0.5, 0.6], target3);
  b.truth.lookAlike('CORP_HIDDEN_OWNER', {
    subject: minor.id,
    entities: d.map((x) => x.id),
    why: 'Three links up, but 0.5 × 0.5 × 0.6 = 15 % (uboThreshold is 25 %).',
  });
}

export function plantCorporate(b: Block): void {
  const rng = b.rng.fork('plant:corporate');
  shellNetworks(b, rng);
  circular(b, rng);
  hiddenOwners(b, rng);
}
