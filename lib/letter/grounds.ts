import type { Ground } from '../domain/types.ts';

/**
 * The grounds a letter states for its action, in the shared vocabulary. A ground is a fact the sender
 * asserts ("violations of our Acceptable Use Policy"); whether it is true is what a CONDITIONAL verdict
 * leaves open.
 */

const GROUNDS: [Ground, RegExp][] = [
  ['material-breach', /\bmaterial(?:ly)?\s+(?:breach|default)|\bmaterially\s+(?:breached|violated|failed)/i],
  [
    'breach',
    /\bbreach(?:ed|es)?\b|\bin default\b|\bdefault(?:ed)? (?:under|in)\b|\bviolat\w*\s+(?:of\s+)?(?:(?:the|this|our|its|their)\s*)?(?:master\s+|services?\s+|hosting\s+)?agreement|\bfail(?:ed|ure|s)? to (?:perform|comply|meet|deliver)/i,
  ],
  [
    'non-payment',
    /\bnon-?payment\b|\blate payment\b|\bpayments? (?:\w+ ){0,3}(?:late|not (?:been )?received)\b|\bin arrears\b|\bdelinquent\b|\bfail(?:ed|ure|s)? to (?:timely )?(?:make )?(?:pay|payment)\b|\bunpaid\b|\bpast[- ]due\b|\boverdue\b|\boutstanding (?:balance|amount|invoice|fees)/i,
  ],
  [
    'policy-violation',
    // Each optional word carries its own trailing spaces: bare `\s*` runs side by side split one long run of
    // spaces every way (cubic here).
    /\bacceptable use policy\b|\bAUP\b|\b(?:usage|use|content|security|privacy|anti-?spam)\s+polic(?:y|ies)\b|\bpolicy violations?\b|\bviolat\w*\s+(?:of\s+)?(?:(?:our|the|its)\s*)?(?:[\w-]+\s*)?polic/i,
  ],
  [
    'security-risk',
    /\bsecurity (?:risk|threat|incident|breach|vulnerabilit)|\bthreat to the (?:security|integrity)|\bcompromised\b|\bmalware\b|\bbotnet\b|\bdenial[- ]of[- ]service\b|\bDDoS\b|\bunauthori[sz]ed access\b/i,
  ],
  ['insolvency', /\binsolven|\bbankrupt|\breceiver(?:ship)?\b|\bassignment for the benefit of creditors\b|\bliquidat/i],
  [
    'legal-compliance',
    /\brequired by (?:applicable )?law\b|\bto comply with (?:applicable )?(?:law|regulation|a court order)|\bcourt order\b|\bregulatory (?:requirement|order|authority)|\bsubpoena\b|\bsanctions\b/i,
  ],
  [
    'winding-down',
    /\bwind(?:ing)?[- ]down\b|\bdiscontinu\w*\s+(?:the|our|its|this)\s+(?:service|product|offering|business)|\bcease (?:offering|providing|operations)|\bexit(?:ing)? the (?:business|market)/i,
  ],
  ['change-of-control', /\bchange (?:of|in) control\b/i],
  ['force-majeure', /\bforce majeure\b/i],
  ['convenience', /\bfor (?:its |our )?convenience\b|\bfor any (?:reason|or no reason)\b|\bwithout cause\b/i],
  ['cause', /\bfor cause\b/i],
];

/**
 * The grounds written in `text`, in vocabulary order, without duplicates.
 * @example readGrounds('for repeated violations of our Acceptable Use Policy') // ['policy-violation']
 */
export function readGrounds(text: string): Ground[] {
  // "security breach" is a security ground, not a breach of contract.
  const cleaned = text.replace(/\bsecurity breach(es)?\b/gi, 'security incident$1');
  return GROUNDS.filter(([, re]) => re.test(cleaned)).map(([ground]) => ground);
}
