/**
 * Letters dated the way lawyers date them: "Dated: ...", "Dated this 1st day of March, 2024", and
 * effective dates in the deed style ("on the 30th day of April, 2024").
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';

const letter = (dateLine: string, effective = 'effective April 30, 2024') =>
  analyzeLetter({
    text: `${dateLine}\n\nFrom: Harrow Freight Partners LLC\nTo: Quayside Logistics, Inc.\nDelivered by courier\n\nNOTICE OF TERMINATION\n\nPursuant to Section 9.2 of the Logistics Services Agreement, Harrow Freight Partners LLC terminates the Agreement for convenience, ${effective}.\n\nMara Lindgren, General Counsel\n`,
    pages: 1,
    pageStarts: [0],
    format: 'txt',
  } satisfies ExtractedText);

describe('the date line of a letter', () => {
  it.each([
    ['Dated: March 1, 2024', '2024-03-01'],
    ['DATED: 1 March 2024', '2024-03-01'],
    ['Dated this 1st day of March, 2024', '2024-03-01'],
    ['Dated as of the 4th day of March, 2024', '2024-03-04'],
    ['Date: 1 March 2024', '2024-03-01'],
  ])('"%s" is the date the letter was sent', (line, date) => {
    expect(letter(line).sent?.date).toBe(date);
  });
});

describe('an effective date in the deed style', () => {
  it('is read', () => {
    const read = letter('March 1, 2024', 'with effect from the close of business on the 30th day of April, 2024');
    expect(read.effective).toMatchObject({ kind: 'moment', moment: { date: '2024-04-30' } });
  });

  it('is not a date when "days of" counts days', () => {
    const read = letter('March 1, 2024', 'effective upon the expiry of 30 days of March 2024 notice');
    expect(read.effective).not.toMatchObject({ kind: 'moment', moment: { date: '2024-03-30' } });
  });
});

describe('a letter with neither "Re:" nor "Dear"', () => {
  const bare = (dateLine: string) =>
    analyzeLetter({
      text: `Harrow Freight Partners LLC\n\n${dateLine}\n\nVia email\n\nQuayside Logistics, Inc.\n\nThis is notice that the Carrier elects not to renew the Logistics Services Agreement. The Agreement will end on December 31, 2024.\n\nMara Lindgren\n`,
      pages: 1,
      pageStarts: [0],
      format: 'txt',
    });

  it('takes its letterhead as the sender and the line below the date as the recipient', () => {
    const read = bare('September 3, 2024');
    expect(read.senderCandidates?.[0]).toBe('Harrow Freight Partners LLC');
    expect(read.recipientCandidates?.[0]).toBe('Quayside Logistics, Inc.');
  });

  it.each([
    ['2024-09-03', '2024-09-03', undefined],
    ['2024/09/03', '2024-09-03', undefined],
    ['3.9.2024', '2024-03-09', { first: 3, second: 9, year: 2024 }],
    ['03-09-2024', '2024-03-09', { first: 3, second: 9, year: 2024 }],
  ])('reads the date line "%s", keeping both orders of a dotted date open', (line, date, slashed) => {
    const read = bare(line);
    expect(read.sent?.date).toBe(date);
    expect(read.sent?.slashed).toEqual(slashed);
  });
});

describe('a warning that names the moment of its action', () => {
  const warning = (sentence: string) =>
    analyzeLetter({
      text: `Harrow Freight Partners LLC\n\nJanuary 8, 2025\n\nBy email\n\nQuayside Logistics, Inc.\n\nDear Ms. Adeyemi:\n\nYour invoices for October and November 2024 remain unpaid. ${sentence}\n\nHarrow Freight Partners LLC\n`,
      pages: 1,
      pageStarts: [0],
      format: 'txt',
    });

  it('is notice of that action, effective at that moment', () => {
    const read = warning(
      'Unless payment in full is received, Harrow will suspend the Services at 12:01 a.m. Central Time on January 10, 2025.',
    );
    expect(read.action).toBe('suspension');
    expect(read.effective).toMatchObject({ kind: 'moment', moment: { date: '2025-01-10', time: '00:01' } });
  });

  it('may name its moment as a time from the sending', () => {
    const read = warning('Your access to the Services will be suspended in 24 hours unless the offending content is removed.');
    expect(read.action).toBe('suspension');
    expect(read.effective).toMatchObject({ kind: 'after-period', period: { amount: 24, unit: 'hour', anchor: 'dispatch-of-notice' } });
  });

  it('reads "will be disabled" as a suspension', () => {
    const read = warning(
      'We are writing to let you know that your services will be disabled on January 10, 2025 at 11:59 PM Central Time.',
    );
    expect(read.action).toBe('suspension');
    expect(read.effective).toMatchObject({ kind: 'moment', moment: { date: '2025-01-10', time: '23:59' } });
  });

  it('is no action while it names no moment', () => {
    expect(warning('If payment is not received within ten days, we will terminate the Agreement.').action).toBeNull();
  });
});

describe('digits joined by hyphens that cannot be a date', () => {
  it('are a reference, not a date that does not exist', () => {
    const read = analyzeLetter({
      text: 'Harrow Freight Partners LLC\n\nMarch 1, 2024\n\nVia email\n\nQuayside Logistics, Inc.\n\nDear Ms. Adeyemi:\n\nHarrow Freight Partners LLC hereby terminates the Agreement (account 12-34-5678) for convenience, effective April 30, 2024.\n\nHarrow Freight Partners LLC\n',
      pages: 1,
      pageStarts: [0],
      format: 'txt',
    });
    expect(read.problems.join(' ')).not.toMatch(/12-34-5678/);
    expect(read.effective).toMatchObject({ kind: 'moment', moment: { date: '2024-04-30' } });
  });
});
