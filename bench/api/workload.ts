/**
 * The benchmark's workload, drawn from the database itself so every request hits real data:
 * surnames to search for, persons to expand, and pairs of persons two to four links apart for
 * paths. Drawn with a fixed seed, so two runs on the same data send the same requests.
 */
import { readQuery } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';

export interface Workload {
  searchTerms: string[];
  expandIds: string[];
  pathPairs: [string, string][];
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], n: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

/** Draws `size` requests of each kind. */
export async function drawWorkload(driver: Driver, size = 200, seed = 7): Promise<Workload> {
  const next = random(seed);
  const people = await readQuery<{ id: string; name: string }>(
    driver,
    `MATCH (p:Person:Entity) WHERE p.caseId IS NULL AND p.name IS NOT NULL AND COUNT { (p)--() } >= 2
     RETURN p.id AS id, p.name AS name ORDER BY id`,
  );
  if (people.length < 10)
    throw new Error(`bench: the database holds ${people.length} linked persons; load a data set first`);
  const chosen = sample(people, size, next);
  const searchTerms = chosen.map((p) => p.name.split(/\s+/).at(-1)!).filter((w) => w.length >= 3);
  const expandIds = chosen.map((p) => p.id);
  const pathPairs: [string, string][] = [];
  for (const person of sample(people, size * 2, next)) {
    if (pathPairs.length >= size) break;
    const [far] = await readQuery<{ id: string }>(
      driver,
      `MATCH (a:Entity {id: $id})-[:OWNS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|HOLDS_ACCOUNT|REGISTERED_AT*2..4]-(b:Person)
       WHERE b <> a AND b.caseId IS NULL RETURN b.id AS id LIMIT 1`,
      { id: person.id },
    );
    if (far) pathPairs.push([person.id, far.id]);
  }
  return { searchTerms, expandIds, pathPairs };
}
