import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPeriods, parsePeriod } from '../../lib/contract/periods.ts';

describe('findPeriods: numbers and units as written', () => {
  it.each([
    ['thirty (30) days', 30, 'day'],
    ["30 days' notice", 30, 'day'],
    ['thirty days', 30, 'day'],
    ['(30) days', 30, 'day'],
    ['ten (10) business days', 10, 'business-day'],
    ['five (5) working days', 5, 'business-day'],
    ['one (1) month', 1, 'month'],
    ['six months', 6, 'month'],
    ['twelve (12) months', 12, 'month'],
    ['one year', 1, 'year'],
    ['48 hours', 48, 'hour'],
    ['six (6) weeks', 6, 'week'],
    ['one hundred eighty (180) days', 180, 'day'],
    ['a thirty-day notice of written termination', 30, 'day'],
    ['30- days advance notice of termination', 30, 'day'],
    ['90 (ninety) days', 90, 'day'],
    ['two         (2) years written notice', 2, 'year'],
  ])('"%s" is %i %s', (text, amount, unit) => {
    const period = parsePeriod(text);
    expect(period).toMatchObject({ amount, unit });
  });

  it.each([
    ['within _sixty_ (_60_) calendar days', 60],
    ['within180 days of the second assessment', 180],
    ['not less than30 days before', 30],
  ])('reads "%s" as a PDF printed it (underlined, or with its space lost)', (text, amount) => {
    expect(parsePeriod(text)).toMatchObject({ amount, unit: 'day' });
  });

  it('still reads no period in a section number glued to a number', () => {
    expect(parsePeriod('under Section A30 days')).toBeNull();
  });

  it('keeps "calendar days" as days and flags them', () => {
    const period = parsePeriod("thirty (30) calendar days' prior written notice");
    expect(period).toMatchObject({ amount: 30, unit: 'day', calendar: true, flags: ['calendar-days'] });
  });

  it('keeps both values when words and digits disagree, and takes the digits', () => {
    expect(parsePeriod('sixty (90) days')).toMatchObject({ amount: 90, words: 60, digits: 90, flags: ['words-digits-mismatch'] });
    expect(parsePeriod('sixty 90 days')).toMatchObject({ amount: 90, words: 60, digits: 90, flags: ['words-digits-mismatch'] });
  });

  it('does not flag words and digits that agree', () => {
    expect(parsePeriod('ninety (90) days')?.flags).toBeUndefined();
  });

  it.each([['[***] days'], ['* * * days'], ['[Redacted] days'], ['[*****] days prior written notice']])(
    'reads "%s" as a redacted period with no amount',
    (text) => {
      expect(parsePeriod(text)).toMatchObject({ amount: null, unit: 'day', flags: ['redacted'] });
    },
  );

  it('reads a redacted period whose unit was blanked out with it', () => {
    const period = parsePeriod('Ono shall have the right to terminate this Agreement by giving [ * ] advance written notice to Array');
    expect(period?.amount).toBeNull();
    expect(period?.flags).toEqual(expect.arrayContaining(['redacted', 'missing-unit']));
  });

  it('flags "thirty (30)" written before notice without a unit', () => {
    expect(parsePeriod('upon thirty (30) written notice to the other party')).toMatchObject({
      amount: 30,
      unit: 'day',
      flags: ['missing-unit'],
    });
  });

  it.each([['the 30th day of May, 2019'], ['Section 7.30 days'], ['$30 per day'], ['the fifth day after delivery']])(
    'finds no period in "%s"',
    (text) => {
      expect(findPeriods(text)).toEqual([]);
    },
  );

  it('shifts offsets by the position of the text in the document', () => {
    const [period] = findPeriods('within ten (10) days', 1000);
    expect(period).toMatchObject({ start: 1007, end: 1020, text: 'ten (10) days' });
  });
});

describe('findPeriods: qualifiers and anchors', () => {
  it.each([
    ['at least ninety (90) days prior to the end of the then-current term', 'at-least', 'end-of-term'],
    ['not less than sixty (60) days prior to the renewal date', 'at-least', 'renewal-date'],
    ['no less than 30 days before the expiration of the Initial Term', 'at-least', 'end-of-term'],
    ['a minimum of six (6) months before the end of the Term', 'at-least', 'end-of-term'],
    ['no later than six (6) months prior to the expiration of the then current term', 'no-later-than', 'end-of-term'],
    ['fails to cure within thirty (30) days after receipt of written notice', 'within', 'receipt-of-notice'],
    ['upon ninety (90) days written notice to the other party', 'upon', 'notice'],
    ['by giving the other party 60 days prior written Notice', 'prior-to', 'notice'],
    ['ten (10) days advance notice thereof', 'prior-to', 'notice'],
    ['not more than ninety (90) days before the expiration date', 'not-more-than', 'end-of-term'],
    ['five (5) business days after the date notice is sent', 'after', 'dispatch-of-notice'],
    ['thirty (30) days before the effective date of termination', 'prior-to', 'effective-date'],
  ])('"%s" is %s, anchored to %s', (text, qualifier, anchor) => {
    expect(parsePeriod(text)).toMatchObject({ qualifier, anchor });
  });

  it('does not anchor to the end of the term a period that runs after it', () => {
    const period = parsePeriod('within ninety (90) days following the expiration of this Agreement');
    expect(period?.anchor).not.toBe('end-of-term');
  });
});

describe('findPeriods on arbitrary text', () => {
  it('never throws and returns periods inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const p of findPeriods(text)) {
          if ((p.start ?? -1) < 0 || (p.end ?? 0) > text.length) return false;
        }
        return true;
      }),
    );
  });

  it('never throws on clause-like text built from contract words', () => {
    const word = fc.constantFrom(
      'thirty',
      '(30)',
      'days',
      "days'",
      'prior',
      'to',
      'the',
      'end',
      '[***]',
      '*',
      'sixty',
      '90',
      'business',
      'hundred',
      '-',
      '(',
      ')',
      'notice',
      'within',
      'after',
      'receipt',
      '\n\n',
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 60 }), (words) => Array.isArray(findPeriods(words.join(' ')))));
  });
});
