/** Forged pagination cursors are a client error (INVALID_INPUT → 400), never a DynamoDB validation error. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../lib/adapters/cursor.ts';

const pk = 'TENANT#acme';
const forge = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('decodeCursor', () => {
  it('returns the start key of a cursor it issued', () => {
    const cursor = encodeCursor({ pk, sk: 'CONTRACT#c-1' }) ?? '';
    expect(decodeCursor(cursor, pk, 'CONTRACT#')).toEqual({ pk, sk: 'CONTRACT#c-1' });
  });

  const forged: Record<string, string> = {
    'not base64 JSON': '%%%',
    'a JSON array': forge([pk, 'CONTRACT#c-1']),
    'another tenant': forge({ pk: 'TENANT#other', sk: 'CONTRACT#c-1' }),
    'a numeric sort key': forge({ pk, sk: 7 }),
    'a sort key as a DynamoDB map': forge({ pk, sk: { S: 'CONTRACT#c-1' } }),
    'a sort key outside the listing': forge({ pk, sk: 'DOC#d-1' }),
    'an empty sort key': forge({ pk, sk: 'CONTRACT#' }),
    'an oversized sort key': forge({ pk, sk: `CONTRACT#${'x'.repeat(2000)}` }),
    'JSON null': forge(null),
  };
  for (const [name, cursor] of Object.entries(forged)) {
    it(`refuses ${name} as INVALID_INPUT`, () => {
      expect(() => decodeCursor(cursor, pk, 'CONTRACT#')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    });
  }

  it('drops attributes other than pk and sk, which DynamoDB would reject in a start key', () => {
    const key = decodeCursor(forge({ pk, sk: 'CONTRACT#c-1', gsi1pk: 'x', extra: { nested: true } }), pk, 'CONTRACT#');
    expect(Object.keys(key).sort()).toEqual(['pk', 'sk']);
  });
});
