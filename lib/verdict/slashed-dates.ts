import { DateTime } from 'luxon';
import type { LetterAnalysis, WrittenMoment } from '../domain/types.ts';
import { profileFor } from '../time/jurisdictions/index.ts';
import type { RuleId } from '../time/rules.ts';

/**
 * "04/03/2024" is 3 April in the United States and 4 March almost everywhere else. The letter reader keeps
 * the digits of a slashed date and reads it month first; the verdict, which knows the agreement, re-reads it:
 * 1. the letter's own slashed dates decide where one can only be read one way (25/03/2024 is day first,
 *    03/25/2024 month first) — a writer keeps one convention;
 * 2. else the governing law's profile (`dateOrder`): month first for the United States (and the Philippines),
 *    day first for other jurisdictions (GB, IE, AU, NZ, IN, the EU…); month first where the law is unknown or
 *    Canadian (Canada writes both);
 *    A date written with full stops ("04.03.2024") is day first wherever it is written;
 * 3. a date whose two readings both exist is ambiguous: the caller weighs the other reading too
 *    (`alternative`) and asks for review when it changes the answer.
 */

type Slashed = NonNullable<WrittenMoment['slashed']>;
type SlashedMoment = WrittenMoment & { slashed: Slashed };

const isSlashed = (m: WrittenMoment): m is SlashedMoment => Boolean(m.slashed);

function reading(s: Slashed, dayFirst: boolean): string | null {
  const [month, day] = dayFirst ? [s.second, s.first] : [s.first, s.second];
  const date = DateTime.fromObject({ year: s.year, month, day }, { zone: 'UTC' });
  return date.isValid ? (date.toISODate() as string) : null;
}

/** The moments of a letter that carry a date: sending, the stated effective moment, an earlier notice. */
function moments(letter: LetterAnalysis): WrittenMoment[] {
  const effective = letter.effective?.kind === 'moment' ? letter.effective.moment : null;
  return [letter.sent, effective, letter.earlierNotice?.moment ?? null].filter((m): m is WrittenMoment => m !== null);
}

function mapMoments(letter: LetterAnalysis, f: (m: SlashedMoment) => WrittenMoment): LetterAnalysis {
  const on = (m: WrittenMoment | null | undefined) => (m && isSlashed(m) ? f(m) : (m ?? null));
  return {
    ...letter,
    sent: on(letter.sent),
    effective:
      letter.effective?.kind === 'moment' ? { kind: 'moment', moment: on(letter.effective.moment) as WrittenMoment } : letter.effective,
    ...(letter.earlierNotice ? { earlierNotice: { ...letter.earlierNotice, moment: on(letter.earlierNotice.moment) } } : {}),
  };
}

export interface SlashedReading {
  /** The letter with its slashed dates read in the chosen order. */
  letter: LetterAnalysis;
  /** The letter with its ambiguous slashed dates read the other way, or null when none is ambiguous. */
  alternative: LetterAnalysis | null;
  rule: RuleId | null;
  /** Why the order was chosen, for the explanation; null when the letter has no slashed date. */
  note: string | null;
  /** The ambiguous dates as written, each with its two readings (chosen first). */
  ambiguous: { text: string; chosen: string; other: string }[];
}

/**
 * Re-reads the slashed dates of a letter for the agreement's governing law.
 * @example rereadSlashedDates(letterSent('04/03/2024'), 'GB').letter.sent?.date // '2024-03-04'
 * @example rereadSlashedDates(letterSent('04/03/2024'), 'US-NY').letter.sent?.date // '2024-04-03'
 */
export function rereadSlashedDates(letter: LetterAnalysis, jurisdiction: string | null): SlashedReading {
  const slashed = moments(letter).filter(isSlashed);
  if (slashed.length === 0) return { letter, alternative: null, rule: null, note: null, ambiguous: [] };
  const dayFirstOnly = slashed.some((m) => m.slashed.first > 12 && m.slashed.second <= 12);
  const monthFirstOnly = slashed.some((m) => m.slashed.second > 12 && m.slashed.first <= 12);
  const settledByLetter = dayFirstOnly !== monthFirstOnly;
  // "04.03.2024": dates written with full stops are day first wherever they are written.
  const dotted = slashed.every((m) => m.text.includes('.'));
  const dayFirst = settledByLetter ? dayFirstOnly : dotted || profileFor(jurisdiction).dateOrder === 'day-first';
  const why = settledByLetter
    ? "as the letter's own dates show"
    : dotted
      ? 'as dates written with full stops are'
      : jurisdiction
        ? `as dates are written under the governing law (${jurisdiction})`
        : 'as US letters write them, the governing law being unknown';
  const ambiguous: SlashedReading['ambiguous'] = [];
  const chosen = mapMoments(letter, (m) => {
    const first = reading(m.slashed, dayFirst);
    const other = reading(m.slashed, !dayFirst);
    if (!settledByLetter && first && other && first !== other) ambiguous.push({ text: m.text, chosen: first, other });
    const date = first ?? other;
    return date ? { ...m, date } : m;
  });
  const alternative =
    ambiguous.length === 0
      ? null
      : mapMoments(letter, (m) => {
          const other = reading(m.slashed, !dayFirst);
          return other ? { ...m, date: other } : m;
        });
  const shown = slashed.map((m) => `"${m.text}"`).join(', ');
  return {
    letter: chosen,
    alternative,
    rule: dayFirst ? 'slashed-date-day-first' : 'slashed-date-month-first',
    note: `The letter writes ${shown} with ${dotted ? 'full stops' : 'slashes'}; ${dayFirst ? 'day first' : 'month first'}, ${why}.`,
    ambiguous,
  };
}
