/**
 * The parties an agreement defines in its preamble, with their aliases and role words:
 * 'ACME CORP., a Delaware corporation ("Acme")', 'Cloudline Inc. (the "Company")',
 * '("Provider", "we", "us")', '(hereinafter "Distributor")', and plain "between X and Y".
 */
import type { Party } from '../domain/types.ts';

const PREAMBLE = 3000;
const ROLES = new Set([
  'provider', 'customer', 'client', 'licensor', 'licensee', 'distributor', 'supplier', 'vendor', 'company', 'contractor',
  'consultant', 'reseller', 'franchisor', 'franchisee', 'seller', 'buyer', 'purchaser', 'manufacturer', 'agent', 'affiliate',
  'shipper', 'transporter', 'carrier', 'sponsor', 'network', 'publisher', 'developer', 'partner', 'lessor', 'lessee',
  'landlord', 'tenant', 'lender', 'borrower', 'employer', 'executive', 'service provider', 'marketing affiliate', 'owner',
  'operator', 'host', 'subscriber', 'user', 'member', 'investor', 'adviser', 'advisor', 'manager', 'sub-adviser',
]);
const NOT_PARTIES = /^(?:agreement|this agreement|effective date|parties|party|term|territory|products?|services?|recitals?|date|amendment)$/i;
const ENTITY = /\b(?:inc|incorporated|corp|corporation|llc|l\.l\.c|ltd|limited|l\.p|lp|llp|plc|gmbh|ag|s\.a|s\.p\.a|s\.r\.l|n\.v|b\.v|co|company|bank|trust|university|holdings?|group|partners(?:hip)?)\b\.?/i;

// A parenthesis that defines names: ("Acme"), (the "Company"), (hereinafter referred to as "Distributor"), ("Provider", "we", "us").
const DEFINITION = /\(\s*(?:each\s+a\s+|individually\s+|together\s+with\s+its\s+affiliates,?\s+)?(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?["\u201c]([^"\u201d()]{1,60})["\u201d](?:\s*(?:,|or|and|and\/or)\s*(?:the\s+)?["\u201c][^"\u201d()]{1,60}["\u201d])*\s*\)/g;
const QUOTED = /["\u201c]([^"\u201d]{1,60})["\u201d]/g;

const DESCRIPTION = /,\s*(?:\d|an?\s|with\s|having\s|located\s|whose\s|organi[sz]ed\s|incorporated\s|doing\s|d\/b\/a)|\s+\(|\s+a\s+(?:\w+\s+){0,3}(?:corporation|company|partnership)/i;
const BOUNDARY = /\b(?:between|among|by|and)\s+|:\s*|\n\s*\n\s*/gi;

function trimName(candidate: string): string | null {
  let name = candidate.replace(/\s+/g, ' ').trim();
  const cut = DESCRIPTION.exec(name);
  if (cut) name = name.slice(0, cut.index);
  name = name.replace(/[,;:\s]+$/, '').trim();
  // Words that only join parties, a sum of money, or a sentence are not names.
  if (/^(?:between|among|and|by|the)$/i.test(name) || /\$|\.\s+[A-Z][a-z]+\s+[a-z]/.test(name) || /^\d+[a-z]/.test(name)) return null;
  return name.length >= 2 && name.length <= 100 ? name : null;
}

/**
 * The party name that ends a preamble segment: the text after the last "between", "by", "and"
 * (or line break) that begins with a capital, up to its description (", a Delaware corporation").
 * Lower-case continuations ("organized and existing under ...") are descriptions, not boundaries.
 */
function cleanName(segment: string): string | null {
  const starts = [0, ...[...segment.matchAll(BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length)];
  for (let i = starts.length - 1; i >= 0; i -= 1) {
    const candidate = segment.slice(starts[i]).trimStart();
    if (!/^[A-Z0-9]/.test(candidate)) continue;
    const name = trimName(candidate);
    if (name !== null) return name;
  }
  return null;
}

function roleOf(aliases: string[]): string | null {
  for (const alias of aliases) if (ROLES.has(alias.toLowerCase())) return alias.toLowerCase();
  return null;
}

/**
 * The parties defined in the preamble (the text before the recitals), in order.
 * @example findParties('between ACME CORP., a Delaware corporation ("Acme"), and Beta LLC (the "Customer")')
 * // [{ name: 'ACME CORP.', aliases: ['Acme'], role: null }, { name: 'Beta LLC', aliases: ['Customer'], role: 'customer' }]
 */
export function findParties(text: string): Party[] {
  const recitals = /\b(?:WHEREAS|RECITALS|W I T N E S S E T H|NOW,? THEREFORE|BACKGROUND)\b/.exec(text.slice(0, PREAMBLE));
  const preamble = text.slice(0, recitals ? Math.max(recitals.index, 200) : PREAMBLE);
  const parties: Party[] = [];
  let segmentStart = 0;
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(preamble); m !== null; m = DEFINITION.exec(preamble)) {
    const aliases = [...m[0].matchAll(QUOTED)].map((q) => (q[1] as string).trim()).filter((a) => a !== '');
    const segment = preamble.slice(segmentStart, m.index);
    segmentStart = m.index + m[0].length;
    if (aliases.length === 0 || aliases.every((a) => NOT_PARTIES.test(a))) continue;
    const name = cleanName(segment.slice(-250));
    if (name === null) continue;
    const looksLikeParty = ENTITY.test(name) || roleOf(aliases) !== null || /^[A-Z0-9][A-Z0-9 .,&'-]+$/.test(name);
    if (!looksLikeParty) continue;
    const key = name.toLowerCase().replace(/[\s,.]+/g, '');
    if (parties.some((p) => p.name.toLowerCase().replace(/[\s,.]+/g, '') === key)) continue;
    parties.push({ name, aliases: aliases.filter((a) => a !== name), role: roleOf(aliases) });
  }
  if (parties.length === 0) {
    const between = /\bbetween\s+([^,()\n]{2,80}?)(?:,[^,]{0,120})?\s+and\s+([^,()\n]{2,80}?)(?:,|\.|\s+\(|\n)/i.exec(preamble);
    if (between) {
      for (const raw of [between[1], between[2]]) {
        const name = cleanName(raw ?? '');
        if (name !== null) parties.push({ name, aliases: [], role: null });
      }
    }
  }
  return parties;
}
