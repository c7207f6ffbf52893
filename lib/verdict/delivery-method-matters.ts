import type { DeliveryMethod } from '../domain/types.ts';
import type { Assessment } from './assessment.ts';
import type { NoticeTiming } from './notice-timing.ts';

/** How a method reads after "sent by". */
const METHOD_WORDS: Record<DeliveryMethod, string> = {
  email: 'email',
  courier: 'courier',
  'certified-mail': 'certified mail',
  'registered-mail': 'registered mail',
  mail: 'mail',
  hand: 'hand',
  fax: 'fax',
};

/**
 * A letter that does not say how it was sent is taken as received on the earliest day the agreement's notice
 * clause allows. Whether it was emailed (received when sent) or mailed (received days later) is then a fact the
 * letter does not give; when the slowest method the clause provides for would change whether a right is
 * satisfied, the verdict must not rest on the faster one, and the reason names both days.
 * @example deliveryMethodMatters(timing, assessments, assess)
 * // 'the letter does not say how it was sent: ... by certified mail on 2026-03-05, and that changes whether the notice suffices'
 */
export function deliveryMethodMatters(
  timing: NoticeTiming,
  assessments: readonly Assessment[],
  assess: (timing: NoticeTiming) => Assessment[],
): string | null {
  const slowest = timing.receivedAtIfSlowestMethod;
  if (!slowest || !timing.receivedAt) return null;
  // "Effective immediately" takes effect on receipt, so it moves with it.
  const effectiveAt = timing.effectiveAt && +timing.effectiveAt === +timing.receivedAt ? slowest.at : timing.effectiveAt;
  const alternative = assess({ ...timing, receivedAt: slowest.at, effectiveAt });
  const changed = assessments.some((a, i) => a.applies && a.satisfied !== null && alternative[i]?.satisfied !== a.satisfied);
  if (!changed) return null;
  return `the letter does not say how it was sent: received as early as the agreement allows it was received on ${timing.receivedAt.toISODate()}, sent by ${METHOD_WORDS[slowest.method]} on ${slowest.at.toISODate()}, and that changes whether the notice suffices`;
}
