import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalJson,
  chainEvents,
  findChainBreak,
  hashEvent,
  type AuditEventFields,
} from '../src/audit/audit-hash';
import { auditArgumentsText } from '../src/audit/request-audit-log';

const event = (n: number): Omit<AuditEventFields, 'seq'> => ({
  id: `e${n}`,
  at: `2025-01-01T00:00:0${n}.000Z`,
  user: 'ana',
  role: 'analyst',
  operation: 'search',
  caseId: null,
  arguments: canonicalJson({ text: `gold ${n}` }),
  resultSize: n,
  outcome: 'SUCCESS',
  errorCode: null,
  requestId: `r${n}`,
});

describe('canonical JSON', () => {
  it('sorts keys at every level so property order does not change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('the audit hash chain', () => {
  const chain = chainEvents({ seq: 0, hash: GENESIS_HASH }, [event(1), event(2), event(3)]);

  it('numbers events from the head and links each to the one before', () => {
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(chain[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(findChainBreak(chain, GENESIS_HASH, 1)).toBeNull();
  });

  it('continues from a head exactly as if written in one go', () => {
    const [first, ...rest] = [event(1), event(2), event(3)];
    const head = chainEvents({ seq: 0, hash: GENESIS_HASH }, [first!]);
    const continued = chainEvents({ seq: 1, hash: head[0]!.hash }, rest);
    expect([...head, ...continued]).toEqual(chain);
  });

  it('detects a changed field, a removed event and a reordering', () => {
    const changed = chain.map((e) => (e.seq === 2 ? { ...e, outcome: 'DENIED' as const } : e));
    expect(findChainBreak(changed, GENESIS_HASH, 1)).toMatchObject({
      seq: 2,
      problem: expect.stringMatching(/changed/),
    });
    expect(findChainBreak([chain[0]!, chain[2]!], GENESIS_HASH, 1)).toMatchObject({
      seq: 2,
      problem: expect.stringMatching(/missing/),
    });
    const rehashed = { ...chain[1]!, resultSize: 99 };
    rehashed.hash = hashEvent(rehashed.prevHash, rehashed);
    expect(findChainBreak([chain[0]!, rehashed, chain[2]!], GENESIS_HASH, 1)).toMatchObject({
      seq: 3,
      problem: expect.stringMatching(/does not follow/),
    });
  });

  it('treats absent optional fields as null, as they come back from the database', () => {
    const e = chain[0]!;
    const fromDb = { ...e, caseId: undefined as unknown as null, errorCode: undefined as unknown as null };
    expect(hashEvent(e.prevHash, fromDb)).toBe(e.hash);
  });
});

describe('audited arguments', () => {
  it('are kept whole when small and clipped with their length when huge', () => {
    expect(auditArgumentsText({ q: 'x' })).toBe('{"q":"x"}');
    const huge = auditArgumentsText({ q: 'x'.repeat(100_000) });
    expect(huge.length).toBeLessThan(21_000);
    expect(JSON.parse(huge)).toMatchObject({ clipped: true, length: 100_008 });
  });
});
