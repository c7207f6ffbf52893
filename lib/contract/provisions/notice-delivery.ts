/**
 * Notice-delivery provisions: by which methods notices may be given and when each is deemed
 * received ("by email ... effective when sent", "overnight courier ... the next business day",
 * "certified mail ... three (3) business days after mailing"), and whether a deadline that falls on
 * a weekend or holiday moves to the next business day.
 */
import { flexible } from './flexible.ts';
import { withCutoffZone } from './deemed-receipt-zone.ts';
import type { DeemedReceipt, DeliveryMethod } from '../../domain/types.ts';
import { parseNumberWords, parseOrdinal } from '../numbers.ts';
import { deliverySegments } from './notice-delivery-segments.ts';

const METHODS: ReadonlyArray<[RegExp, DeliveryMethod]> = [
  [flexible(/\be-?mail\b|\belectronic mail\b|\belectronic(?:ally)? transmi|\belectronic means\b/i), 'email'],
  [flexible(/\bcertified (?:or registered )?(?:u\.s\. )?mail\b|\bcertified\b/i), 'certified-mail'],
  // English "recorded delivery" and "special delivery" are Royal Mail's signed-for services, like registered post.
  [
    flexible(/\bregistered (?:u\.s\. )?(?:mail|post|letter)\b|\brecorded (?:signed for )?delivery\b|\bspecial delivery\b/i),
    'registered-mail',
  ],
  [
    flexible(
      /\bcourier\b|\bovernight\b|\bexpress (?:mail|delivery)\b|\bfederal express\b|\bfedex\b|\bdhl\b|\bups\b|\bnext[- ]day delivery\b|\bdelivery service\b/i,
    ),
    'courier',
  ],
  [/\bfacsimile\b|\bfax\b|\btelecop\w*|\btelex\b/i, 'fax'],
  [
    flexible(
      /\bby hand\b|\bhand[-\s]\s*deliver\w*|\bdelivered in person\b|\bpersonal(?:ly)? deliver\w*|\bdelivered (?:personally|in person)\b|\bpersonal service\b/i,
    ),
    'hand',
  ],
  // Not the "mail" of "e-mail", "electronic mail", "overnight mail" or "Express Mail" (couriers); "after mailing"
  // and "after the date mailed" say when a period starts, "if mailed" and "the mails" name the method.
  [
    flexible(
      /(?<![-\w]|electronic |overnight |express )(?:first[- ]class |regular |ordinary |prepaid )?\b(?:mail|post)\b|\b(?:if|when|is|are|be) (?:so )?(?:mailed|posted)\b|\bthe (?:u\.s\. |united states )?mails\b/i,
    ),
    'mail',
  ],
];
/**
 * The delivery methods a notices clause names, whether or not it gives each a receipt rule.
 * @example methodsNamed('Notices shall be delivered by hand, by courier or by certified mail.') // ['certified-mail', 'courier', 'hand']
 */
export function methodsNamed(clause: string): DeliveryMethod[] {
  return METHODS.filter(([re]) => re.test(clause))
    .map(([, method]) => method)
    .filter((m, i, all) => all.indexOf(m) === i);
}

const DEEMED_RE = /\bdeemed\b|\beffective\b|\bconsidered\b|\breceived\b|\bgiven\b|\bdelivered\b/i;
const NOTICE_SENTENCE_RE = /\bnotice|\bnotif|\bcommunication/i;
const DAYS_AFTER_RE =
  /\b([a-z]+(?:[\s-][a-z]+)?|\d{1,2})\s*(?:\(\s*\d{1,2}\s*\)\s*)?,?\s*(business|working)?\s*days?\b[^.;]{0,40}?\b(?:after|following|from|of)\b/i;
/** "on the third business day after mailing": the day is named by its ordinal. */
const ORDINAL_DAY_RE =
  /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s*(?:\(\s*\d{1,2}(?:st|nd|rd|th)?\s*\)\s*)?(business|working)?\s*day\b[^.;]{0,40}?\b(?:after|following|from)\b/i;
