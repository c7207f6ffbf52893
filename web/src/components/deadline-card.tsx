/**
 * One computed deadline: its date and safe date, expandable into how it was counted, and the review actions
 * (confirm, correct with a date and a reason, dismiss with a reason) that decide whether it drives reminders.
 */
import { useState } from 'preact/hooks';
import type { Api, ReviewAction } from '../api.ts';
import { formatDay, formatMoment } from '../dates.ts';
import type { ContractView, DeadlineView, Provision } from '../types.ts';
import { DEADLINE_WORDS, REVIEW_WORDS, ruleWords } from '../words.ts';
import { ErrorMessage, Pill } from './common.tsx';

export function DeadlineCard({
  api,
  contract,
  deadline,
  onChanged,
}: {
  api: Api;
  contract: ContractView;
  deadline: DeadlineView;
  onChanged(updated: DeadlineView): void;
}) {
  const review = deadline.review ?? { status: 'proposed' as const };
  const effective = review.status === 'corrected' && review.date ? review.date : deadline.date;
  const title = DEADLINE_WORDS[deadline.kind] ?? 'Deadline';
  return (
    <article class="deadline" aria-label={`${title}, ${formatDay(effective)}`}>
      <h3>
        {title}: {formatDay(effective)}
      </h3>
      {deadline.safeDate && deadline.safeDate !== deadline.date && (
        <p class="safe">
          Safe date: <strong>{formatDay(deadline.safeDate)}</strong> — the earliest date any reading of the text allows; act by then.
          {deadline.readingReason && <> {deadline.readingReason}</>}
        </p>
      )}
      {deadline.latestDate && deadline.latestDate !== deadline.date && <p>Latest reading: {formatDay(deadline.latestDate)}.</p>}
      {deadline.notBefore && (
        <p class="safe">
          Not before <strong>{formatDay(deadline.notBefore)}</strong>: the agreement allows this notice only inside a window, and a notice
          received earlier does not count.
        </p>
      )}
      {deadline.at && <p class="muted">Ends {formatMoment(deadline.at, deadline.zone)}</p>}
      <p>
        Review:{' '}
        <Pill tone={review.status === 'proposed' ? 'review' : review.status === 'dismissed' ? 'muted' : 'good'}>
          {REVIEW_WORDS[review.status]}
        </Pill>
        {review.status === 'corrected' && <> (computed {formatDay(deadline.date)})</>}
        {review.reason && <> — “{review.reason}”</>}
        {review.by && (
          <span class="muted">
            {' '}
            by {review.by}
            {review.at && <> on {formatMoment(review.at, deadline.zone)}</>}
          </span>
        )}
      </p>
      <details>
        <summary>How this date was counted</summary>
        <ol class="steps">
          {(deadline.steps ?? countingSteps(contract, deadline)).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {deadline.rules && deadline.rules.length > 0 && (
          <ul class="rules">
            {deadline.rules.map((rule) => {
              const words = ruleWords(rule);
              return (
                <li key={rule}>
                  <strong>{words.title}:</strong> {words.text}
                </li>
              );
            })}
          </ul>
        )}
        {deadline.text && <blockquote>{deadline.text}</blockquote>}
      </details>
      <ReviewActions api={api} deadline={deadline} onChanged={onChanged} />
    </article>
  );
}

function ReviewActions({ api, deadline, onChanged }: { api: Api; deadline: DeadlineView; onChanged(updated: DeadlineView): void }) {
  const [open, setOpen] = useState<'correct' | 'dismiss' | null>(null);
  const [date, setDate] = useState(deadline.date);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = DEADLINE_WORDS[deadline.kind] ?? 'deadline';

  async function act(action: ReviewAction) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.review(deadline.contractId, deadline.deadlineId, action));
      setOpen(null);
      setReason('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="review">
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => act({ action: 'confirm' })} aria-label={`Confirm: ${name}`}>
          Confirm
        </button>
        <button
          type="button"
          class="secondary"
          aria-expanded={open === 'correct'}
          onClick={() => setOpen(open === 'correct' ? null : 'correct')}
        >
          Correct…
        </button>
        <button
          type="button"
          class="secondary"
          aria-expanded={open === 'dismiss'}
          onClick={() => setOpen(open === 'dismiss' ? null : 'dismiss')}
        >
          Dismiss…
        </button>
      </div>
      {open && (
        <form
          class="review-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act(open === 'correct' ? { action: 'correct', date, reason } : { action: 'dismiss', reason });
          }}
        >
          {open === 'correct' && (
            <label>
              Correct date
              <input type="date" required value={date} onInput={(event) => setDate(event.currentTarget.value)} />
            </label>
          )}
          <label>
            Reason
            <input type="text" required value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {open === 'correct' ? 'Save the correction' : 'Dismiss the deadline'}
          </button>
        </form>
      )}
      {error && <ErrorMessage message={error} />}
    </div>
  );
}

const PROVISION_FOR: Record<string, Provision['type'][]> = {
  'non-renewal-notice': ['non-renewal', 'extension-notice'],
  'term-end': ['term', 'renewal'],
  'cure-period-end': ['termination-for-cause'],
  'termination-effective': ['termination-for-convenience', 'termination-for-cause', 'immediate-termination'],
  'suspension-effective': ['suspension'],
  'extension-notice': ['extension-notice'],
  'statutory-reminder': ['non-renewal'],
};

/** Where the API gives no steps: the clause, its period and what it counts from, and the result. */
function countingSteps(contract: ContractView, deadline: DeadlineView): string[] {
  const provision = contract.agreement?.provisions.find(
    (p) => p.section === deadline.section && (PROVISION_FOR[deadline.kind] ?? []).includes(p.type),
  );
  const section = deadline.section ? `Section ${deadline.section}` : 'The agreement';
  const steps: string[] = [];
  const termEnd = contract.deadlines.find((d) => d.kind === 'term-end' && d.date >= deadline.date);
  if (deadline.kind === 'non-renewal-notice') {
    if (termEnd) steps.push(`The current term ends on ${formatDay(termEnd.date)}.`);
    const period = provision?.notice?.text;
    steps.push(`${section} requires notice ${period ? `of ${period}` : ''} before the end of the term.`.replace(/\s+/g, ' '));
    steps.push(`Counting back from the end of the term, notice must be given by ${formatDay(deadline.date)}.`);
  } else if (deadline.kind === 'term-end') {
    const period = provision?.period?.text ?? provision?.renewal?.term?.text;
    if (contract.term?.effectiveDate) steps.push(`The agreement took effect on ${formatDay(contract.term.effectiveDate)}.`);
    if (period) steps.push(`${section} sets a term of ${period}.`);
    steps.push(`The term's last day is ${formatDay(deadline.date)}.`);
  } else {
    const period = provision?.notice?.text ?? provision?.cure?.text;
    steps.push(`${section}${period ? ` gives ${period}` : ' decides this date'}.`);
    steps.push(`The last day is ${formatDay(deadline.date)}.`);
  }
  return steps;
}
