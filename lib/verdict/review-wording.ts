/**
 * The letter analysis records what it could not read in terse, stable forms ('unparseable date: "…"',
 * 'weekday does not match date: "…"') that other parts match on. A review reason is read by people: this
 * says the same in plain words.
 */
const DOES_NOT_EXIST_RE = /^unparseable date: "(.+)" does not exist$/;
const UNREADABLE_RE = /^unparseable date: "(.+)"$/;
const WEEKDAY_RE = /^weekday does not match date: "(.+)"$/;

/**
 * A letter problem as a review reason a person can act on.
 * @example reviewWording('unparseable date: "February 30, 2024" does not exist') // 'the date "February 30, 2024" does not exist in the calendar'
 * @example reviewWording('weekday does not match date: "Friday, March 3, 2024"') // 'the weekday written in "Friday, March 3, 2024" is not that date’s weekday'
 */
export function reviewWording(problem: string): string {
  const missing = DOES_NOT_EXIST_RE.exec(problem);
  if (missing) return `the date "${missing[1]}" does not exist in the calendar`;
  const unreadable = UNREADABLE_RE.exec(problem);
  if (unreadable) return `the date "${unreadable[1]}" could not be read`;
  const weekday = WEEKDAY_RE.exec(problem);
  if (weekday) return `the weekday written in "${weekday[1]}" is not that date’s weekday`;
  return problem;
}

/** Whether a problem is about a date the letter states but that cannot be used (so the date is not missing). */
export const isStatedDateProblem = (problem: string): boolean => UNREADABLE_RE.test(problem) || DOES_NOT_EXIST_RE.test(problem);
