/**
 * Clause wording for generated benchmark contracts. Each template draws its wording and numbers from
 * the seeded generator so a long document reads like a real agreement with exhibits, not one clause
 * repeated: the analysis must do the work it does on real contracts (periods, qualifiers, parties).
 */
import { numberWords } from './number-words.ts';
import type { Random } from './random.ts';

export interface Parties {
  provider: string;
  customer: string;
  providerRole: string;
  customerRole: string;
}

export type Clause = (r: Random, p: Parties) => string;

/** "thirty (30) days", "30 days", "ninety (90) calendar days", "one (1) month" ... */
export function writtenPeriod(r: Random, amounts: readonly number[], units: readonly string[] = ['days']): string {
  const amount = r.pick(amounts);
  let unit = r.pick(units);
  if (amount === 1) unit = unit.replace(/s$/, '');
  const style = r.int(0, 3);
  if (style === 0) return `${amount} ${unit}`;
  if (style === 1) return `${numberWords(amount)} ${unit}`;
  return `${numberWords(amount)} (${amount}) ${unit}`;
}

const either = (r: Random, p: Parties): string =>
  r.pick(['either party', 'Either Party', 'each party', `${p.providerRole} or ${p.customerRole}`]);
const written = (r: Random): string =>
  r.pick(['written notice', 'prior written notice', 'advance written notice', 'written notice of termination']);
const qualifier = (r: Random): string => r.pick(['at least', 'not less than', 'no less than', 'a minimum of']);

export const TERM: Clause = (r) =>
  `This Agreement commences on the Effective Date and continues for an initial term of ${writtenPeriod(r, [1, 2, 3, 5], ['years'])} (the "Initial Term"), unless terminated earlier in accordance with this Agreement.`;

/** Automatic renewal unless a party gives notice of non-renewal: the clause every run's deadlines come from. */
export const RENEWAL: Clause = (r, p) =>
  r.pick([
    `Thereafter, this Agreement shall automatically renew for successive renewal terms of ${writtenPeriod(r, [1, 2], ['years'])} each (each a "Renewal Term") unless ${either(r, p)} gives the other ${written(r)} of non-renewal ${qualifier(r)} ${writtenPeriod(r, [30, 60, 90, 120, 180])} prior to the end of the then-current term.`,
    `Upon expiration of the Initial Term, this Agreement will renew automatically for additional periods of ${writtenPeriod(r, [12, 24], ['months'])} unless either party notifies the other in writing of its intention not to renew no later than ${writtenPeriod(r, [30, 45, 60, 90])} before the expiration of the then-current term.`,
  ]);

export const CONVENIENCE: Clause = (r, p) =>
  r.pick([
    `${r.pick([p.customerRole, 'Either party'])} may terminate this Agreement for convenience at any time upon ${writtenPeriod(r, [30, 60, 90])} ${written(r)} to the other party.`,
    `Either party may terminate this Agreement, in whole or in part, without cause by providing the other party with ${qualifier(r)} ${writtenPeriod(r, [30, 45, 60, 90, 180])} ${written(r)}.`,
    `${p.customerRole} may terminate any Statement of Work for any reason or no reason on ${writtenPeriod(r, [10, 15, 30], ['business days', 'days'])}' notice, provided that ${p.customerRole} pays all Fees accrued through the effective date of termination.`,
  ]);

export const CURE: Clause = (r, p) =>
  r.pick([
    `Either party may terminate this Agreement if the other party materially breaches this Agreement and fails to cure such breach within ${writtenPeriod(r, [10, 15, 30, 45, 60])} after receipt of written notice describing the breach in reasonable detail.`,
    `If ${p.customerRole} fails to pay any undisputed amount when due and does not cure such failure within ${writtenPeriod(r, [5, 10, 15], ['business days', 'days'])} after written notice from ${p.providerRole}, ${p.providerRole} may terminate this Agreement immediately upon notice.`,
    `A party in material breach shall have ${writtenPeriod(r, [15, 30, 60])} from receipt of notice of the breach to remedy it; if the breach is not remedied within that period the non-breaching party may terminate this Agreement by further written notice.`,
  ]);

export const IMMEDIATE: Clause = (r, p) =>
  `${either(r, p).replace(/^./, (c) => c.toUpperCase())} may terminate this Agreement immediately upon written notice if the other party becomes insolvent, makes a general assignment for the benefit of creditors, files a petition in bankruptcy, or has a receiver appointed for any substantial part of its assets.`;

export const SUSPENSION_FOR_PAYMENT: Clause = (r, p) =>
  `${p.providerRole} may suspend ${p.customerRole}'s access to the Services upon ${writtenPeriod(r, [5, 10, 15], ['days', 'business days'])}' written notice if any amount owed is more than ${writtenPeriod(r, [30, 45, 60])} overdue, and shall restore access promptly once payment is received.`;

