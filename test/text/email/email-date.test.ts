import { describe, expect, it } from 'vitest';
import { emailDateWithOffset, isoAtOffset } from '../../../lib/text/email-date.ts';

describe('emailDateWithOffset', () => {
  it.each([
    ['a numeric offset keeps the sender zone', 'Sat, 9 Jan 2021 18:07:12 -0800', '2021-01-09T18:07:12-08:00'],
    ['a zone comment is ignored', 'Mon, 4 Mar 2024 09:15:00 +0100 (CET)', '2024-03-04T09:15:00+01:00'],
    ['an obsolete US zone name is its offset (RFC 5322 § 4.3)', 'Sat, 9 Jan 2021 18:07:12 PST', '2021-01-09T18:07:12-08:00'],
    ['GMT is UTC', 'Tue, 12 Nov 2024 15:42:05 GMT', '2024-11-12T15:42:05+00:00'],
    ['-0000 (zone unknown) is read as UTC', 'Tue, 12 Nov 2024 15:42:05 -0000', '2024-11-12T15:42:05+00:00'],
    ['a half-hour zone', 'Wed, 1 May 2024 10:00:00 +0530', '2024-05-01T10:00:00+05:30'],
    ['without a weekday, folded whitespace', '9 Jan 2021  18:07:12   -0800', '2021-01-09T18:07:12-08:00'],
  ])('%s', (_case, header, expected) => {
    expect(emailDateWithOffset(header)).toBe(expected);
  });

  it.each([
    ['no header', null],
    ['not a date', 'sometime last week'],
    ['a printed date with no zone is not guessed in the machine zone', 'Saturday, January 9, 2021 6:07 PM'],
  ])('%s gives null', (_case, header) => {
    expect(emailDateWithOffset(header)).toBeNull();
  });

  it('isoAtOffset crosses midnight into the sender day', () => {
    expect(isoAtOffset(Date.parse('2021-01-10T02:07:00Z'), -480)).toBe('2021-01-09T18:07:00-08:00');
  });
});
