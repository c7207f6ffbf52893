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

/**
 * True when the date sits on an EDGAR "Source:" line.
 * @example onSourceLine('Date: March 1, 2019\nSource: ACME CORP, 10-K, 8/22/2019', 45) // true (at "8/22/2019"); at 6 ("March 1"): false
 */
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
      if (date?.precision !== 'day' || date.start - after !== (lead?.[0].length ?? 0)) continue;
      if (at > 0 && /[A-Za-z]/.test(text.charAt(at - 1))) continue; // "Update:", "Mandate"
      if (onSourceLine(text, at)) continue;
      found.push({ ...date, label: labelBefore(text, at) });
    }
  }
  // "Contract  start:  04-01-06", "Contract end: 04-01-08": labels without the word "Date", found by
  // their colon (a rare character, so a fast search).
  for (let at = text.indexOf(':'); at >= 0 && found.length < MAX_LABELS; at = text.indexOf(':', at + 1)) {
    const word = /\b(start|begin|commencement|end|expiry|expiration)[ \t]*$/i.exec(text.slice(Math.max(0, at - 16), at))?.[1];
    if (word === undefined) continue;
    const date = findDates(text.slice(at + 1, at + 40), at + 1)[0];
    if (date?.precision !== 'day' || !/^[ \t]*$/.test(text.slice(at + 1, date.start))) continue;
    found.push({ ...date, label: /^(?:end|expiry|expiration)$/i.test(word) ? 'expiration' : 'effective' });
  }
  return found.sort((a, b) => a.start - b.start);
}

const IN_BEFORE = /\b(?:IN|In)\s+$/;

/** The offset of the last "IN WITNESS WHEREOF" (found by its capitalised word: a fast literal search). */
function lastWitness(text: string): number {
  let last = -1;
  for (const form of ['WITNESS', 'Witness']) {
    for (let at = text.lastIndexOf(form); at > 0; at = text.lastIndexOf(form, at - 1)) {
      if (IN_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && /^\s*(?:WHEREOF|Whereof)/.test(text.slice(at + 7, at + 20))) {
        last = Math.max(last, at - (text.slice(Math.max(0, at - 8), at).length - text.slice(Math.max(0, at - 8), at).search(IN_BEFORE)));
        break;
      }
    }
  }
  return last;
}
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
  const witness = lastWitness(text);
  const blockStart = witness >= 0 ? witness : Math.max(0, text.length - SIGNATURE_TAIL);
  const blockEnd = witness >= 0 ? witness + SIGNATURE_BLOCK : text.length;
  const dates: FoundDate[] = [];
  for (const d of findDates(text.slice(blockStart, blockEnd), blockStart)) {
    if (d.precision !== 'day' || onSourceLine(text, d.start)) continue;
    if (SIGNED_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))) dates.push(d);
  }
  return dates.length > 0 ? dates : labelled.filter((d) => d.label === 'signature');
}

/**
 * The latest of the dates ("the later of the dates shown by the signatures below").
 * @example latest([{ iso: '2018-03-14', ... }, { iso: '2018-03-07', ... }])?.iso // '2018-03-14'; latest([]) // null
 */
export function latest(dates: FoundDate[]): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of dates) if (best === null || d.iso > best.iso) best = d;
  return best;
}
