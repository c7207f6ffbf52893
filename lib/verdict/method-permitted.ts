import { methodsNamed } from '../contract/provisions/notice-delivery.ts';
import type { AgreementAnalysis, DeliveryMethod, LetterAnalysis } from '../domain/types.ts';
import { METHOD_WORDS } from './method-words.ts';

/** Mail of any class is mail: a clause allowing certified mail is not offended by a letter sent registered. */
const family = (m: DeliveryMethod): string => (m === 'certified-mail' || m === 'registered-mail' || m === 'mail' ? 'mail' : m);

/** "by any other means", "including but not limited to": the list is not closed. */
const OPEN_LIST =
  /\bany (?:other )?(?:means|method|manner)\b|\bincluding(?:,)? (?:but not limited to|without limitation)\b|\bor otherwise\b/i;

/**
 * A notice sent only by a method the agreement's notices clause does not name. Whether it still counts depends
 * on the governing law and on whether it actually reached the other side (many courts accept actual receipt,
 * others hold parties to the agreed methods), so a verdict that would otherwise pass must not rest on it.
 * @example unlistedMethod(agreement, { ...letter, deliveryMethods: ['email'] })
 * // 'the letter was sent by email, which the notices clause (Section 3) does not name (it names hand delivery, courier, certified mail): ...'
 */
export function unlistedMethod(agreement: AgreementAnalysis, letter: LetterAnalysis): string | null {
  const used = (letter.deliveryMethods?.length ? letter.deliveryMethods : [letter.deliveryMethod]).filter(
    (m): m is DeliveryMethod => m !== null,
  );
  if (used.length === 0) return null;
  const clauses = agreement.provisions.filter((p) => p.type === 'notice-delivery');
  if (clauses.length === 0 || clauses.some((p) => OPEN_LIST.test(p.text))) return null;
  const named = [...new Set(clauses.flatMap((p) => methodsNamed(p.text)))];
  if (named.length === 0) return null;
  if (used.some((m) => named.some((n) => family(n) === family(m)))) return null;
  const section = clauses[0]?.section ? ` (Section ${clauses[0].section})` : '';
  return `the letter was sent by ${used.map((m) => METHOD_WORDS[m]).join(' and ')}, which the notices clause${section} does not name (it names ${named
    .map((m) => METHOD_WORDS[m])
    .join(', ')}): whether such a notice counts depends on whether it actually reached the other party and on the governing law`;
}
