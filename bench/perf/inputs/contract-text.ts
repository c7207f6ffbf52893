/**
 * An endless, deterministic stream of contract paragraphs: a master services agreement with its notice
 * provisions (term, renewal, termination for convenience and for cause, suspension, notices, governing
 * law) followed by as many statements of work as the page count needs. A few statements of work carry
 * their own termination, cure and suspension language, as real long agreements do.
 */
import * as clauses from './clauses.ts';
import { createRandom, type Random } from './random.ts';

const PROVIDERS = ['Cloudline Systems, Inc.', 'Northwind Data LLC', 'Bluepeak Software Corp.', 'Harbor Analytics, Inc.'];
const CUSTOMERS = ['Acme Retail Group, Inc.', 'Meridian Health Partners LLC', 'Granite Logistics Co.', 'Silverleaf Foods, Inc.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parties(r: Random): clauses.Parties {
  return {
    provider: r.pick(PROVIDERS),
    customer: r.pick(CUSTOMERS),
    providerRole: r.pick(['Provider', 'Supplier', 'Vendor']),
    customerRole: r.pick(['Customer', 'Client', 'Subscriber']),
  };
}

function* mainAgreement(r: Random, p: clauses.Parties): Generator<string> {
  const date = `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2019, 2025)}`;
  yield 'MASTER SERVICES AGREEMENT';
  yield `This Master Services Agreement (the "Agreement") is entered into as of ${date} (the "Effective Date") by and between ${p.provider}, a Delaware corporation ("${p.providerRole}"), and ${p.customer}, a ${r.pick(['New York', 'Texas', 'Nevada'])} corporation ("${p.customerRole}").`;
  const sections: [string, clauses.Clause[]][] = [
    ['Services', [clauses.BOILERPLATE[7]!, clauses.BOILERPLATE[8]!]],
    ['Fees and Payment', [clauses.BOILERPLATE[6]!]],
    ['Term and Renewal', [clauses.TERM, clauses.RENEWAL]],
    ['Termination', [clauses.CONVENIENCE, clauses.CURE, clauses.IMMEDIATE]],
    ['Suspension', [clauses.SUSPENSION_FOR_PAYMENT, clauses.SUSPENSION_FOR_SECURITY]],
    ['Confidentiality', [clauses.BOILERPLATE[1]!]],
    ['Limitation of Liability', [clauses.BOILERPLATE[2]!, clauses.BOILERPLATE[10]!]],
    ['Notices', [clauses.NOTICES]],
    ['Governing Law', [clauses.GOVERNING_LAW]],
    [
      'General',
      [clauses.BOILERPLATE[0]!, clauses.BOILERPLATE[3]!, clauses.BOILERPLATE[4]!, clauses.BOILERPLATE[5]!, clauses.BOILERPLATE[11]!],
    ],
  ];
  let number = 0;
  for (const [heading, items] of sections) {
    number += 1;
    yield `${number}. ${heading.toUpperCase()}`;
    let sub = 0;
    for (const clause of items) yield `${number}.${++sub} ${clause(r, p)}`;
  }
}

function* exhibit(r: Random, p: clauses.Parties, index: number): Generator<string> {
  yield `EXHIBIT ${index} - STATEMENT OF WORK NO. ${index}`;
  yield `This Statement of Work No. ${index} is issued under and governed by the Master Services Agreement between ${p.provider} and ${p.customer}. Capitalized terms have the meanings given in the Agreement.`;
  const count = r.int(6, 14);
  for (let i = 1; i <= count; i += 1) {
    // Statements of work mostly repeat boilerplate; a few carry their own termination, cure or suspension
    // terms. Renewal stays in the master agreement, as in real contracts (one renewal clause, one deadline set).
    const roll = r.next();
    const clause =
      roll < 0.03
        ? clauses.CONVENIENCE
        : roll < 0.06
          ? clauses.CURE
          : roll < 0.08
            ? clauses.SUSPENSION
            : roll < 0.09
              ? clauses.NOTICES
              : r.pick(clauses.BOILERPLATE);
    yield `${index}.${i} ${clause(r, p)}`;
  }
}

/**
 * The paragraphs of one generated agreement, forever; take as many as a page count or size needs.
 * @example [...take(contractParagraphs(7), 2)][0] // 'MASTER SERVICES AGREEMENT'
 */
export function* contractParagraphs(seed: number): Generator<string> {
  const r = createRandom(seed);
  const p = parties(r);
  yield* mainAgreement(r, p);
  for (let index = 1; ; index += 1) yield* exhibit(r, p, index);
}

/** Joins paragraphs until the text reaches `chars` characters (UTF-8 and UTF-16 lengths agree: ASCII only). */
export function contractText(seed: number, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const paragraph of contractParagraphs(seed)) {
    if (length >= chars) break;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}
