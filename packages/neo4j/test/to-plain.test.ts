import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNeo4jInt, toPlain } from '../src/to-plain';

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Point,
  Date: Neo4jDate,
  DateTime,
  LocalDateTime,
  Duration,
} = neo4j.types;

describe('toPlain', () => {
  it('turns safe integers into numbers and larger ones into exact strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(-9007199254740991))).toBe(-9007199254740991);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(12.5)).toBe(12.5);
  });

  it('turns temporals into ISO-8601 strings', () => {
    expect(toPlain(new Neo4jDate(2024, 3, 9))).toBe('2024-03-09');
    expect(toPlain(new DateTime(2024, 3, 9, 14, 5, 0, 0, 0))).toBe('2024-03-09T14:05:00Z');
    expect(toPlain(new LocalDateTime(2024, 3, 9, 14, 5, 30, 0))).toBe('2024-03-09T14:05:30');
    expect(toPlain(new Duration(1, 3, 3661, 0))).toBe('P1M3DT1H1M1S');
  });

  it('turns WGS-84 points into latitude/longitude and cartesian ones into x/y', () => {
    expect(toPlain(new Point(neo4j.int(4326), -70.25, -13.1))).toEqual({
      latitude: -13.1,
      longitude: -70.25,
    });
    expect(toPlain(new Point(neo4j.int(4979), 28.0, -26.2, 1750))).toEqual({
      latitude: -26.2,
      longitude: 28.0,
      height: 1750,
    });
    expect(toPlain(new Point(neo4j.int(7203), 1, 2))).toEqual({ x: 1, y: 2 });
  });

  it('turns nodes, relationships and paths into plain objects with converted properties', () => {
    const mine = new Node(
      neo4j.int(1),
      ['Entity', 'Mine'],
      { id: 'mine-1', capacityKg: neo4j.int(900) },
      '4:db:1',
    );
    const company = new Node(neo4j.int(2), ['Entity', 'Company'], { id: 'com-7' }, '4:db:2');
    const operates = new Relationship(
      neo4j.int(5),
      neo4j.int(2),
      neo4j.int(1),
      'OPERATES',
      { since: new Neo4jDate(2019, 1, 2) },
      '5:db:5',
      '4:db:2',
      '4:db:1',
    );
    expect(toPlain(mine)).toEqual({
      id: '4:db:1',
      labels: ['Entity', 'Mine'],
      properties: { id: 'mine-1', capacityKg: 900 },
    });
    expect(toPlain(operates)).toEqual({
      id: '5:db:5',
      type: 'OPERATES',
      startId: '4:db:2',
      endId: '4:db:1',
      properties: { since: '2019-01-02' },
    });
    const path = new Path(company, mine, [new PathSegment(company, operates, mine)]);
    expect(toPlain(path)).toEqual({
      nodes: [toPlain(company), toPlain(mine)],
      relationships: [toPlain(operates)],
    });
  });

  it('converts inside lists and maps, and maps undefined to null', () => {
    expect(
      toPlain({
        counts: [neo4j.int(1), neo4j.int(2)],
        nested: { at: new Neo4jDate(2020, 12, 31) },
        missing: undefined,
      }),
    ).toEqual({ counts: [1, 2], nested: { at: '2020-12-31' }, missing: null });
  });
});

describe('toNeo4jInt', () => {
  it('makes driver integers from numbers, bigints and digit strings', () => {
    expect(neo4j.isInt(toNeo4jInt(25))).toBe(true);
    expect(toNeo4jInt(25).toNumber()).toBe(25);
    expect(toNeo4jInt(9007199254740993n).toString()).toBe('9007199254740993');
    expect(toNeo4jInt('-17').toNumber()).toBe(-17);
  });

  it('refuses values that are not exact integers', () => {
    expect(() => toNeo4jInt(2.5)).toThrow('neo4j: 2.5 is not an integer the driver can send exactly');
    expect(() => toNeo4jInt(2 ** 60)).toThrow(RangeError);
    expect(() => toNeo4jInt('1e3')).toThrow(RangeError);
  });
});
