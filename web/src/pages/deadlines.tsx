/** Deadlines: everything due in a chosen window across contracts, as a list and as a month calendar. */
import { useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { Pill, Show } from '../components/common.tsx';
import { Layout } from '../components/layout.tsx';
import { effectiveDay, MonthCalendar } from '../components/month-calendar.tsx';
import { ReminderSetting } from '../components/reminder-setting.tsx';
import { addDays, formatDay, todayIn, zoneName } from '../dates.ts';
import { useLoad } from '../load.ts';
import { href, type Route } from '../router.ts';
import { DEADLINE_WORDS, partyNames, REVIEW_WORDS } from '../words.ts';

export function DeadlinesPage({ api, route }: { api: Api; route: Route }) {
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 365));
  const [month, setMonth] = useState(today.slice(0, 7));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const [loaded] = useLoad(async () => {
    if (!valid) throw new Error('Choose a window whose first day is not after its last day.');
    const [deadlines, contracts] = await Promise.all([api.deadlines({ from, to }), api.contracts()]);
    const names = new Map(contracts.map((c) => [c.contractId, partyNames(c.parties)]));
    return { deadlines: [...deadlines].sort((a, b) => effectiveDay(a).localeCompare(effectiveDay(b))), names };
  }, [from, to]);
  const shift = (months: number) => {
    const [year = 2000, m = 1] = month.split('-').map(Number);
    const next = new Date(Date.UTC(year, m - 1 + months, 1));
    setMonth(next.toISOString().slice(0, 7));
  };

  return (
    <Layout route={route} title="Deadlines">
      <ReminderSetting api={api} />
      <form class="toolbar" onSubmit={(event) => event.preventDefault()}>
        <label>
          From
          <input type="date" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
        </label>
      </form>
      <Show loaded={loaded}>
        {({ deadlines, names }) => (
          <>
            <section aria-labelledby="list">
              <h2 id="list">
                {deadlines.length} deadline{deadlines.length === 1 ? '' : 's'} from {formatDay(from)} to {formatDay(to)}
              </h2>
              {deadlines.length === 0 ? (
                <p>Nothing falls due in this window.</p>
              ) : (
                <ul class="deadline-list">
                  {deadlines.map((d) => (
                    <li key={d.deadlineId} class={effectiveDay(d) < today ? 'past' : ''}>
                      <strong>{formatDay(effectiveDay(d))}</strong> — {DEADLINE_WORDS[d.kind] ?? 'Deadline'}
                      {d.section && <> (Section {d.section})</>} ·{' '}
                      <a href={href.contract(d.contractId)}>{names.get(d.contractId) ?? d.contractId}</a>
                      <span class="muted"> · {zoneName(d.zone)}</span>{' '}
                      <Pill tone={d.review?.status === 'proposed' || !d.review ? 'review' : 'good'}>
                        {REVIEW_WORDS[d.review?.status ?? 'proposed']}
                      </Pill>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="month">
              <h2 id="month">Month view</h2>
              <div class="actions">
                <button type="button" class="secondary" onClick={() => shift(-1)}>
                  Previous month
                </button>
                <button type="button" class="secondary" onClick={() => setMonth(today.slice(0, 7))}>
                  This month
                </button>
                <button type="button" class="secondary" onClick={() => shift(1)}>
                  Next month
                </button>
              </div>
              <MonthCalendar month={month} deadlines={deadlines} today={today} />
            </section>
          </>
        )}
      </Show>
    </Layout>
  );
}
