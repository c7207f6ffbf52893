/**
 * Opaque pagination cursors: the DynamoDB LastEvaluatedKey as base64url JSON. A cursor is accepted only if
 * its partition key is the caller's own, so a cursor cannot be used to read another tenant's contracts.
 */
import { NoticeCheckError } from '../errors.ts';

type Key = Record<string, unknown>;

export function encodeCursor(key: Key | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;
}

/**
 * The start key a cursor stands for, or INVALID_INPUT (a 400 at the edge). Only `pk` and `sk` are kept, and
 * both must be plain strings: DynamoDB rejects a start key with other attributes or other types with a
 * validation error, which a forged cursor would otherwise turn into a server error.
 * @example decodeCursor(encodeCursor({ pk: 'TENANT#t1', sk: 'CONTRACT#c1' }) ?? '', 'TENANT#t1') // { pk: 'TENANT#t1', sk: 'CONTRACT#c1' }
 */
export function decodeCursor(cursor: string, expectedPk: string, skPrefix = ''): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof key === 'object' && key !== null && !Array.isArray(key)) {
      const { pk, sk } = key as Key;
      if (pk === expectedPk && typeof sk === 'string' && sk.length > skPrefix.length && sk.length <= 1024 && sk.startsWith(skPrefix)) {
        return { pk, sk };
      }
    }
  } catch {
    // fall through: malformed cursors and foreign cursors get the same answer
  }
  throw new NoticeCheckError('INVALID_INPUT', 'cursor is not valid for this listing', { details: { field: 'cursor' } });
}
