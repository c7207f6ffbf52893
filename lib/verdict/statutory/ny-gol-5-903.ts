import { DateTime } from 'luxon';
import type { AgreementAnalysis, Deadline, Period, Provision, StatutoryFlag } from '../../domain/types.ts';
import { profileFor } from '../../time/jurisdictions/index.ts';
import { toIsoWithOffset } from '../../time/moments.ts';
import type { Statute } from './statute.ts';

/**
 * N.Y. Gen. Oblig. Law § 5-903(2): an automatic-renewal provision of a contract "for service, maintenance or
 * repair to or for any real or personal property" is not enforceable against the person receiving the service
 * unless the person furnishing it, "at least fifteen days and not more than thirty days previous to the time
 * specified for serving" the recipient's notice of termination, gave written notice, "served personally or by
 * certified mail", calling attention to the provision. § 5-903(3): not where the renewal period is one month or
 * less. Courts read "service, maintenance or repair" generously, but whether services are "to or for" property
 * is a question for the reader — hence a flag, with the reminder window as the provider's deadline.
 */

const AUTHORITY = 'N.Y. Gen. Oblig. Law § 5-903';
const FIRST = 30;
const LAST = 15;
const PROVIDER_ROLES = /\b(?:provider|contractor|vendor|supplier|servicer|licensor|company|consultant|seller)\b/i;

function renewsForMoreThanAMonth(period: Period | null | undefined): boolean {
  if (!period || period.amount === null) return true; // unknown length: flag, the reader checks
  const days = { hour: 1 / 24, day: 1, 'business-day': 1.4, week: 7, month: 31, year: 366 }[period.unit] * period.amount;
  return days > 31;
}

/** The non-renewal rights the recipient of the services may use: either party's, or a named party not the provider. */
function customerRights(agreement: AgreementAnalysis): Provision[] {
  const provider = agreement.parties.find((p) => PROVIDER_ROLES.test(p.role ?? ''));
  return agreement.provisions.filter((p) => {
    if (p.type !== 'non-renewal') return false;
    if (p.party === null || p.party === 'either' || !provider) return true;
    const holder = p.party.toLowerCase();
    return holder !== provider.name.toLowerCase() && !provider.aliases.some((a) => a.toLowerCase() === holder);
  });
}

function applies(agreement: AgreementAnalysis): boolean {
  const renewal = agreement.term.renewal ?? agreement.provisions.find((p) => p.type === 'renewal')?.renewal ?? null;
  return (
    profileFor(agreement.governingLaw).code === 'US-NY' &&
    Boolean(agreement.subjectMatter) &&
    renewal?.type === 'automatic' &&
    renewsForMoreThanAMonth(renewal.term) &&
    customerRights(agreement).length > 0
  );
}

const minusDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'UTC' }).minus({ days }).toISODate() as string;

export const NY_GOL_5_903: Statute = {
  id: 'ny-gol-5-903',

  /**
   * @example NY_GOL_5_903.flag(nyMaintenanceAgreement)?.authority // 'N.Y. Gen. Oblig. Law § 5-903'
   */
  flag(agreement: AgreementAnalysis): StatutoryFlag | null {
    if (!applies(agreement)) return null;
    const right = customerRights(agreement)[0];
    const provider = agreement.parties.find((p) => PROVIDER_ROLES.test(p.role ?? ''))?.name ?? 'the provider';
    const what = agreement.subjectMatter?.text ?? 'service, maintenance or repair';
    return {
      statute: 'ny-gol-5-903',
      title: 'New York: automatic renewal of a service, maintenance or repair contract',
      authority: AUTHORITY,
      section: right?.section ?? null,
      text: `This agreement is governed by New York law, appears to be for service, maintenance or repair ("${what}") and renews automatically. Under ${AUTHORITY}, the renewal binds the customer only if ${provider} gave the customer written notice calling attention to the renewal clause, served personally or by certified mail, at least ${LAST} and not more than ${FIRST} days before the customer's last day to give notice of non-renewal. The statute covers service, maintenance or repair "to or for any real or personal property"; whether it covers this agreement should be checked. This is a flag, not legal advice.`,
    };
  },

  /**
   * For each customer's non-renewal deadline, the provider's reminder window: from 30 to 15 days before it
   * (the window is the same under every reading: it is counted from the earliest deadline, `safeDate`, for its
   * last day and from the latest for its first, so a reminder inside it is in time under all of them).
   * @example NY_GOL_5_903.deadlines(agreement, [{ kind: 'non-renewal-notice', date: '2025-11-01', ... }])[0]
   * // { kind: 'statutory-reminder', windowStart: '2025-10-02', date: '2025-10-17', ... }
   */
  deadlines(agreement: AgreementAnalysis, deadlines: readonly Deadline[]): Deadline[] {
    const flag = this.flag(agreement);
    if (!flag) return [];
    const sections = new Set(customerRights(agreement).map((p) => p.section));
    const provider = agreement.parties.find((p) => PROVIDER_ROLES.test(p.role ?? ''))?.name ?? 'the provider';
    return deadlines
      .filter((d) => d.kind === 'non-renewal-notice' && sections.has(d.section))
      .map((d) => {
        const last = minusDays(d.safeDate ?? d.date, LAST);
        const at = toIsoWithOffset(DateTime.fromISO(last, { zone: d.zone }).endOf('day').startOf('second'));
        return {
          kind: 'statutory-reminder' as const,
          date: last,
          windowStart: minusDays(d.latestDate ?? d.date, FIRST),
          at,
          zone: d.zone,
          section: d.section,
          text: flag.text,
          party: provider,
          authority: AUTHORITY,
        };
      });
  },
};
