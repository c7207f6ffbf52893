import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../lib/time/business-calendar.ts';
import { PROFILES, profileAuthorities, profileFor } from '../../lib/time/jurisdictions/index.ts';
import { governingLawMovesLastDay, lawWouldMoveNoticeDeadline } from '../../lib/time/last-day.ts';
import { describeRule } from '../../lib/time/rules.ts';
import { isValidZone, zoneForJurisdiction } from '../../lib/time/zones.ts';
import { at } from './support.ts';

describe('jurisdiction profiles', () => {
  it.each(Object.values(PROFILES))('$code: a known holiday calendar, a real zone, a weekend of two days', (profile) => {
    expect(() => businessCalendar(profile.code)).not.toThrow();
    expect(businessCalendar(profile.code).notes).toEqual([]);
    if (profile.zone !== null) expect(isValidZone(profile.zone)).toBe(true);
    expect(profile.weekend).toHaveLength(2);
  });

  it('no two profiles claim the same code or alias', () => {
    const codes = Object.values(PROFILES).flatMap((p) => [p.code, ...p.aliases]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    { code: 'GB', expected: 'GB-ENG' },
    { code: 'uk', expected: 'GB-ENG' },
    { code: 'GB-WLS', expected: 'GB-ENG' },
    { code: ' us-ny ', expected: 'US-NY' },
    { code: 'CA-ON', expected: 'CA-ON' },
    { code: 'de', expected: 'DE' },
    { code: 'FR', expected: 'FR' },
    { code: null, expected: '' },
  ])('$code is counted under the profile $expected', ({ code, expected }) => {
    expect(profileFor(code).code).toBe(expected);
  });

  it('a code without a profile of its own keeps its country’s calendar, zone and date order, and moves nothing', () => {
    const france = profileFor('FR');
    expect(france).toMatchObject({ zone: 'Europe/Paris', dateOrder: 'day-first', lastDay: { rolls: [] } });
    expect(profileFor('IL').weekend).toEqual([5, 6]);
    expect(profileFor('GB-SCT').holidays).toEqual({ country: 'GB', state: 'SCT' });
  });

  it('England and Wales: bank holidays of England and Wales, London, day first, nothing rolls', () => {
    const england = profileFor('GB');
    expect(england).toMatchObject({ zone: 'Europe/London', dateOrder: 'day-first' });
    expect(zoneForJurisdiction('GB-ENG')).toBe('Europe/London');
    // The Summer bank holiday of England and Wales (Scotland's is at the start of August).
    expect(businessCalendar('GB-ENG').holidayOn(at('2025-08-25', 'Europe/London'))).toBe('Summer bank holiday');
    expect(governingLawMovesLastDay('GB-ENG')).toEqual({ moves: false, authority: null });
  });

  it('Ontario: Family Day closes a business day; the Legislation Act does not move a contractual last day', () => {
    expect(businessCalendar('CA-ON').isBusinessDay(at('2025-02-17', 'America/Toronto'))).toBe(false);
    expect(governingLawMovesLastDay('CA-ON')).toEqual({ moves: false, authority: null });
    expect(describeRule('last-day-no-roll', profileAuthorities(profileFor('CA-ON')))).toMatch(
      /Legislation Act, 2006.*s\. 89\(1\).*not a period fixed by a contract/,
    );
  });

  it('Germany: BGB § 193 moves the last day for an act, and a notice deadline stays (BGH, III ZR 172/04)', () => {
    expect(governingLawMovesLastDay('DE')).toEqual({ moves: true, authority: 'BGB § 193' });
    const de = businessCalendar('DE');
    // 2 November 2024 is a Saturday.
    expect(lawWouldMoveNoticeDeadline(at('2024-11-02', 'Europe/Berlin'), de, false, 'DE')).toBe(
      '2024-11-02 is a Saturday. Under German law the last day for giving notice does not move to the next working day (2024-11-04): BGB § 193 does not apply to notice periods (BGH, III ZR 172/04), so notice must be received by 2024-11-02.',
    );
    expect(lawWouldMoveNoticeDeadline(at('2024-11-02', 'Europe/Berlin'), de, true, 'DE')).toBeNull();
    expect(profileAuthorities(profileFor('DE'))['month-end-clamp']).toBe('BGB § 188(3)');
  });

  it('the profile applied is summarised for the verdict’s rules', () => {
    expect(describeRule('jurisdiction-profile', profileAuthorities(profileFor('US-NY')))).toMatch(
      /^jurisdiction-profile: .*\(New York \(US-NY\): public holidays of US-NY; Saturday and Sunday are not business days; zone America\/New_York; slashed dates month first; a last day for doing an act .* \(N\.Y\. Gen\. Constr\. Law § 25\)\)$/,
    );
  });
});
