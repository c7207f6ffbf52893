import { describe, expect, it } from 'vitest';
import { describeRule, isRuleId, RULES, uniqueRules, type RuleId } from '../../lib/time/rules.ts';

const required: RuleId[] = [
  'calendar-days',
  'business-days',
  'bank-business-days',
  'calendar-months',
  'calendar-years',
  'month-end-clamp',
  'hours-from-receipt',
  'weeks',
  'count-backward',
  'deemed-receipt-email-when-sent',
  'deemed-receipt-email-cutoff',
  'deemed-receipt-courier',
  'deemed-receipt-certified-mail',
  'deemed-receipt-on-delivery',
  'deemed-receipt-default',
  'last-day-no-roll',
  'last-day-next-business-day',
  'zone-from-letter',
  'zone-from-agreement',
  'zone-from-jurisdiction',
  'zone-default',
];

describe('RULES', () => {
  it.each(required)('names and describes %s with an authority', (id) => {
    const rule = RULES[id];
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.text).toMatch(/^[a-z]/); // a clause that reads on after "id: "
    expect(rule.text).not.toMatch(/\.$/);
    expect(rule.authority.length).toBeGreaterThan(5);
  });

  it('describes a rule as the sentence a verdict lists', () => {
    expect(describeRule('calendar-days')).toBe(
      'calendar-days: the day of the triggering event (such as receipt of notice) is excluded and the last day of the period is included (common-law computation rule; cf. Fed. R. Civ. P. 6(a)(1), N.Y. Gen. Constr. Law § 20)',
    );
  });

  it('says the default for a weekend last day is no move, citing where a move comes from', () => {
    expect(describeRule('last-day-no-roll')).toMatch(/does not move/);
    expect(RULES['last-day-next-business-day'].authority).toMatch(/N\.Y\. Gen\. Constr\. Law § 25 \(contractual periods/);
  });

  it('recognises rule ids and merges lists without repeats', () => {
    expect(isRuleId('month-end-clamp')).toBe(true);
    expect(isRuleId('thirty-days-hath-september')).toBe(false);
    expect(uniqueRules(['calendar-days', 'zone-default'], ['calendar-days', 'count-backward'])).toEqual([
      'calendar-days',
      'zone-default',
      'count-backward',
    ]);
  });
});
