import type { SubjectMatter } from '../domain/types.ts';

/**
 * Whether an agreement is for service, maintenance or repair, from its title or from what a party undertakes
 * to provide. Statutes on automatic renewal reach such contracts (N.Y. Gen. Oblig. Law § 5-903), so the
 * finding is kept with the words that show it; whether the services are "to or for" property is left to
 * the reader. Linear: two bounded patterns.
 */

// "EQUIPMENT MAINTENANCE AGREEMENT", "Master Services Agreement", "Service and Repair Contract".
const TITLE =
  /\b(?:maintenance|repair|servicing|services?|support)(?:\s+(?:and|&)\s+(?:maintenance|repair|services?|support))?\s+(?:agreement|contract)\b/i;
// "Provider shall provide the maintenance services described in Schedule A", "agrees to perform repairs".
const UNDERTAKING = /\b(?:shall|will|agrees?\s+to)\s+(?:provide|perform|furnish|render)\b[^.;]{0,80}?\b(maintenance|repairs?|services?)\b/i;
const TITLE_WINDOW = 800;

function kindOf(words: string): SubjectMatter['kind'] {
  if (/maintenance|servicing/i.test(words)) return 'maintenance';
  if (/repair/i.test(words)) return 'repair';
  return 'service';
}

/**
 * The words showing the agreement is for service, maintenance or repair, or null.
 * @example findSubjectMatter('ELEVATOR MAINTENANCE AGREEMENT\nThis Agreement ...')?.kind // 'maintenance'
 * @example findSubjectMatter('This Lease is made ...') // null
 */
export function findSubjectMatter(text: string): SubjectMatter | null {
  const head = text.slice(0, TITLE_WINDOW);
  const title = TITLE.exec(head);
  if (title) return { kind: kindOf(title[0]), text: title[0], start: title.index, end: title.index + title[0].length };
  const undertaking = UNDERTAKING.exec(text);
  if (undertaking) {
    return {
      kind: kindOf(undertaking[1] as string),
      text: undertaking[0],
      start: undertaking.index,
      end: undertaking.index + undertaking[0].length,
    };
  }
  return null;
}
