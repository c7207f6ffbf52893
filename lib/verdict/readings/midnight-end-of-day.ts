import { type LetterReading, suffices } from './reading.ts';

/**
 * "At midnight on May 31, 2024" is read as 00:00 at the start of May 31, but writers often mean the end of
 * that day (24:00); this reading takes the letter to mean the end of the day.
 * @example midnightEndOfDay.alternative(inputs)?.timing.effectiveAt?.toISODate() // '2024-06-01'
 */
export const midnightEndOfDay: LetterReading = {
  name: 'midnight-end-of-day',
  description: 'the letter\'s "midnight" is the end of the day it names, not its start',
  alternative({ letter, timing }) {
    const moment = letter.effective?.kind === 'moment' ? letter.effective.moment : null;
    if (moment?.time !== '00:00' || !/\bmidnight\b/i.test(moment.text) || !timing.effectiveAt) return null;
    return {
      timing: { ...timing, effectiveAt: timing.effectiveAt.plus({ days: 1 }) },
      reason: (prevailing, alternative) =>
        `the letter takes effect "${moment.text}": read as the start of ${moment.date} the notice ${suffices(prevailing)}, read as the end of that day it ${suffices(alternative)}`,
    };
  },
};