/**
 * Effective on sending: "when sent", "upon transmission", "on the date of transmission", and "upon
 * confirmation of transmission" — a fax or email transmission report is produced as the message goes,
 * so the letter's sending time stands for it (whether a report exists is a fact the letter cannot show).
 */
const WHEN_SENT_RE = flexible(
  /\bwhen sent\b|\bupon (?:(?:electronic |successful )?confirmation of )?(?:sending|transmission|transmittal|dispatch)\b|\bupon being sent\b|\bon the same (?:business )?day\b|\bthe same day\b|\b(?:upon|on) (?:the )?(?:deposit(?:ing)?|mailing|posting)\b(?! with)|\bon the (?:date|day) of (?:mailing|posting|deposit|dispatch)\b|\bwhen (?:mailed|posted|deposited)\b|\bwhen (?:successfully )?transmitted\b|\bon the (?:date|day) (?:of )?(?:sent|sending|transmission|transmittal)\b|\bon the (?:date|day) (?:it is |so )?(?:sent|transmitted)\b|\bat the time (?:of )?(?:sending|transmission|sent)\b|\b(?:with|upon|on) (?:confirmation|confirmed) (?:of )?(?:successful )?transmission\b/i,
);
/** Effective on actual receipt: "upon receipt", "when received", "upon confirmation of receipt". */
const ON_DELIVERY_RE = flexible(
  /\bupon (?:actual |such )?(?:receipt|delivery)\b|\bwhen (?:actually )?(?:received|delivered)\b|\bwhen (?:hand[-\s]\s*|personally )delivered\b|\bon (?:the date of )?(?:actual )?(?:receipt|delivery)\b|\bdate of (?:actual )?(?:receipt|delivery)\b|\bwhen (?:so )?delivered\b|\b(?:upon|on|when) (?:confirmation|acknowledge?ment) of receipt\b|\b(?:upon|when) (?:receipt is )?(?:confirmed|acknowledged)\b|\bon the (?:date|day) (?:it is |so )?(?:received|delivered)\b|\bupon (?:personal )?delivery\b|\bon the (?:date|day) of (?:such )?(?:confirmation|acknowledge?ment)\b|\bon the (?:date|day) (?:specified|shown|indicated|stated) on the (?:return )?receipt\b|\bon the (?:date|day) received\b/i,
);
const CUTOFF_RE = flexible(/\b(?:after|later than|past|before|by|prior to)\s+(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i);
export const NEXT_BUSINESS_DAY_RULE_RE = flexible(
  /\b(?:falls?|occurs?|expires?|ends?|is)\s+on\s+(?:a\s+)?(?:saturday|sunday|weekend|(?:legal |public |bank |national )?holiday|day (?:that|which) is not a (?:business|working|banking) day|non-business day)[^.]{0,200}?\b(?:next|following|succeeding)\s+(?:business|working|banking)\s+day|\blast day\b[^.]{0,80}?\bis not a (?:business|working|banking) day[^.]{0,200}?\b(?:next|following|succeeding)\s+(?:business|working|banking)\s+day/i,
);
/** "after 5:00 p.m. ... deemed received on the next Business Day": same-day receipt up to the cut-off. */
const CUTOFF_THEN_NEXT_DAY_RE =
  /\bafter\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?[^.;]{0,160}?\b(?:next|following)\s+(?:business|working)\s+day\b/i;

function ruleOf(segment: string): Omit<DeemedReceipt, 'method'> | null {
  const cutoff = CUTOFF_RE.exec(segment);
  if (WHEN_SENT_RE.test(segment)) {
    if (cutoff) return { rule: 'when-sent', cutoff: cutoffOf(cutoff) };
    return { rule: 'when-sent' };
  }
  // Sent after the cut-off (or on a non-business day) it is received the next business day, so before it, when sent.
  if (cutoff && CUTOFF_THEN_NEXT_DAY_RE.test(segment)) return { rule: 'when-sent', cutoff: cutoffOf(cutoff) };
  const days = DAYS_AFTER_RE.exec(segment);
  if (days) {
    const raw = days[1] as string;
    // "one Business Day after": the word before the unit may be taken into the number's words.
    const amount = /^\d/.test(raw)
      ? Number(raw)
      : (parseNumberWords(raw.split(/\s+/).slice(-1)[0] ?? '') ?? parseNumberWords(raw) ?? parseNumberWords(raw.split(/\s+/)[0] ?? ''));
    const business = Boolean(days[2]) || /\s(?:business|working)$/i.test(raw);
    if (amount !== null && amount > 0) return { rule: business ? 'after-business-days' : 'after-days', amount };
  }
  const ordinal = ORDINAL_DAY_RE.exec(segment);
  if (ordinal) {
    const word = (ordinal[1] as string).toLowerCase();
    const amount = parseOrdinal(word);
    if (amount !== null && amount > 0) return { rule: ordinal[2] ? 'after-business-days' : 'after-days', amount };
  }
  // "next working day delivery service" names a kind of courier, not when a notice is received.
  if (
    /\b(?:next|following|one \(1\)|one|1)\s+(?:business|working)\s+day\b(?![ -](?:delivery|air|service|courier))|\bnext day\b(?![ -](?:delivery|air|service))|\bfollowing day\b/i.test(
      segment,
    )
  ) {
    return { rule: 'next-business-day' };
  }
  if (ON_DELIVERY_RE.test(segment)) return { rule: 'on-delivery' };
  return null;
}

const hasMethod = (piece: string): boolean => METHODS.some(([re]) => re.test(piece));
const hasRule = (piece: string): boolean => ruleOf(piece) !== null;

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
  // The method may come before or after its rule; each segment pairs one method with one rule.
  const segments = deliverySegments(clause, hasMethod, hasRule);
  const found = new Map<DeliveryMethod, DeemedReceipt>();
  for (const segment of segments) {
    const rule = ruleOf(segment);
    if (!rule) continue;
    for (const [re, method] of METHODS) {
      if (!re.test(segment)) continue;
      // "effective when sent, but notices sent by email after 5:00 p.m. ... the next Business Day": the cut-off qualifies the rule.
      const earlier = found.get(method);
      if (earlier?.rule === 'when-sent' && !earlier.cutoff && rule.cutoff) found.set(method, { ...earlier, cutoff: rule.cutoff });
      if (found.has(method)) continue;
      if (method === 'mail' && (found.has('certified-mail') || found.has('registered-mail')) && /certified|registered/i.test(segment))
        continue;
      found.set(method, { method, ...rule });
    }
  }
  applyEmailCutoff(clause, found);
  return withCutoffZone(clause, [...found.values()]);
}

/**
 * "Notices sent by email after 5:00 p.m. (recipient's local time) or on a day that is not a Business Day are
 * deemed received on the next Business Day": read over the whole sentence, since its "or on a day ..." splits
 * it into pieces. Before the cut-off on a business day an email is received when sent.
 */
function applyEmailCutoff(clause: string, found: Map<DeliveryMethod, DeemedReceipt>): void {
  for (const sentence of clause.split(/(?<!\b[ap]\.m)\.\s+/i)) {
    if (!/\be-?mail\b|\belectronic mail\b/i.test(sentence) || !CUTOFF_THEN_NEXT_DAY_RE.test(sentence)) continue;
    const cutoff = CUTOFF_RE.exec(sentence);
    if (!cutoff) continue;
    const email = found.get('email');
    if (email?.cutoff) return;
    if (!email || email.rule === 'when-sent' || email.rule === 'next-business-day')
      found.set('email', { method: 'email', rule: 'when-sent', cutoff: cutoffOf(cutoff) });
    return;
  }
}
