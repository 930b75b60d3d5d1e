/**
 * The benchmark's workload, drawn from the database itself so every request hits real data:
 * surnames to search for, persons to expand, and pairs of persons two to four links apart for
 * paths. Drawn with a fixed seed, so two runs on the same data send the same requests.
 */
import { readQuery } from '@touchstone/neo4j';
import { Rng } from '@touchstone/seed';
import type { Driver } from 'neo4j-driver';

export interface Workload {
  searchTerms: string[];
  expandIds: string[];
  pathPairs: [string, string][];
}

/** Draws `size` requests of each kind. */
export async function drawWorkload(driver: Driver, size = 200, seed = 7): Promise<Workload> {
  const rng = new Rng(`bench-api-workload-${seed}`);
  const people = await readQuery<{ id: string; name: string }>(
    driver,
    `MATCH (p:Person:Entity) WHERE p.caseId IS NULL AND p.name IS NOT NULL AND COUNT { (p)--() } >= 2
     RETURN p.id AS id, p.name AS name ORDER BY id`,
  );
  if (people.length < 10)
    throw new Error(`bench: the database holds ${people.length} linked persons; load a data set first`);
  const chosen = rng.sample(people, size);
  const searchTerms = chosen.map((p) => p.name.split(/\s+/).at(-1)!).filter((w) => w.length >= 3);
  const expandIds = chosen.map((p) => p.id);
  // Twice as many candidates as pairs wanted, each with the first person two to four links away.
  const candidates = rng.sample(people, size * 2).map((p) => p.id);
  const far = await readQuery<{ id: string; far: string }>(
    driver,
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})
     CALL (a) {
       MATCH (a)-[:OWNS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|HOLDS_ACCOUNT|REGISTERED_AT*2..4]-(b:Person)
       WHERE b <> a AND b.caseId IS NULL
       RETURN b.id AS far LIMIT 1
     }
     RETURN id, far`,
    { ids: candidates },
  );
  const farOf = new Map(far.map((row) => [row.id, row.far]));
  const pathPairs = candidates
    .filter((id) => farOf.has(id))
    .slice(0, size)
    .map((id): [string, string] => [id, farOf.get(id)!]);
  return { searchTerms, expandIds, pathPairs };
}
