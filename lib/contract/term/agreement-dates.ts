/**
 * The agreement date (when it was made) and the effective date (when it takes effect).
 *
 * Rules, in order of strength:
 * - an explicit definition: `March 15, 2019 (the "Effective Date")`, `"Effective Date" means
 *   March 15, 2019`, `EFFECTIVE DATE: November 01, 2016`, `effective as of March 15, 2019`,
 *   `shall commence on April 1, 1999`;
 * - an effective date defined as the date of the agreement ("the date first above written",
 *   "the date hereof") is the agreement date;
 * - with no stated effective date, an agreement takes effect when made: the agreement date.
 * The agreement date is the date of the preamble ("dated as of", "made and entered into on",
 * "this 15th day of March, 2019"), else the first full date near the top of the document.
 */
import { findDates, type FoundDate } from '../dates.ts';

const PREAMBLE = 4000;

const AGREEMENT_CUE = /\b(?:dated|made|entered into|executed|effective|as of|this\b[^.]{0,20}\bday|agreement|date:)/i;

/** The date the agreement was made, or null. */
export function findAgreementDate(text: string, dates: FoundDate[]): FoundDate | null {
  const early = dates.filter((d) => d.start < PREAMBLE && d.precision === 'day');
  const cued = early.find((d) => AGREEMENT_CUE.test(text.slice(Math.max(0, d.start - 80), d.start)));
  if (cued ?? early[0]) return cued ?? early[0] ?? null;
  // No date at the top: the agreement is dated by its signatures ("IN WITNESS WHEREOF ... Rome, 2 April 2020").
  const witness = /IN\s+WITNESS\s+WHEREOF/i.exec(text.slice(Math.max(0, text.length - 20_000)));
  const from = witness ? Math.max(0, text.length - 20_000) + witness.index : text.length - 3000;
  return dates.find((d) => d.start >= from && d.precision === 'day') ?? null;
}

const DEFINED_AFTER = /^[\s,]*\(?(?:the|this|hereinafter(?: referred to as)?(?: the)?|herein called(?: the)?)?\s*["\u201c\u201d*]?\s*Effective\s+Date/i;
const DEFINED_BEFORE = /(?:Effective\s+Date["\u201d]?\s*(?:\)|of this Agreement)?\s*(?::|means|shall mean|shall be|is|will be)|(?:be|become|becomes|is|are)\s+effective\s+(?:as of|on|from)|effective\s+(?:as of|on|this)|commenc\w*\s+(?:on|upon|as of)|(?:start|begin)\w*\s+(?:on|upon|as of)|Contract\s+start:|EFFECTIVE DATE:?)[\s(the]*$/i;

/** The stated effective date, or null when the text does not state one. */
export function findStatedEffectiveDate(text: string, dates: FoundDate[]): FoundDate | null {
  for (const d of dates) {
    if (d.precision !== 'day') continue;
    if (DEFINED_AFTER.test(text.slice(d.end, d.end + 60))) return d;
    if (DEFINED_BEFORE.test(text.slice(Math.max(0, d.start - 80), d.start))) return d;
  }
  return null;
}

/** The effective date: stated, else the agreement date (an agreement takes effect when made). */
export function findEffectiveDate(text: string, dates: FoundDate[], agreementDate: FoundDate | null): FoundDate | null {
  return findStatedEffectiveDate(text, dates) ?? agreementDate;
}
