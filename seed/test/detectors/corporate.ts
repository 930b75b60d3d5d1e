/**
 * Reference detectors for shell networks, circular ownership and hidden owners.
 */
import { num, sources, targets } from '../support/graph';
import type { Detector } from './types';

export const shellNetworks: Detector = (g, p) => {
  const found = new Set<string>();
  for (const address of g.byType.get('Address') ?? []) {
    const companies = sources(g, address.id, 'REGISTERED_AT').filter((x) =>
      ['Company', 'Refinery'].includes(g.entities.get(x)!.type),
    );
    if (new Set(companies).size >= num(p, 'minCompaniesAtAddress')) found.add(address.id);
  }
  for (const person of [...(g.byType.get('Person') ?? []), ...(g.byType.get('Official') ?? [])]) {
    if (new Set(targets(g, person.id, 'DIRECTOR_OF')).size >= num(p, 'minDirectorships'))
      found.add(person.id);
  }
  return found;
};

export const circularOwnership: Detector = (g, p) => {
  const [min, max] = [num(p, 'minCompanies'), num(p, 'maxCompanies')];
  const isCompany = (id: string) => ['Company', 'Refinery'].includes(g.entities.get(id)?.type ?? '');
  const found = new Set<string>();
  for (const start of [...(g.byType.get('Company') ?? []), ...(g.byType.get('Refinery') ?? [])]) {
    const walk = (at: string, path: string[]): void => {
      for (const next of targets(g, at, 'OWNS').filter(isCompany)) {
        if (next === start.id && path.length >= min) found.add([...path].sort()[0]!);
        else if (!path.includes(next) && path.length < max) walk(next, [...path, next]);
      }
    };
    walk(start.id, [start.id]);
  }
  return found;
};

export const hiddenOwners: Detector = (g, p) => {
  const [threshold, minLen, maxLen] = [
    num(p, 'uboThreshold'),
    num(p, 'minChainLength'),
    num(p, 'maxChainLength'),
  ];
  const shareOf = new Map((g.links.get('OWNS') ?? []).map((l) => [`${l.from}>${l.to}`, l.share as number]));
  const found = new Set<string>();
  for (const person of [...(g.byType.get('Person') ?? []), ...(g.byType.get('Official') ?? [])]) {
    const direct = new Set(targets(g, person.id, 'OWNS'));
    const effective = new Map<string, number>();
    const longest = new Map<string, number>();
    const walk = (at: string, product: number, path: string[]): void => {
      for (const next of targets(g, at, 'OWNS')) {
        if (path.includes(next)) continue;
        const share = product * shareOf.get(`${at}>${next}`)!;
        const length = path.length;
        if (length >= 2) {
          effective.set(next, (effective.get(next) ?? 0) + share);
          longest.set(next, Math.max(longest.get(next) ?? 0, length));
        }
        if (length < maxLen) walk(next, share, [...path, next]);
      }
    };
    walk(person.id, 1, [person.id]);
    for (const [company, share] of effective) {
      if (!direct.has(company) && share >= threshold - 1e-9 && (longest.get(company) ?? 0) >= minLen)
        found.add(person.id);
    }
  }
  return found;
};
