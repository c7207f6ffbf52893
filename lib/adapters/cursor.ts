/**
 * Opaque pagination cursors: the DynamoDB LastEvaluatedKey as base64url JSON. A cursor is accepted only if
 * its partition key is the caller's own, so a cursor cannot be used to read another tenant's contracts.
 */
import { NoticeCheckError } from '../errors.ts';

type Key = Record<string, unknown>;

export function encodeCursor(key: Key | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;
}

export function decodeCursor(cursor: string, expectedPk: string): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof key === 'object' && key !== null && (key as Key).pk === expectedPk && typeof (key as Key).sk === 'string') {
      return key as Key;
    }
  } catch {
    // fall through: malformed cursors and foreign cursors get the same answer
  }
  throw new NoticeCheckError('INVALID_INPUT', 'cursor is not valid for this listing', { details: { field: 'cursor' } });
}
