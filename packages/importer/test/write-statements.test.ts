import { describe, expect, it } from 'vitest';
import { entityWriteStatement, linkWriteStatement } from '@touchstone/importer';

describe('write statements', () => {
  it('merge entities on the shared Entity id with all their labels and convert typed fields', () => {
    const cypher = entityWriteStatement('Official');
    expect(cypher).toContain('MERGE (n:Entity:Person:Official {id: row.id})');
    expect(cypher).toContain('n.birthDate = date(row.birthDate)');
    expect(cypher).toContain('n.agency = row.agency');
  });

  it('convert date-times, points and integers to Neo4j types', () => {
    expect(entityWriteStatement('Transaction')).toContain('n.timestamp = datetime(row.timestamp)');
    expect(entityWriteStatement('Mine')).toContain('n.location = point(row.location)');
    expect(linkWriteStatement('VIA')).toContain('r.order = toInteger(row.order)');
  });

  it('merge links between existing endpoints and write provenance on fact links only', () => {
    const owns = linkWriteStatement('OWNS');
    expect(owns).toContain('MATCH (a:Entity {id: row.from})');
    expect(owns).toContain('MERGE (a)-[r:OWNS {id: row.id}]->(b)');
    expect(owns).toContain('r.enteredAt = datetime(row.enteredAt)');
    expect(owns).toContain('r.sourceReliability = row.sourceReliability');
    expect(linkWriteStatement('SUPPORTED_BY')).not.toContain('sourceId');
  });
});
