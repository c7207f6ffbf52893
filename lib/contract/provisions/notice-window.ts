import type { Period, Provision, Unit } from '../../domain/types.ts';
import { parseNumberWords } from '../numbers.ts';

/** Rights whose notice is counted back from an end and may therefore be given too early as well as too late. */
const WINDOWED: ReadonlySet<Provision['type']> = new Set(['non-renewal', 'extension-notice']);

/**
 * The far end of a window, in the words drafters use: "nor more than one hundred twenty (120) days", "but no
 * more than ninety (90) days", "no earlier than one hundred eighty (180) days", "not more than ninety (90) and
 * not less than thirty (30) days" (the unit shared with the near end).
 */
const FAR_END_RE =
  /\b(?:nor|not|no)\s+(?:more|earlier|sooner)\s+than\s+((?:[a-z]+[\s-]+){0,5}?)(?:(?:\(\s*(\d{1,4})\s*\)|(\d{1,4}))\s*(business\s+days?|calendar\s+days?|days?|weeks?|months?)?|(business\s+days?|calendar\s+days?|days?|weeks?|months?))\b/gi;

const UNIT_OF: ReadonlyArray<[RegExp, Unit]> = [
  [/^business/i, 'business-day'],
  [/^(?:calendar\s+)?days?$/i, 'day'],
  [/^weeks?$/i, 'week'],
  [/^months?$/i, 'month'],
];

const inDays = (p: { amount: number; unit: Unit }): number =>
  p.amount * (p.unit === 'month' ? 30 : p.unit === 'week' ? 7 : p.unit === 'year' ? 365 : 1);

/**
 * The far end a clause states for its notice, if any: only a period longer than the notice itself, so that
 * "no more than" used of something else in the sentence ("no more than one renewal") is not taken for it.
 */
function farEndIn(provision: Provision): Period | null {
  const near = provision.notice;
  if (!near || near.amount === null) return null;
  for (const m of provision.text.matchAll(FAR_END_RE)) {
    const words = (m[1] ?? '').trim();
    const digits = m[2] ?? m[3];
    const amount = digits ? Number(digits) : words ? parseNumberWords(words) : null;
    if (amount === null || !(amount > 0)) continue;
    // "no earlier than eighteen (18) months after the Effective Date" dates the notice from a start, not a window before an end.
    const after = provision.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    if (/^\s*(?:\([^)]*\)\s*)?(?:after|following|from)\b/i.test(after)) continue;
    const unitWords = m[4] ?? m[5];
    const unit = unitWords ? (UNIT_OF.find(([re]) => re.test(unitWords))?.[1] ?? near.unit) : near.unit;
    if (inDays({ amount, unit }) <= inDays({ amount: near.amount, unit: near.unit })) continue;
    const start = provision.start + (m.index ?? 0);
    return { amount, unit, qualifier: 'not-more-than', anchor: near.anchor, text: m[0].trim(), start, end: start + m[0].length };
  }
  return null;
}

/**
 * "Not less than sixty (60) days nor more than one hundred twenty (120) days before the end of the then-current
 * term" is one right with a window, not two rights: the sixty days are the notice, the hundred and twenty the
 * earliest it may be given. This folds the far end into the right read from the clause (`noEarlierThan`) and
 * drops the provision the period parser may have made of it. A notice sent before such a window opens is
 * premature, and an alert taken from the far end would invite exactly that.
 * @example mergeNoticeWindows(provisions) // the 120-day "provision" removed; the 60-day one has noEarlierThan 120 days
 */
export function mergeNoticeWindows(provisions: Provision[]): void {
  for (let i = provisions.length - 1; i >= 0; i--) {
    const far = provisions[i] as Provision;
    if (!WINDOWED.has(far.type) || far.notice?.qualifier !== 'not-more-than') continue;
    const near = provisions.find(
      (p) => p !== far && p.type === far.type && p.start === far.start && p.notice && p.notice.qualifier !== 'not-more-than',
    );
    if (!near) continue;
    near.noEarlierThan = far.notice;
    provisions.splice(i, 1);
  }
  for (const provision of provisions) {
    if (!WINDOWED.has(provision.type) || provision.noEarlierThan || provision.notice?.qualifier === 'not-more-than') continue;
    const far = farEndIn(provision);
    if (far) provision.noEarlierThan = far;
  }
}
