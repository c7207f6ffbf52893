import { describe, expect, it } from 'vitest';
import { isStatedDateProblem, reviewWording } from '../../lib/verdict/review-wording.ts';

describe('review reasons in plain words', () => {
  it.each([
    ['unparseable date: "February 30, 2024" does not exist', 'the date "February 30, 2024" does not exist in the calendar'],
    ['unparseable date: "Febuary 3rd 20244"', 'the date "Febuary 3rd 20244" could not be read'],
    ['weekday does not match date: "Friday, March 3, 2024"', 'the weekday written in "Friday, March 3, 2024" is not that date’s weekday'],
    ['sender not identified', 'sender not identified'],
  ])('%s', (problem, wording) => {
    expect(reviewWording(problem)).toBe(wording);
  });

  it('tells a stated date that cannot be used from a missing one', () => {
    expect(isStatedDateProblem('unparseable date: "February 30, 2024" does not exist')).toBe(true);
    expect(isStatedDateProblem('no date of sending found')).toBe(false);
  });
});
