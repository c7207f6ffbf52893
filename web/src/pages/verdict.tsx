/**
 * One letter's verdict: the status in words and colour, who wrote to whom, the letter's effective date beside
 * the earliest compliant date and the margin or shortfall, the governing clause marked, conditions, review
 * reasons and the explanation.
 */
import type { Api } from '../api.ts';
import { Pill, Show } from '../components/common.tsx';
import { Highlighted } from '../components/highlight.tsx';
import { Layout } from '../components/layout.tsx';
import { dayOf, daysBetween, formatDay, formatMoment, plural, zoneName } from '../dates.ts';
import { useLoad } from '../load.ts';
import { href, type Route } from '../router.ts';
import type { ContractView, VerdictView } from '../types.ts';
import { ACTION_WORDS, PROVISION_WORDS, plainSentence, ruleWords, VERDICT_WORDS } from '../words.ts';

type Assessment = VerdictView['provisions'][number];

export function VerdictPage({
  api,
  route,
  contractId,
  letterDocumentId,
}: {
  api: Api;
  route: Route;
  contractId: string;
  letterDocumentId: string;
}) {
  const [loaded] = useLoad(async () => {
    const [verdicts, contract] = await Promise.all([api.verdicts(contractId), api.contract(contractId)]);
    const verdict = verdicts.find((v) => v.letterDocumentId === letterDocumentId);
    if (!verdict) throw new Error('This letter has no verdict yet: it may still be processing, or it could not be read.');
    return { verdict, contract };
  }, [contractId, letterDocumentId]);
  return (
    <Layout route={route} title="Verdict">
      <Show loaded={loaded}>{({ verdict, contract }) => <VerdictBody verdict={verdict} contract={contract} />}</Show>
    </Layout>
  );
}

