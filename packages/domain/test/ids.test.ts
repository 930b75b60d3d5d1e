import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, ENTITY_TYPE_NAMES, ID_PATTERN, entityTypeOfId, hash64, stableEntityId, stableLinkId } from '@touchstone/domain';

describe('stable ids', () => {
  it('are the same for the same natural key and differ otherwise', () => {
    expect(stableEntityId('Company', 'PE', '20601234567')).toBe(stableEntityId('Company', 'PE', '20601234567'));
    expect(stableEntityId('Company', 'PE', '20601234567')).not.toBe(stableEntityId('Company', 'PE', '20601234568'));
    expect(stableLinkId('OWNS', 'per-1', 'com-1')).not.toBe(stableLinkId('OWNS', 'per-1', 'com-1', 2));
  });

  it('carry their type in the prefix and match the id pattern', () => {
    const id = stableEntityId('Mine', 'La Rinconada');
    expect(id).toMatch(/^mine-/);
    expect(ID_PATTERN.test(id)).toBe(true);
    expect(entityTypeOfId(id)).toBe('Mine');
    expect(entityTypeOfId('zzz-1')).toBeUndefined();
  });

  it('hash64 matches the published FNV-1a 64-bit test vectors', () => {
    expect(hash64('')).toBe(0xcbf29ce484222325n.toString(32).padStart(13, '0'));
    expect(hash64('a')).toBe(0xaf63dc4c8601ec8cn.toString(32).padStart(13, '0'));
    expect(hash64('foobar')).toBe(0x85944171f73967e8n.toString(32).padStart(13, '0'));
  });

  it('gives every entity type its own prefix', () => {
    const prefixes = ENTITY_TYPE_NAMES.map((t) => ENTITY_TYPES[t].idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
