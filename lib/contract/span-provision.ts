/**
 * A provision that is only a quoted span of the agreement — term, renewal, governing law — placed in its
 * section and page. Rights (notice, cure, grounds, party) belong to the provisions finder; these carry none.
 */
import type { Provision } from '../domain/types.ts';

export interface ProvisionPlace {
  sectionAt(offset: number): { section: string | null; heading: string | null };
  pageAt(offset: number): number | null;
}

const REDACTION = /\[\s*\*+\s*\]|\*\s\*\s\*|\[redacted/i;

/**
 * @example spanProvision('governing-law', text, 120, 190, place) // { type: 'governing-law', section: '14.2', party: null, ... }
 */
export function spanProvision(
  type: 'term' | 'renewal' | 'governing-law',
  text: string,
  start: number,
  end: number,
  place: ProvisionPlace,
): Provision {
  const quoted = text.slice(start, end);
  const where = place.sectionAt(start);
  return {
    type,
    party: null,
    section: where.section,
    heading: where.heading,
    notice: null,
    cure: null,
    grounds: [],
    flags: REDACTION.test(quoted) ? ['redacted'] : [],
    text: quoted,
    start,
    end,
    page: place.pageAt(start),
  };
}