function VerdictBody({ verdict, contract }: { verdict: VerdictView; contract: ContractView }) {
  const words = VERDICT_WORDS[verdict.status];
  const letter = contract.documents.find((d) => d.documentId === verdict.letterDocumentId);
  const governing = governingProvision(verdict);
  const dateSource = verdict.provisions.find((p) => p.applies && p.earliestEffectiveDate === verdict.earliestCompliantDate);
  const applying = verdict.provisions.filter((p) => p.applies);
  const zone = verdict.zone;
  const at = (iso: string | null) => (iso ? `${formatMoment(iso, zone)}` : 'Not stated');
  const conditions = applying.filter((p) => p.condition);
  return (
    <>
      <p>
        <a href={href.contract(contract.contractId)}>Back to the contract</a>
        {letter && <span class="muted"> · Letter “{letter.fileName}”</span>}
      </p>
      <div class={`verdict-status tone-${words.tone}`} role="status">
        <strong>{words.label}</strong>
        <span>{words.summary}</span>
      </div>
      <dl class="facts">
        <dt>What the letter does</dt>
        <dd>{verdict.action ? ACTION_WORDS[verdict.action] : 'Not clear from the letter'}</dd>
        <dt>Sender</dt>
        <dd>{verdict.sender ?? 'Not identified'}</dd>
        <dt>Recipient</dt>
        <dd>{verdict.recipient ?? 'Not identified'}</dd>
        <dt>Sent</dt>
        <dd>
          {at(verdict.noticeGivenAt)}
          {verdict.deliveryMethod && <> by {verdict.deliveryMethod.replace(/-/g, ' ')}</>}
        </dd>
        <dt>Taken as received</dt>
        <dd>{at(verdict.noticeReceivedAt)}</dd>
        <dt>Time zone</dt>
        <dd>{zoneName(zone)}</dd>
      </dl>
      <fieldset class="compare">
        <legend class="visually-hidden">The letter's date against the earliest compliant date</legend>
        <div>
          <span class="muted">The letter takes effect</span>
          <strong>{verdict.effectiveAt ? formatDay(dayOf(verdict.effectiveAt, zone)) : 'Not stated'}</strong>
          {verdict.effectiveAt && <span class="muted">{formatMoment(verdict.effectiveAt, zone)}</span>}
        </div>
        <div>
          <span class="muted">Earliest compliant date</span>
          <strong>{verdict.earliestCompliantDate ? formatDay(verdict.earliestCompliantDate) : 'None found'}</strong>
          {dateSource?.section && <span class="muted">under Section {dateSource.section}</span>}
        </div>
        <div>
          <span class="muted">Margin</span>
          <strong>{marginWords(verdict)}</strong>
        </div>
      </fieldset>
      {governing && (
        <section aria-labelledby="governing">
          <h2 id="governing">Governing clause{governing.section && <> — Section {governing.section}</>}</h2>
          <ClauseQuote provision={governing} governing />
        </section>
      )}
      {conditions.length > 0 && (
        <section aria-labelledby="conditions">
          <h2 id="conditions">Conditions</h2>
          <ul>
            {conditions.map((p) => (
              <li key={`${p.section}-${p.type}`}>
                Section {p.section ?? '(unnumbered)'} ({(PROVISION_WORDS[p.type] ?? p.type).toLowerCase()}) applies only if there was{' '}
                {plainSentence(p.condition ?? '')}.
              </li>
            ))}
          </ul>
        </section>
      )}
      {verdict.readings && verdict.readings.length > 0 && (
        <section aria-labelledby="readings">
          <h2 id="readings">Readings</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Reading</th>
                <th scope="col">Outcome</th>
                <th scope="col">Earliest compliant date</th>
              </tr>
            </thead>
            <tbody>
              {verdict.readings.map((reading) => (
                <tr key={reading.name}>
                  <td>{plainSentence(reading.description)}</td>
                  <td>
                    <Pill tone={VERDICT_WORDS[reading.status].tone}>{VERDICT_WORDS[reading.status].label}</Pill>
                  </td>
                  <td>{reading.earliestCompliantDate ? formatDay(reading.earliestCompliantDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {(verdict.reviewReasons?.length ?? 0) > 0 && (
        <section aria-labelledby="review-reasons">
          <h2 id="review-reasons">Why a person should review this</h2>
          <ul>
            {verdict.reviewReasons?.map((reason) => (
              <li key={reason}>{plainSentence(reason)}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="explanation">
        <h2 id="explanation">Explanation</h2>
        {verdict.explanation.map((sentence) => (
          <p key={sentence}>{plainSentence(sentence)}</p>
        ))}
      </section>
      {applying.length > 1 && (
        <section aria-labelledby="other-clauses">
          <h2 id="other-clauses">Other clauses considered</h2>
          {applying
            .filter((p) => p !== governing)
            .map((p) => (
              <ClauseQuote key={`${p.section}-${p.type}`} provision={p} governing={false} />
            ))}
        </section>
      )}
      <section aria-labelledby="rules">
        <h2 id="rules">Counting rules applied</h2>
        <ul class="rules">
          {verdict.rules.map((rule) => {
            const rw = ruleWords(rule);
            return (
              <li key={rule}>
                <strong>{rw.title}:</strong> {rw.text}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function ClauseQuote({ provision, governing }: { provision: Assessment; governing: boolean }) {
  const period = provision.notice ?? provision.cure;
  const marks = [period, provision.cure]
    .filter((p) => p?.start !== undefined && p.end !== undefined)
    .map((p) => ({ start: p?.start ?? 0, end: p?.end ?? 0, label: 'The period required' }));
  return (
    <figure class={governing ? 'clause governing' : 'clause'}>
      <figcaption>
        {PROVISION_WORDS[provision.type] ?? provision.type}
        {!governing && provision.section && <> — Section {provision.section}</>}
        {provision.page && <span class="muted"> · page {provision.page}</span>}
        {provision.satisfied === true && <Pill tone="good">notice enough</Pill>}
        {provision.satisfied === false && <Pill tone="bad">notice too short</Pill>}
      </figcaption>
      <blockquote>
        {governing ? (
          <mark class="clause-mark">
            <Highlighted text={provision.text} offset={provision.start} marks={marks} />
          </mark>
        ) : (
          <Highlighted text={provision.text} offset={provision.start} marks={marks} />
        )}
      </blockquote>
      {provision.earliestEffectiveDate && (
        <p class="muted">Earliest effective date under this clause: {formatDay(provision.earliestEffectiveDate)}</p>
      )}
    </figure>
  );
}

/**
 * The clause the outcome turns on: for a compliant letter the clause it satisfies; for a conditional one the
 * clause it satisfies only if the condition holds; otherwise the clause that sets the earliest compliant date.
 */
function governingProvision(verdict: VerdictView): Assessment | undefined {
  const applying = verdict.provisions.filter((p) => p.applies);
  const byDate = applying.find((p) => p.earliestEffectiveDate !== null && p.earliestEffectiveDate === verdict.earliestCompliantDate);
  if (verdict.status === 'COMPLIANT') return applying.find((p) => p.satisfied === true) ?? byDate ?? applying[0];
  if (verdict.status === 'CONDITIONAL') return applying.find((p) => p.satisfied === true && p.condition) ?? byDate ?? applying[0];
  return byDate ?? applying[0];
}

function marginWords(verdict: VerdictView): string {
  const days =
    verdict.margin?.days ??
    (verdict.shortfall
      ? -verdict.shortfall.amount
      : verdict.effectiveAt && verdict.earliestCompliantDate
        ? daysBetween(verdict.earliestCompliantDate, dayOf(verdict.effectiveAt, verdict.zone))
        : null);
  if (days === null) return 'Not known';
  if (verdict.shortfall && verdict.shortfall.unit !== 'day' && verdict.margin === undefined)
    return `${plural(verdict.shortfall.amount, verdict.shortfall.unit.replace('-', ' '))} short`;
  if (days < 0) return `${plural(-days, 'day')} short`;
  return days === 0 ? 'None: exactly on the earliest day' : `${plural(days, 'day')} to spare`;
}
