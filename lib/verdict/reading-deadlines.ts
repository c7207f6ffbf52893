import type { Deadline } from '../domain/types.ts';

/** The deadlines one reading of the agreement or the letter gives, and why that reading exists. */
export interface ReadingDeadlines {
  deadlines: readonly Deadline[];
  reason: string;
}

const sameSlot = (a: Deadline, b: Deadline): boolean => a.kind === b.kind && a.section === b.section;

/**
 * The prevailing deadlines with `safeDate` (the earliest date any reading gives for the same deadline — what
 * alerts use, so a reminder is never late) and, where readings differ, `latestDate` and `readingReason`; a
 * notice window's first day (`notBefore`) is the latest any reading gives.
 * The n-th deadline of a kind and section in one reading is matched with the n-th of the same kind and
 * section in another.
 * @example withReadings([{ kind: 'non-renewal-notice', date: '2027-05-01', ... }], [{ deadlines: [{ kind: 'non-renewal-notice', date: '2027-05-02', ... }], reason: 'the term read as ending on the anniversary' }])[0]
 * // { ..., date: '2027-05-01', safeDate: '2027-05-01', latestDate: '2027-05-02', readingReason: 'the term read as ending on the anniversary' }
 */
export function withReadings(prevailing: readonly Deadline[], others: readonly ReadingDeadlines[]): Deadline[] {
  return prevailing.map((deadline, index) => {
    const rank = prevailing.slice(0, index).filter((d) => sameSlot(d, deadline)).length;
    const dates = [deadline.date];
    const reasons: string[] = [];
    // A window's first day is safe at its latest: a notice received before any reading's opening may be premature.
    let notBefore = deadline.notBefore;
    for (const other of others) {
      const match = other.deadlines.filter((d) => sameSlot(d, deadline))[rank];
      if (match?.notBefore && (!notBefore || match.notBefore > notBefore)) notBefore = match.notBefore;
      if (!match || match.date === deadline.date) continue;
      dates.push(match.date);
      reasons.push(`${other.reason}: ${match.date}`);
    }
    const sorted = [...dates].sort();
    const safeDate = sorted[0] ?? deadline.date;
    const latestDate = sorted.at(-1) ?? deadline.date;
    const window = notBefore ? { notBefore } : {};
    if (reasons.length === 0) return { ...deadline, ...window, safeDate };
    return { ...deadline, ...window, safeDate, latestDate, readingReason: `read otherwise — ${reasons.join('; ')}` };
  });
}
