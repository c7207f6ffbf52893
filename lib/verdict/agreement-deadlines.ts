import type { AgreementAnalysis, Deadline } from '../domain/types.ts';
import { latestNoticeDay } from '../time/count-backward.ts';
import { businessCalendar } from '../time/business-calendar.ts';
import { adjustLastDay } from '../time/last-day.ts';
import { toIsoWithOffset } from '../time/moments.ts';
import { chooseZone } from '../time/zones.ts';
import { DateTime } from 'luxon';
import { withReadings } from './reading-deadlines.ts';
import { withStatutoryDeadlines } from './statutory/index.ts';
import { termEndsFrom } from './term-cycles.ts';
import { windowOpening } from './window-opening.ts';

export interface DeadlineOptions {
  /** ISO instant: deadlines are the next ones after this moment. Passed in: the domain never reads the clock. */
  now: string;
  defaultZone: string;
}

/**
 * Deadlines from an agreement alone: the end of the current term and, for each non-renewal right (and each
 * option to extend), the next notice deadline that has not passed and the following cycle's. Where this term's deadline has already
 * passed, the next deadline belongs to the next term. Dates are in the agreement's zone (its own, else the
 * governing law's, else the default); `at` is the end of the day. Statutes that may govern add theirs after
 * (`statutory-reminder`: the window in which a New York service provider must remind the customer).
 * @example agreementDeadlines(agreement, { now: '2024-10-01T00:00:00Z', defaultZone: 'UTC' }).map((d) => [d.kind, d.date])
 * // [['term-end', '2024-12-31'], ['non-renewal-notice', '2024-11-01'], ['non-renewal-notice', '2025-11-01']]
 */
export function agreementDeadlines(agreement: AgreementAnalysis, options: DeadlineOptions): Deadline[] {
  const prevailing = deadlinesOnce(agreement, options);
  // Each other reading of the term's last day gives its own deadlines; alerts use the earliest (safeDate).
  const others = (agreement.term.expirationAlternatives ?? []).map((alternative) => ({
    deadlines: deadlinesOnce({ ...agreement, term: { ...agreement.term, expirationDate: alternative.date } }, options),
    reason: `the term read as ending on ${alternative.date} (${alternative.reason})`,
  }));
  // A statute may add a deadline for the other party (New York: the provider's renewal reminder).
  return withStatutoryDeadlines(agreement, withReadings(prevailing, others));
}

function deadlinesOnce(agreement: AgreementAnalysis, options: DeadlineOptions): Deadline[] {
  const { zone } = chooseZone({
    agreementZone: agreement.zone ?? null,
    jurisdiction: agreement.governingLaw,
    defaultZone: options.defaultZone,
  });
  const now = DateTime.fromISO(options.now, { setZone: true }).setZone(zone);
  if (!now.isValid) return [];
  const today = now.toISODate() as string;
  const deliveries = agreement.provisions.filter((p) => p.type === 'notice-delivery');
  const calendar = businessCalendar(agreement.governingLaw, { banks: deliveries.some((p) => /\bbanks?\b/i.test(p.text)) });
  const rollForward = deliveries.some((p) => p.nextBusinessDayRule === true);
  const ends = termEndsFrom(agreement.term, today, zone, calendar, 3);
  const endOfDay = (day: DateTime): string => toIsoWithOffset(day.setZone(zone).endOf('day').startOf('second'));
  const out: Deadline[] = [];
  const termProvision = agreement.provisions.find((p) => p.type === 'term');
  const [current] = ends;
  if (current)
    out.push({
      kind: 'term-end',
      date: current.date,
      at: endOfDay(current.day),
      zone,
      section: termProvision?.section ?? null,
      ...(termProvision ? { text: termProvision.text } : {}),
    });

  // An option to extend is counted back from the term's end like a notice of non-renewal.
  for (const provision of agreement.provisions.filter((p) => p.type === 'non-renewal' || p.type === 'extension-notice')) {
    const period = provision.notice;
    if (!period || period.amount === null) continue;
    const deadlines = ends.map((end) => {
      const latest = latestNoticeDay(end.day, { amount: period.amount as number, unit: period.unit, clear: period.clear }, calendar);
      const opens = windowOpening(provision, end.day, calendar)?.day ?? null;
      return { day: adjustLastDay(latest.end, calendar, rollForward).date, opens };
    });
    const upcoming = deadlines.filter((d) => (d.day.toISODate() as string) >= today).slice(0, 2);
    for (const { day, opens } of upcoming) {
      out.push({
        kind: provision.type === 'extension-notice' ? ('extension-notice' as const) : ('non-renewal-notice' as const),
        date: day.toISODate() as string,
        at: endOfDay(day),
        zone,
        section: provision.section,
        text: provision.text,
        ...(opens ? { notBefore: opens.toISODate() as string } : {}),
      });
    }
  }
  return out;
}