export const SUSPENSION_FOR_SECURITY: Clause = (r, p) =>
  `${p.providerRole} may suspend the Services ${r.pick(['immediately and without prior notice', 'immediately upon notice', 'with such notice as is practicable'])} if ${p.customerRole}'s use of the Services poses a security risk to the Services or any third party, or violates the Acceptable Use Policy.`;

export const SUSPENSION: Clause = (r, p) => (r.chance(0.6) ? SUSPENSION_FOR_PAYMENT : SUSPENSION_FOR_SECURITY)(r, p);

export const NOTICES: Clause = (r) =>
  `All notices under this Agreement shall be in writing and shall be deemed given: (a) when delivered personally; (b) ${r.pick(['one (1) business day', 'the next business day'])} after deposit with a nationally recognized overnight courier; (c) ${writtenPeriod(r, [3, 5], ['business days'])} after mailing by certified or registered mail, return receipt requested; or (d) when sent by email, ${r.pick(['provided that email sent after 5:00 p.m. recipient local time shall be deemed received on the next business day', 'with confirmation of transmission', 'if sent during normal business hours of the recipient, and otherwise on the next business day'])}.`;

export const GOVERNING_LAW: Clause = (r) => {
  const state = r.pick(['New York', 'Delaware', 'California', 'Washington', 'Texas', 'Illinois', 'Massachusetts']);
  return `This Agreement shall be governed by and construed in accordance with the laws of the State of ${state}, without regard to its conflict of laws principles. The state and federal courts located in ${state} shall have exclusive jurisdiction over any dispute arising out of this Agreement.`;
};

export const BOILERPLATE: readonly Clause[] = [
  (r) =>
    `Neither party may assign this Agreement without the prior written consent of the other party, which shall not be unreasonably withheld, except in connection with a merger, acquisition or sale of all or substantially all of its assets, provided the assignee agrees in writing to be bound by this Agreement. Any attempted assignment in violation of this Section ${r.int(10, 19)}.${r.int(1, 9)} is void.`,
  () =>
    `Each party shall hold the other party's Confidential Information in confidence, use it only to perform its obligations or exercise its rights under this Agreement, and protect it with at least the degree of care it uses to protect its own confidential information of a similar nature, but in no event less than reasonable care.`,
  (r) =>
    `Except for breaches of confidentiality and indemnification obligations, neither party's aggregate liability arising out of or related to this Agreement shall exceed the total Fees paid or payable in the ${writtenPeriod(r, [6, 12, 24], ['months'])} preceding the event giving rise to the claim.`,
  () =>
    `Neither party shall be liable for any failure or delay in performance caused by events beyond its reasonable control, including acts of God, fire, flood, war, terrorism, labor disputes, governmental action or failures of public utilities or networks.`,
  () =>
    `This Agreement, together with its Exhibits and each Statement of Work, constitutes the entire agreement between the parties concerning its subject matter and supersedes all prior and contemporaneous agreements, proposals and representations, written or oral.`,
  () =>
    `If any provision of this Agreement is held invalid or unenforceable, that provision shall be enforced to the maximum extent permissible and the remaining provisions shall continue in full force and effect.`,
  (r, p) =>
    `${p.customerRole} shall pay all invoices within ${writtenPeriod(r, [15, 30, 45, 60])} of the invoice date. Late payments bear interest at the lesser of ${r.pick(['one percent (1%)', 'one and one-half percent (1.5%)'])} per month or the maximum rate permitted by law.`,
  (r, p) =>
    `${p.providerRole} warrants that the Services will be performed in a professional and workmanlike manner consistent with generally accepted industry standards. ${p.customerRole} must report any breach of this warranty within ${writtenPeriod(r, [30, 60, 90])} after performance of the affected Services.`,
  (r, p) =>
    `${p.providerRole} shall make the Services available at least ${r.pick(['99.5%', '99.9%', '99.95%'])} of the time in each calendar month, excluding Scheduled Maintenance announced at least ${writtenPeriod(r, [24, 48, 72], ['hours'])} in advance. Service credits are ${p.customerRole}'s sole remedy for unavailability.`,
  (r, p) =>
    `${p.customerRole} may audit ${p.providerRole}'s compliance with this Agreement no more than once in any ${writtenPeriod(r, [12], ['months'])} period, on ${writtenPeriod(r, [10, 30], ['business days', 'days'])}' prior written notice, during normal business hours and subject to reasonable confidentiality obligations.`,
  () =>
    `Each party shall indemnify, defend and hold harmless the other party and its officers, directors and employees from and against any third-party claims, damages, liabilities, costs and expenses, including reasonable attorneys' fees, arising from its gross negligence or willful misconduct.`,
  () =>
    `No failure or delay by either party in exercising any right under this Agreement shall operate as a waiver of that right, nor shall any single or partial exercise of any right preclude any further exercise of that right or of any other right.`,
];
