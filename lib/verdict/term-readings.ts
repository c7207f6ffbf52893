import { DateTime } from 'luxon';
import type { AgreementAnalysis, LetterAnalysis } from '../domain/types.ts';

/**
 * The other readings of when the term ends: each alternative last day the agreement's wording allows
 * (`TermInfo.expirationAlternatives`, e.g. "continues for two years" read as ending on the anniversary), and
 * the end date the letter itself states where it differs from the agreement's. Each is the agreement with
 * its term moved to that end, so the same judging runs on it unchanged.
 */

export interface TermReading {
  name: string;
  description: string;
  agreement: AgreementAnalysis;
  /** The term end under this reading (YYYY-MM-DD). */
  end: string;
  /** The sentence reporting the difference, for the explanation. */
  note: string;
}

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'UTC' });
const shift = (iso: string, days: number): string => day(iso).plus({ days }).toISODate() as string;
const daysFrom = (a: string, b: string): number => Math.round(day(b).diff(day(a), 'days').days);
const dayWords = (n: number): string => `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;

/** The agreement with its initial term ending `days` later (earlier when negative); renewals follow. */
function movedTerm(agreement: AgreementAnalysis, days: number): AgreementAnalysis {
  const expirationDate = agreement.term.expirationDate;
  if (!expirationDate) return agreement;
  return { ...agreement, term: { ...agreement.term, expirationDate: shift(expirationDate, days), expirationAlternatives: [] } };
}

/**
 * The readings other than the prevailing one, given the term end the prevailing verdict used (or null).
 * @example termReadings(agreement, { ...letter, statedTermEnd: '2027-07-01' }, '2027-06-30')[0].description
 * // 'the term ends on 2027-07-01, as the letter states'
 */
export function termReadings(agreement: AgreementAnalysis, letter: LetterAnalysis, termEnd: string | null): TermReading[] {
  const expirationDate = agreement.term.expirationDate;
  if (!expirationDate) return [];
  const out: TermReading[] = [];
  const seen = new Set<string>(termEnd ? [termEnd] : []);
  for (const alternative of agreement.term.expirationAlternatives ?? []) {
    const delta = daysFrom(expirationDate, alternative.date);
    const end = termEnd ? shift(termEnd, delta) : alternative.date;
    if (delta === 0 || seen.has(end)) continue;
    seen.add(end);
    out.push({
      name: 'term-end-alternative',
      description: `the term ends on ${end} (${alternative.reason})`,
      agreement: movedTerm(agreement, delta),
      end,
      note: `The agreement's term can also be read as ending on ${end} (${alternative.reason}), ${dayWords(delta)} ${delta > 0 ? 'later' : 'earlier'}; deadlines use the earlier date.`,
    });
  }
  const stated = letter.statedTermEnd ?? null;
  if (stated && termEnd && stated !== termEnd && Math.abs(daysFrom(termEnd, stated)) <= 366) {
    const delta = daysFrom(termEnd, stated);
    if (!seen.has(stated)) {
      out.push({
        name: 'letter-term-end',
        description: `the term ends on ${stated}, as the letter states`,
        agreement: movedTerm(agreement, delta),
        end: stated,
        note: `The letter states that the term ends on ${stated}; counted from the agreement, it ends on ${termEnd}, ${dayWords(delta)} ${delta > 0 ? 'earlier' : 'later'} than the letter says. Deadlines use the earlier date.`,
      });
    }
  }
  return out;
}
