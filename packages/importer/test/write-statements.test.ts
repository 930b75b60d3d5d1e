import { describe, expect, it } from 'vitest';
import { columnOf, entityRowLayout, entityWriteStatement, linkRowLayout, linkWriteStatement } from '@touchstone/importer';

const entityAt = (type: Parameters<typeof entityRowLayout>[0], field: string) => `row[${columnOf(entityRowLayout(type), field)}]`;
const linkAt = (type: Parameters<typeof linkRowLayout>[0], field: string) => `row[${columnOf(linkRowLayout(type), field)}]`;

describe('write statements', () => {
  it('merge entities on the shared Entity id with all their labels and convert typed fields', () => {
    const cypher = entityWriteStatement('Official');
    expect(cypher).toContain('MERGE (n:Entity:Person:Official {id: row[0]})');
    expect(cypher).toContain(`n.birthDate = date(${entityAt('Official', 'birthDate')})`);
    expect(cypher).toContain(`n.agency = ${entityAt('Official', 'agency')}`);
  });

  it('convert date-times, points and integers to Neo4j types', () => {
    expect(entityWriteStatement('Transaction')).toContain(`n.timestamp = datetime(${entityAt('Transaction', 'timestamp')})`);
    expect(entityWriteStatement('Mine')).toContain(`n.location = point(${entityAt('Mine', 'location')})`);
    expect(linkWriteStatement('VIA')).toContain(`r.order = toInteger(${linkAt('VIA', 'order')})`);
  });

  it('merge links between existing endpoints and write provenance on fact links only', () => {
    const owns = linkWriteStatement('OWNS');
    expect(owns).toContain('MATCH (a:Entity {id: row[1]})');
    expect(owns).toContain('MATCH (b:Entity {id: row[2]})');
    expect(owns).toContain('MERGE (a)-[r:OWNS {id: row[0]}]->(b)');
    expect(owns).toContain(`r.enteredAt = datetime(${linkAt('OWNS', 'enteredAt')})`);
    expect(owns).toContain(`r.sourceReliability = ${linkAt('OWNS', 'sourceReliability')}`);
    expect(linkWriteStatement('SUPPORTED_BY')).not.toContain('sourceId');
  });

  it('set every property when the whole batch carries them all', () => {
    const cypher = entityWriteStatement('Transaction');
    expect(cypher).toMatch(/^SET n\.amount = row\[1\],/m);
    expect(cypher).not.toContain('ON CREATE');
  });

  it('create with the properties a batch carries and, on a match, set every property so stale ones are removed', () => {
    const layout = entityRowLayout('Transaction');
    const present = layout.fields.map(([field]) => ['amount', 'amountUsd', 'timestamp', 'channel'].includes(field));
    const cypher = entityWriteStatement('Transaction', present);
    const [onCreate, onMatch] = cypher.split('ON MATCH SET');
    expect(onCreate).toContain(`ON CREATE SET n.amount = ${entityAt('Transaction', 'amount')}`);
    expect(onCreate).toContain(`n.timestamp = datetime(${entityAt('Transaction', 'timestamp')})`);
    expect(onCreate).not.toContain('n.note');
    expect(onCreate).not.toContain('n.purpose');
    expect(onMatch).toContain(`n.note = ${entityAt('Transaction', 'note')}`);
    expect(onMatch).toContain(`n.purpose = ${entityAt('Transaction', 'purpose')}`);
    expect(onMatch).toContain(`n.amount = ${entityAt('Transaction', 'amount')}`);
  });

  it('leave out ON CREATE SET when a batch carries no property at all', () => {
    const none = linkRowLayout('SUPPORTED_BY').fields.map(() => false);
    const cypher = linkWriteStatement('SUPPORTED_BY', none);
    expect(cypher).not.toContain('ON CREATE');
    expect(cypher).toContain(`ON MATCH SET r.caseId = ${linkAt('SUPPORTED_BY', 'caseId')}`);
  });

  it('plan few statements per type: past eight sets of fields, a batch gets the statement setting every property', () => {
    const fields = entityRowLayout('Mine').fields;
    const onlyField = (k: number) => fields.map((_, i) => i === k);
    const statements = fields.map((_, k) => entityWriteStatement('Mine', onlyField(k)));
    expect(fields.length).toBeGreaterThan(9);
    expect(statements.slice(0, 8).every((c) => c.includes('ON CREATE SET'))).toBe(true);
    expect(statements.slice(8).every((c) => c === entityWriteStatement('Mine'))).toBe(true);
    expect(entityWriteStatement('Mine', onlyField(0))).toBe(statements[0]);
  });

  it('keep their first plan: a load changes the counts Neo4j would otherwise replan on every few seconds', () => {
    for (const cypher of [entityWriteStatement('Transaction'), linkWriteStatement('SENT')]) {
      expect(cypher.split('\n')[0]).toBe('CYPHER replan=skip');
    }
  });

  it('name each row position in a comment after the preamble, for query logs', () => {
    expect(linkWriteStatement('OWNS').split('\n')[1]).toBe(
      '// row: [id, from, to, share, since, until, sourceId, enteredBy, enteredAt, sourceReliability, infoReliability, caseId, note]',
    );
  });
});
