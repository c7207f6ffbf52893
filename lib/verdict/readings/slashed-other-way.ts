import { withEndOfTerm } from '../end-of-term.ts';
import { noticeTiming } from '../notice-timing.ts';
import { rereadSlashedDates } from '../slashed-dates.ts';
import { type LetterReading, suffices } from './reading.ts';

/**
 * "04/03/2024" can be 3 April or 4 March; the prevailing reading follows the letter's own dates or the
 * governing law's usage (see slashed-dates.ts), and this reading takes every ambiguous slashed date the
 * other way round.
 * @example slashedOtherWay.alternative(inputs)?.timing.sentAt?.toISODate() // '2024-04-03' where GB law read it as 4 March
 */
export const slashedOtherWay: LetterReading = {
  name: 'slashed-dates-other-way',
  description: "the letter's ambiguous slashed dates are read the other way round (day first or month first)",
  alternative({ agreement, written, defaultZone }) {
    const slashed = rereadSlashedDates(written, agreement.governingLaw);
    const other = slashed.alternative;
    if (!other) return null;
    const { timing } = withEndOfTerm(agreement, other, noticeTiming(agreement, other, defaultZone));
    const dates = slashed.ambiguous.map((d) => `"${d.text}" (${d.chosen} or ${d.other})`).join(', ');
    const first = slashed.ambiguous[0];
    return {
      timing,
      reason: (prevailing, alternative) =>
        `ambiguous date: ${dates} can be read day first or month first; read as ${first?.chosen} the notice ${suffices(prevailing)}, read as ${first?.other} it ${suffices(alternative)}`,
    };
  },
};
