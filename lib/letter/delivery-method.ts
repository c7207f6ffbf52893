import type { DeliveryMethod } from '../domain/types.ts';

/**
 * How the letter was sent. The method decides deemed receipt (email when sent, courier next business day,
 * certified mail after N business days), so an explicit "Via ..." line wins over anything inferred.
 */

const METHODS: [DeliveryMethod, RegExp][] = [
  ['certified-mail', /\bcertified\s+(?:u\.?s\.?\s+)?mail\b|\breturn receipt requested\b/i],
  ['registered-mail', /\bregistered\s+(?:u\.?s\.?\s+|first[- ]class\s+)?(?:mail|post)\b|\brecorded delivery\b/i],
  [
    'courier',
    /\b(?:courier|fed\s?ex|federal express|dhl|overnight (?:delivery|courier|mail)|next[- ]day (?:delivery|air)|express (?:mail|delivery))\b/i,
  ],
  // Case-sensitive: "ups" is also a word ("sign-ups").
  ['courier', /\bU\.?P\.?S\.?(?=[\s,]|$)/],
  ['hand', /\b(?:by|via) (?:personal |hand[- ]?)delivery\b|\bhand[- ]delivered\b|\bdelivered by hand\b|\bby hand\b|\bpersonal delivery\b/i],
  ['fax', /\b(?:fax|facsimile|telecopy|telecopier)\b/i],
  ['email', /\b(?:e-?mail|electronic mail)\b/i],
  // "first class post", "pre-paid first-class post", "ordinary post", "Royal Mail": English letters say post.
  [
    'mail',
    /\b(?:(?:first|second)[- ]class (?:u\.?s\.?\s+)?(?:mail|post)|u\.?s\.?\s+mail|regular mail|ordinary (?:mail|post)|royal mail|(?:by|via) (?:pre-?paid )?(?:post|mail))\b/i,
  ],
];

/** Lines that state how this letter travels: "VIA CERTIFIED MAIL", "By email and FedEx", "Sent by courier". */
const DELIVERY_LINE = /^[ \t]*(?:(?:sent\s+)?(?:via|by)\b|delivered\s+by\b|delivery(?: method)?\s*:).{0,120}$/gim;

function methodsIn(text: string): DeliveryMethod[] {
  const found: { method: DeliveryMethod; index: number }[] = [];
  for (const [method, re] of METHODS) {
    const m = re.exec(text);
    // Certified mail already names the mail; do not list plain mail for "certified U.S. mail".
    if (
      m &&
      !found.some((f) => f.method === method) &&
      !(method === 'mail' && found.some((f) => f.method === 'certified-mail' || f.method === 'registered-mail'))
    ) {
      found.push({ method, index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.method);
}

/**
 * Every delivery method the letter states, in the order written; `isEmail` adds email when the document is an
 * email (From/To/Sent headers) and says nothing else.
 * @example readDeliveryMethods('VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED\n', false) // ['certified-mail']
 */
export function readDeliveryMethods(text: string, isEmail: boolean): DeliveryMethod[] {
  const head = text.slice(0, 3000);
  const lines = [...head.matchAll(DELIVERY_LINE)].map((m) => m[0]);
  // "By: /s/ Ana Ruiz" is a signer; only lines that name a method count.
  const fromLines = lines.flatMap((l) => methodsIn(l));
  if (fromLines.length > 0) return [...new Set(fromLines)];
  // An email is sent by email whatever else the body says ("a copy follows by courier").
  const sentBy = /\b(?:sent|delivered|transmitted|provided|given)\s+(?:to you\s+)?(?:by|via)\s+([^.\n]{3,80})/i.exec(text);
  const stated = sentBy?.[1] ? methodsIn(sentBy[1]) : [];
  return [...new Set<DeliveryMethod>([...(isEmail ? (['email'] as const) : []), ...stated])];
}
