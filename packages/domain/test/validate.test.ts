import { describe, expect, it } from 'vitest';
import { validateEntity, validateLink, validateRecord } from '@touchstone/domain';

const provenance = {
  sourceId: 'doc-registry-1',
  enteredBy: 'analyst.quispe',
  enteredAt: '2024-05-02T10:15:00Z',
  sourceReliability: 'B',
  infoReliability: '2',
};

describe('validateEntity', () => {
  it('accepts a complete person', () => {
    const result = validateEntity({
      type: 'Person',
      id: 'per-001',
      name: 'José Quispe Mamani',
      aliases: ['Jose Quispe'],
      birthDate: '1979-02-28',
      nationalities: ['PE'],
      identifiers: ['PASSPORT:PE123456'],
      isPep: false,
    });
    expect(result.ok).toBe(true);
  });

  it('reports every problem of a record at once, by field', () => {
    const result = validateEntity({ type: 'Person', id: 'per-002', birthDate: '1979-02-30', nationalities: ['Peru'], shoeSize: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.issues.map((i) => [i.field, i.reason]));
    expect(byField.name).toBe('is required');
    expect(byField.birthDate).toMatch(/must be a date YYYY-MM-DD/);
    expect(byField.nationalities).toMatch(/item 1/);
    expect(byField.shoeSize).toBe('is not a known property');
  });

  it('rejects an unknown type and an id whose prefix names another type', () => {
    expect(validateEntity({ type: 'Spaceship', id: 'shp-1' })).toEqual({
      ok: false,
      issues: [{ field: 'type', reason: 'unknown entity type "Spaceship"' }],
    });
    const wrongPrefix = validateEntity({ type: 'Company', id: 'per-9', name: 'Oro Andino SAC' });
    expect(wrongPrefix.ok).toBe(false);
    if (!wrongPrefix.ok) expect(wrongPrefix.issues[0]).toEqual({ field: 'id', reason: 'a Company id must start with "com-"' });
  });

  it('checks enums, ranges and points', () => {
    const mine = validateEntity({
      type: 'Mine',
      id: 'mine-1',
      name: 'La Pampa',
      legalStatus: 'ROGUE',
      plausibleAnnualKg: -5,
      location: { latitude: 95, longitude: -70 },
    });
    expect(mine.ok).toBe(false);
    if (mine.ok) return;
    expect(mine.issues.map((i) => i.field).sort()).toEqual(['legalStatus', 'location', 'plausibleAnnualKg']);
  });

  it('treats an official as a person with an agency', () => {
    expect(validateEntity({ type: 'Official', id: 'off-1', name: 'R. Huamán', agency: 'DREMH Madre de Dios' }).ok).toBe(true);
    expect(validateEntity({ type: 'Official', id: 'off-2', name: 'R. Huamán' }).ok).toBe(false);
  });
});

describe('validateLink', () => {
  it('accepts a fact link carrying full provenance', () => {
    const result = validateLink({ type: 'OWNS', id: 'lnk-1', from: 'per-001', to: 'com-001', share: 0.6, ...provenance });
    expect(result.ok).toBe(true);
  });

  it('requires provenance on every fact link', () => {
    const result = validateLink({ type: 'OWNS', id: 'lnk-1', from: 'per-001', to: 'com-001', share: 0.6 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.field).sort()).toEqual(['enteredAt', 'enteredBy', 'infoReliability', 'sourceId', 'sourceReliability']);
    }
  });

  it('does not ask provenance of SUPPORTED_BY, which is provenance', () => {
    expect(validateLink({ type: 'SUPPORTED_BY', id: 'lnk-2', from: 'com-001', to: 'doc-1' }).ok).toBe(true);
  });

  it('rejects endpoints of the wrong type, with the end that is wrong', () => {
    const result = validateLink({ type: 'MEMBER_OF', id: 'lnk-3', from: 'com-001', to: 'grp-1', ...provenance });
    expect(result).toEqual({ ok: false, issues: [{ field: 'from', reason: 'a MEMBER_OF link cannot start at a Company' }] });
  });

  it('lets an official and a refinery stand where a person and a company may', () => {
    expect(validateLink({ type: 'OWNS', id: 'lnk-4', from: 'off-1', to: 'ref-1', share: 0.2, ...provenance }).ok).toBe(true);
  });

  it('rejects grades outside the i2 scales and a share above 1', () => {
    const result = validateLink({
      type: 'OWNS',
      id: 'lnk-5',
      from: 'per-1',
      to: 'com-1',
      share: 1.5,
      ...provenance,
      sourceReliability: 'G',
      infoReliability: '7',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field).sort()).toEqual(['infoReliability', 'share', 'sourceReliability']);
  });
});

describe('validateRecord', () => {
  it('tells links from entities by their endpoints', () => {
    expect(validateRecord({ type: 'Country', id: 'ctry-PE', iso2: 'PE', name: 'Peru' }).ok).toBe(true);
    expect(validateRecord({ type: 'LOCATED_IN', id: 'lnk-9', from: 'mine-1', to: 'ctry-PE', ...provenance }).ok).toBe(true);
    expect(validateRecord('not an object').ok).toBe(false);
  });
});
