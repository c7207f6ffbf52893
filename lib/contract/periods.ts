import type { Period } from '../domain/types.ts';

/**
 * Every period written in `text` ("thirty (30) days", "ten (10) business days", "one (1) month"),
 * with offsets shifted by `offset`. STUB — owned by the provisions workstream.
 */
export function findPeriods(_text: string, _offset = 0): Period[] {
  throw new Error('not implemented');
}
