/**
 * Dates written as labels ("Effective Date: March 1, 1996", "Termination Date: 1 April 2009",
 * "Date: 3-14-18", "Dated: December 14, 2015") and the dates of the signatures.
 *
 * EDGAR filings carry a "Source: COMPANY, 10-K, 8/22/2019" line on each page: the filing date is never
 * a date of the agreement, so dates on such lines are dropped everywhere.
 */
import { findDates, type FoundDate } from '../dates.ts';

export type DateLabel = 'signature' | 'effective' | 'expiration' | 'agreement' | 'other';

export interface LabelledDate extends FoundDate {
  label: DateLabel;
}

// The word written right before "Date" makes it a compound label ("Effective Date", "Trade Date"),
// unless a column gap separates them ("Title: CEO      Date: 3-14-18").
const WORD_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]+)[ \t]{1,2}$/;
const LABELS: ReadonlyArray<[DateLabel, RegExp]> = [
  ['effective', /^(?:effective|commencement|start|starting|inception)$/i],
  ['expiration', /^(?:termination|expiration|expiry|end|ending|maturity)$/i],
  ['agreement', /^(?:trade|agreement|contract)$/i],
  ['signature', /^(?:signature|execution|signing)$/i],
];
const MAX_LABELS = 200;

function labelBefore(text: string, at: number): DateLabel {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (word === undefined) return 'signature';
  for (const [label, words] of LABELS) if (words.test(word)) return label;
  // "Supersedes Appendix Dated:", "Issue Date:": some other date.
  return 'other';
}

/** True when the date sits on an EDGAR "Source:" line. */
export function onSourceLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.startsWith('Source:', lineStart) || text.slice(lineStart, at).includes('Source:');
}

/**
 * Every date written right after a "... Date" label, with the kind of label.
 * @example labelledDates('Termination Date:   1 April 2009')[0] // { iso: '2009-04-01', label: 'expiration', ... }
 */
export function labelledDates(text: string): LabelledDate[] {
  const found: LabelledDate[] = [];
  for (const form of ['Date', 'DATE']) {
    for (let at = text.indexOf(form); at >= 0 && found.length < MAX_LABELS; at = text.indexOf(form, at + 4)) {
      const after = at + form.length;
      const window = text.slice(after, after + 60);
      const lead = /^(?:d|D)?(?:[ \t]+Signed)?[ \t]*:?[ \t]*(?:\n[ \t]*)?/.exec(window);
      const date = findDates(window.slice(0, 45), after)[0];
      if (!date || date.precision !== 'day' || date.start - after !== (lead?.[0].length ?? 0)) continue;
      if (at > 0 && /[A-Za-z]/.test(text.charAt(at - 1))) continue; // "Update:", "Mandate"
      if (onSourceLine(text, at)) continue;
      found.push({ ...date, label: labelBefore(text, at) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const WITNESS = /IN\s+WITNESS\s+WHEREOF|In\s+Witness\s+Whereof/g;
const SIGNATURE_BLOCK = 4000;
const SIGNATURE_TAIL = 8000;
const SIGNED_BEFORE = /(?:\b(?:signed|executed|dated?|as\s+of)\b[^.\d]{0,40}|\bthis\s+|(?:^|\n)[ \t]*[A-Z][\w/ .-]{0,40},[ \t]*)$/i;

/**
 * The dates of the signatures: full dates with a signing cue ("Date:", "dated", "as of", "this 25th
 * day of") in the block after the last "IN WITNESS WHEREOF", else near the end of the document; with
 * none there, the "Date:" labels anywhere (cover sheets and signature blocks at the top).
 * @example signatureDates('IN WITNESS WHEREOF ... Date: 3-14-18 Date: 3-7-18', []).map((d) => d.iso) // ['2018-03-14', '2018-03-07']
 */
export function signatureDates(text: string, labelled: LabelledDate[]): FoundDate[] {
  const from = Math.max(0, text.length - 60_000);
  const tail = text.slice(from);
  let witness = -1;
  WITNESS.lastIndex = 0;
  for (let m = WITNESS.exec(tail); m !== null; m = WITNESS.exec(tail)) witness = from + m.index;
  const blockStart = witness >= 0 ? witness : Math.max(0, text.length - SIGNATURE_TAIL);
  const blockEnd = witness >= 0 ? witness + SIGNATURE_BLOCK : text.length;
  const dates: FoundDate[] = [];
  for (const d of findDates(text.slice(blockStart, blockEnd), blockStart)) {
    if (d.precision !== 'day' || onSourceLine(text, d.start)) continue;
    if (SIGNED_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))) dates.push(d);
  }
  return dates.length > 0 ? dates : labelled.filter((d) => d.label === 'signature');
}

/** The latest of the dates ("the later of the dates shown by the signatures below"). */
export function latest(dates: FoundDate[]): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of dates) if (best === null || d.iso > best.iso) best = d;
  return best;
}
