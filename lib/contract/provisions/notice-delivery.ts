/**
 * Notice-delivery provisions: by which methods notices may be given and when each is deemed
 * received ("by email ... effective when sent", "overnight courier ... the next business day",
 * "certified mail ... three (3) business days after mailing"), and whether a deadline that falls on
 * a weekend or holiday moves to the next business day.
 */
import { flexible } from './flexible.ts';
import type { DeemedReceipt, DeliveryMethod } from '../../domain/types.ts';
import { parseNumberWords } from '../numbers.ts';

const METHODS: ReadonlyArray<[RegExp, DeliveryMethod]> = [
  [flexible(/\be-?mail\b|\belectronic mail\b|\belectronic(?:ally)? transmi/i), 'email'],
  [flexible(/\bcertified (?:or registered )?(?:u\.s\. )?mail\b|\bcertified\b/i), 'certified-mail'],
  [flexible(/\bregistered (?:u\.s\. )?(?:mail|post|letter)\b/i), 'registered-mail'],
  [flexible(/\bcourier\b|\bovernight\b|\bexpress (?:mail|delivery)\b|\bfederal express\b|\bfedex\b|\bdhl\b|\bups\b/i), 'courier'],
  [/\bfacsimile\b|\bfax\b|\btelecop\w*|\btelex\b/i, 'fax'],
  [flexible(/\bby hand\b|\bhand[- ]deliver\w*|\bpersonal(?:ly)? deliver\w*|\bdelivered (?:personally|in person)\b|\bpersonal service\b/i), 'hand'],
  [flexible(/\b(?:first[- ]class |regular |ordinary |prepaid )?(?:mail|post)\b/i), 'mail'],
];
const DEEMED_RE = /\bdeemed\b|\beffective\b|\bconsidered\b|\breceived\b|\bgiven\b|\bdelivered\b/i;
const NOTICE_SENTENCE_RE = /\bnotice|\bnotif|\bcommunication/i;
const DAYS_AFTER_RE = /\b([a-z]+(?:[\s-][a-z]+)?|\d{1,2})\s*(?:\(\s*\d{1,2}\s*\)\s*)?(business|working)?\s*days?\b[^.;]{0,40}?\b(?:after|following|from)\b/i;
const CUTOFF_RE = flexible(/\b(?:after|later than|past|before|by|prior to)\s+(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i);
export const NEXT_BUSINESS_DAY_RULE_RE =
  flexible(/\b(?:falls?|occurs?|expires?|ends?|is)\s+on\s+(?:a\s+)?(?:saturday|sunday|weekend|(?:legal |public |bank |national )?holiday|day (?:that|which) is not a business day|non-business day)[^.]{0,200}?\b(?:next|following|succeeding)\s+(?:business|working|banking)\s+day/i);

function ruleOf(segment: string): Omit<DeemedReceipt, 'method'> | null {
  const cutoff = CUTOFF_RE.exec(segment);
  if (/\bwhen sent\b|\bupon (?:sending|transmission|dispatch)\b|\bwhen transmitted\b|\bon the (?:date|day) (?:of )?(?:sent|sending|transmission)\b|\bat the time (?:of )?(?:sending|transmission)\b/i.test(segment)) {
    if (cutoff) return { rule: 'when-sent', cutoff: cutoffOf(cutoff) };
    return { rule: 'when-sent' };
  }
  const days = DAYS_AFTER_RE.exec(segment);
  if (days) {
    const raw = days[1] as string;
    const amount = /^\d/.test(raw) ? Number(raw) : parseNumberWords(raw.split(/\s+/).slice(-1)[0] ?? '') ?? parseNumberWords(raw);
    if (amount !== null && amount > 0) return { rule: days[2] ? 'after-business-days' : 'after-days', amount };
  }
  if (/\b(?:next|following|one \(1\)|one|1)\s+(?:business|working)\s+day\b|\bnext day\b|\bfollowing day\b/i.test(segment)) {
    return { rule: 'next-business-day' };
  }
  if (/\bupon (?:actual )?(?:receipt|delivery)\b|\bwhen (?:actually )?(?:received|delivered)\b|\bon (?:the date of )?(?:receipt|delivery)\b|\bdate of (?:actual )?(?:receipt|delivery)\b|\bwhen (?:so )?delivered\b/i.test(segment)) {
    return { rule: 'on-delivery' };
  }
  return null;
}

function cutoffOf(m: RegExpExecArray): string {
  let hour = Number(m[1]);
  if (m[3] && /p/i.test(m[3]) && hour < 12) hour += 12;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/**
 * The deemed-receipt rules stated in a notice clause, one per method, first rule found wins.
 * @example deliveriesIn('Notices sent by certified mail are deemed received three (3) business days after mailing.')
 * // [{ method: 'certified-mail', rule: 'after-business-days', amount: 3 }]
 */
export function deliveriesIn(clause: string): DeemedReceipt[] {
  if (!NOTICE_SENTENCE_RE.test(clause) || !DEEMED_RE.test(clause)) return [];
  // Items "(a) ... (b) ...", semicolons and ", or" separate one method's rule from the next; "three (3)" does not.
  const segments = clause.split(/;|(?:^|[:,]|\bor\b|\band\b)\s*\(\s*(?:[a-h]|i{1,3}|iv|v|vi{0,3}|\d)\s*\)|,\s*(?:or|and)\s+|\bor\s+(?:if|when|by)\b|\.\s/i);
  const found = new Map<DeliveryMethod, DeemedReceipt>();
  for (const segment of segments) {
    const rule = ruleOf(segment);
    if (!rule) continue;
    for (const [re, method] of METHODS) {
      if (!re.test(segment) || found.has(method)) continue;
      if (method === 'mail' && (found.has('certified-mail') || found.has('registered-mail')) && /certified|registered/i.test(segment)) continue;
      found.set(method, { method, ...rule });
    }
  }
  return [...found.values()];
}
