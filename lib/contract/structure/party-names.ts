/**
 * The pieces of a preamble that name parties: alias definitions ('("Acme")', '(the "Company")',
 * '(hereinafter referred to as "Marketing Affiliate" or "MA")', 'Hereinafter referred to as
 * "Customer"'), the cut between a name and its description, and what is not a party name.
 */
import type { Span } from './sentence.ts';

export interface AliasDefinition extends Span {
  aliases: string[];
}

const ROLES = new Set([
  'provider',
  'customer',
  'client',
  'licensor',
  'licensee',
  'distributor',
  'supplier',
  'vendor',
  'company',
  'contractor',
  'consultant',
  'reseller',
  'franchisor',
  'franchisee',
  'seller',
  'buyer',
  'purchaser',
  'manufacturer',
  'agent',
  'affiliate',
  'shipper',
  'transporter',
  'carrier',
  'sponsor',
  'network',
  'publisher',
  'developer',
  'partner',
  'lessor',
  'lessee',
  'landlord',
  'tenant',
  'lender',
  'borrower',
  'employer',
  'executive',
  'service provider',
  'marketing affiliate',
  'owner',
  'operator',
  'host',
  'co-host',
  'subscriber',
  'user',
  'member',
  'investor',
  'adviser',
  'advisor',
  'manager',
  'sub-adviser',
  'sub-advisor',
  'talent',
  'agency',
  'counterparty',
  'licensee',
  'principal',
  'recipient',
  'discloser',
]);
// Defined terms in a preamble that are not parties.
const NOT_ALIAS =
  /^(?:agreement|this agreement|effective date|execution date|parties|party|term|territory|products?|services?|recitals?|date|amendment|funds?|fund agreements?|sites?|website|program|effective|closing date)$/i;

// '(' [lead-in] '"' alias '"' [(, | or | and) '"' alias '"']* ')'; OCR sometimes turns the opening
// quote into '-' or drops the closing one ('(hereinafter, -Licensee")', '(hereinafter, "VOTOCAST)').
const DEFINITION =
  /\(\s*(?:each\s+a\s+|individually\s+|together\s+with\s+its\s+affiliates,?\s+)?(?:(?:hereinafter|hereafter|herein|collectively|together|jointly|also),?\s+)*(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+|this\s+)?[-"\u201c\u201d]([^"\u201c\u201d()]{1,60})["\u201c\u201d]?((?:\s*(?:,|;|or|and|and\/or)\s*(?:the\s+)?["\u201c][^"\u201d()]{1,60}["\u201d])*)\s*\)|\b(?:[Hh]ereinafter|HEREINAFTER)\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?["\u201c]([^"\u201c\u201d]{1,40})["\u201d]|\(([A-Z][A-Z0-9&-]{2,11})\)(?=\s*(?:,|and\b|;|$))/g;
const QUOTED = /["\u201c]([^"\u201d]{1,60})["\u201d]/g;

/**
 * The alias definitions of a preamble, in order, without the defined terms that are not parties.
 * @example aliasDefinitions('ACME CORP. ("Acme", "we")')[0].aliases // ['Acme', 'we']
 */
export function aliasDefinitions(preamble: string): AliasDefinition[] {
  const found: AliasDefinition[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(preamble); m !== null; m = DEFINITION.exec(preamble)) {
    const first = (m[1] ?? m[3] ?? m[4] ?? '').trim();
    const more = [...(m[2] ?? '').matchAll(QUOTED)].map((q) => (q[1] as string).trim());
    const aliases = [first, ...more]
      .map((a) => a.replace(/^the\s+/i, '').replace(/[.,;]+$/, ''))
      .filter((a) => a !== '' && !NOT_ALIAS.test(a));
    found.push({ start: m.index, end: m.index + m[0].length, aliases });
  }
  return found;
}

/** A company suffix or an institution word: the mark of a legal person's name. */
export const ENTITY =
  /\b(?:inc|incorporated|corp|corporation|llc|l\.l\.c|ltd|limited|l\.p|lp|llp|plc|gmbh|ag|s\.a|s\.p\.a|s\.r\.l|n\.v|b\.v|co|company|bank|trust|university|holdings?|group|partners(?:hip)?|pte|pty|fund)\b\.?/i;

const DESCRIPTION =
  /,\s*(?:\d|an?\s|with\s|having\s|located\s|whose\s|organi[sz]ed\s|incorporated\s|existing\s|doing\s|d\/b\/a|dba\b|of\s+\d|registered\s|a\s+company|acting\s|on\s+behalf)|\s+\((?![A-Z][A-Za-z]+\)\s+(?:Limited|Ltd|Inc|LLC|GmbH|AG|plc))|\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:corporation|company|partnership|limited|LLC|entity|individual|bank|association|organi[sz]ation)\b|\s+(?:with\s+(?:(?:a|its)\s+)?(?:(?:principal|registered|main)\s+)?(?:offices?|place|address|principal|registered|main)\b|having\s|whose\s|located\s|of\s+\d|incorporated\s|organi[sz]ed\s)|\s+with\s+(?:company|registered|registration)\s+(?:number|no)\b|\s+and\/or\s+assigns|\s{3,}|\n/i;

