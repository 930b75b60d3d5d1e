/**
 * GOLD_CRIMINAL_PROXIMITY: an exporter whose director is the brother of a group member (two
 * links), and a customs official whose spouse directs a company part-owned by a member (three
 * links). Look-alikes: an exporter and an official four links away from any member.
 */
import { createCompany, own } from '../factory/company';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import type { Underworld } from '../world/enforcement';
import { local, type PartyRef } from '../world/registry';
import { newExporter } from './gold-actors';
import type { DocRef } from '../core/emitter';

export function plantCriminalProximity(b: Block, underworld: Underworld): void {
  const rng = b.rng.fork('plant:criminal');
  const intel: DocRef = b.docs.get('intel:proximity', () => ({
    title: 'Intelligence report: family and business ties of gold-trade actors to criminal groups',
    kind: 'INTELLIGENCE_REPORT',
    date: Date.UTC(2025, 8, 15),
    grade: ['B', '3'],
  }));
  const link = (type: 'FAMILY_OF' | 'ASSOCIATE_OF', a: PartyRef, c: PartyRef) =>
    b.emit.fact(type, a.id, c.id, intel, {});

  const [peru, , colombia, zimbabwe] = underworld.groups;
  const memberA = peru!.members[2]!;
  const brother = createPerson(b, { country: 'PE', rng, born: [1975, 1990] });
  link('FAMILY_OF', brother, memberA);
  const exporter = newExporter(b, rng, 'PE');
  b.emit.fact('DIRECTOR_OF', brother.id, exporter.party.id, exporter.party.registry, { role: 'director' });
  b.truth.instance('GOLD_CRIMINAL_PROXIMITY', {
    subject: exporter.party.id,
    entities: [brother.id, memberA.id, peru!.id],
    size: 2,
    description: `A Peruvian exporter's director is the brother of a member of ${peru!.name} (exporter – DIRECTOR_OF – brother – FAMILY_OF – member).`,
    details: { path: [exporter.party.id, brother.id, memberA.id] },
  });

  const official = local(b.world, 'CO').officials[2]!;
  const spouse = createPerson(b, { country: 'CO', rng, born: [1970, 1990] });
  link('FAMILY_OF', spouse, official);
  const memberB = colombia!.members[3]!;
  const company = createCompany(b, {
    country: 'CO',
    rng,
    kinds: ['SERVICES'],
    style: 'general',
    directors: [spouse],
  });
  own(b, memberB, company, 0.3);
  b.truth.instance('GOLD_CRIMINAL_PROXIMITY', {
    subject: official.id,
    entities: [spouse.id, company.id, memberB.id, colombia!.id],
    size: 3,
    description: `A customs official's spouse directs a transport company 30 % owned by a member of ${colombia!.name} (official – FAMILY_OF – spouse – DIRECTOR_OF – company – OWNS – member).`,
    details: { path: [official.id, spouse.id, company.id, memberB.id] },
  });

  const memberC = zimbabwe!.members[2]!;
  const a = createPerson(b, { country: 'ZW', rng });
  const c = createPerson(b, { country: 'ZW', rng });
  link('ASSOCIATE_OF', a, memberC);
  link('FAMILY_OF', c, a);
  const holding = createCompany(b, {
    country: 'ZW',
    rng,
    kinds: ['HOLDING'],
    style: 'holding',
    directors: [],
  });
  own(b, c, holding, 1);
  const distant = newExporter(b, rng, 'ZW');
  own(b, holding, distant.party, 1);
  b.truth.lookAlike('GOLD_CRIMINAL_PROXIMITY', {
    subject: distant.party.id,
    entities: [holding.id, c.id, a.id, memberC.id],
    why: 'Four links from a member (member – associate – his sister – her holding – exporter): beyond maxHops 3.',
  });
  const officialBR = local(b.world, 'BR').officials[2]!;
  const memberD = underworld.groups[1]!.members[4]!;
  const chain = Array.from({ length: 3 }, () => createPerson(b, { country: 'BR', rng }));
  link('FAMILY_OF', chain[0]!, memberD);
  link('ASSOCIATE_OF', chain[1]!, chain[0]!);
  link('FAMILY_OF', chain[2]!, chain[1]!);
  link('ASSOCIATE_OF', officialBR, chain[2]!);
  b.truth.lookAlike('GOLD_CRIMINAL_PROXIMITY', {
    subject: officialBR.id,
    entities: [...chain.map((p) => p.id), memberD.id],
    why: 'An official four personal links from a member: beyond maxHops 3.',
  });
}
