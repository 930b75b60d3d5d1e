import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../src/services/graph/search-cursor';

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('search cursors', () => {
  it('carry the offset and, past the end of the exact tier, its size', () => {
    const within = encodeCursor({ offset: 20, exactTotal: null }, 'quispe', null);
    expect(decodeCursor(within, 'quispe', null, 1000)).toEqual({ offset: 20, exactTotal: null });
    const past = encodeCursor({ offset: 40, exactTotal: 27 }, 'quispe', ['Person']);
    expect(decodeCursor(past, 'quispe', ['Person'], 1000)).toEqual({ offset: 40, exactTotal: 27 });
    expect(decodeCursor(null, 'quispe', null, 1000)).toEqual({ offset: 0, exactTotal: null });
  });

  it('refuse a cursor of another search, a forged or a malformed one', () => {
    const cursor = encodeCursor({ offset: 20, exactTotal: 3 }, 'quispe', null);
    expect(() => decodeCursor(cursor, 'rojas', null, 1000)).toThrow(/another search/);
    expect(() => decodeCursor(cursor, 'quispe', ['Person'], 1000)).toThrow(/another search/);
    const f = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')).f;
    for (const bad of [
      { o: 20, e: -1, f },
      { o: 20, e: 1.5, f },
      { o: 20, e: '3', f },
      { o: 5000, f },
      { o: -1, f },
    ]) {
      expect(() => decodeCursor(forge(bad), 'quispe', null, 1000), JSON.stringify(bad)).toThrow(
        /not a cursor/,
      );
    }
    expect(() => decodeCursor('%%%', 'quispe', null, 1000)).toThrow(/not a cursor/);
  });
});