/**
 * The name at the start of `candidate`, cut before its description; null when nothing name-like is left.
 * @example cutDescription('Cloudline, Inc., a Delaware corporation, with offices at ...') // 'Cloudline, Inc.'
 */
export function cutDescription(candidate: string): string | null {
  let name = candidate.trim();
  const cut = DESCRIPTION.exec(name);
  if (cut) name = name.slice(0, cut.index);
  name = name
    .replace(/\s+/g, ' ')
    .replace(/[,;:\s]+$/, '')
    .replace(/\.{2,}$/, '.')
    .trim();
  return name.length >= 2 && name.length <= 100 ? name : null;
}

/**
 * True for a string that can be a party's name: not the agreement's own title ("THIS SERVICES
 * AGREEMENT"), not a sum, a date or a sentence, and starting with a capital or a digit (or, when
 * the caller has seen its company description, in lower case: "i-on interactive").
 * @example isPartyName('THIS SERVICES AGREEMENT') // false
 */
export function isPartyName(name: string, allowLowerCase = false): boolean {
  if (!(allowLowerCase ? /^[A-Za-z0-9]/ : /^[A-Z0-9]/).test(name)) return false;
  if (/^(?:between|among|and|by|the|this|that|these|such|each|either|both)$/i.test(name)) return false;
  if (/^(?:this|the\s+parties)\b/i.test(name) || /\bagreement\b/i.test(name)) return false;
  if (/\$|\.\s+[A-Z][a-z]+\s+[a-z]/.test(name) || /^\d+[a-z]/.test(name) || /^\d[\d\s,.-]*$/.test(name)) return false;
  // A name ending in a lower-case word is a sentence ("Derivatives Association, Inc., are"), unless the
  // whole name is written in lower case ("i-on interactive").
  if (/^Source:/.test(name) || (/^[A-Z0-9]/.test(name) && /\s(?!(?:inc|ltd|llc|plc|corp|co|bv|nv|ag|sa|srl)\b)[a-z]+$/.test(name)))
    return false;
  // An all-capitals sentence ("AGREES TO BE BOUND BY IT") is not a name.
  if ((name.match(/\b(?:TO|BE|BY|IS|ARE|SHALL|WILL|AGREES?|IT)\b/g) ?? []).length >= 2) return false;
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(name)) return false;
  return /[A-Za-z]{2}/.test(name);
}

/**
 * The role word among the aliases ("Customer" → "customer"), or null.
 * @example roleOf(['Cloudline', 'Provider']) // 'provider'; roleOf(['Acme']) // null
 */
export function roleOf(aliases: string[]): string | null {
  for (const alias of aliases) if (ROLES.has(alias.toLowerCase())) return alias.toLowerCase();
  return null;
}
