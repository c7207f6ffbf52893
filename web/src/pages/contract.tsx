/**
 * One contract: its documents, the computed deadlines on a timeline with their review, the provisions with
 * their quoted text, the agreement's text with the cited clauses marked, and the history of reviews.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { Pill, Show } from '../components/common.tsx';
import { DeadlineCard } from '../components/deadline-card.tsx';
import { Highlighted, type Mark } from '../components/highlight.tsx';
import { Layout } from '../components/layout.tsx';
import { Timeline } from '../components/timeline.tsx';
import { formatDay, formatMoment, todayIn, zoneName } from '../dates.ts';
import { useLoad } from '../load.ts';
import { href, type Route } from '../router.ts';
import type { ContractView, DeadlineView, HistoryItem, Provision } from '../types.ts';
import { DEADLINE_WORDS, documentStatus, PROVISION_WORDS, partyNames } from '../words.ts';

export function ContractPage({ api, route, contractId }: { api: Api; route: Route; contractId: string }) {
  const [loaded] = useLoad(() => api.contract(contractId), [contractId]);
  const title = loaded.state === 'ready' ? partyNames(loaded.value.parties) : `Contract ${contractId}`;
  return (
    <Layout route={route} title={title}>
      <Show loaded={loaded}>{(contract) => <ContractBody api={api} initial={contract} />}</Show>
    </Layout>
  );
}

function ContractBody({ api, initial }: { api: Api; initial: ContractView }) {
  const [contract, setContract] = useState(initial);
  const [historyVersion, setHistoryVersion] = useState(0);
  const zone = contract.deadlines[0]?.zone ?? contract.agreement?.zone ?? 'UTC';
  const replace = (updated: DeadlineView) => {
    setContract((c) => ({ ...c, deadlines: c.deadlines.map((d) => (d.deadlineId === updated.deadlineId ? { ...d, ...updated } : d)) }));
    setHistoryVersion((n) => n + 1);
  };
  return (
    <>
      <Summary contract={contract} zone={zone} />
      <section aria-labelledby="documents">
        <h2 id="documents">Documents</h2>
        <ul class="documents">
          {contract.documents.map((document) => {
            const status = documentStatus(document);
            return (
              <li key={document.documentId}>
                {document.kind === 'agreement' ? 'Agreement' : 'Letter'} “{document.fileName}”:{' '}
                <Pill tone={status.tone}>{status.label}</Pill>
                {status.detail && <span class="error-text"> {status.detail}</span>}
                {document.kind === 'letter' && document.status === 'PROCESSED' && (
                  <>
                    {' '}
                    <a href={href.verdict(contract.contractId, document.documentId)}>See the verdict on “{document.fileName}”</a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
        <p>
          <a href={href.upload(contract.contractId)}>Upload a letter or a new version of the agreement</a>
        </p>
      </section>
      <section aria-labelledby="deadlines">
        <h2 id="deadlines">Deadlines</h2>
        <p class="muted">Dates are in {zoneName(zone)}. A computed deadline sends reminders only once someone confirms or corrects it.</p>
        {contract.deadlines.length === 0 ? (
          <p>No deadlines computed.</p>
        ) : (
          <Timeline
            label="Deadlines in date order, with today"
            today={todayIn(zone)}
            items={contract.deadlines.map((deadline) => ({
              key: deadline.deadlineId,
              day: deadline.safeDate ?? deadline.date,
              content: <DeadlineCard api={api} contract={contract} deadline={deadline} onChanged={replace} />,
            }))}
          />
        )}
      </section>
      <Provisions contract={contract} />
      <History api={api} contract={contract} version={historyVersion} />
    </>
  );
}

function Summary({ contract, zone }: { contract: ContractView; zone: string }) {
  const term = contract.term;
  return (
    <dl class="facts">
      <dt>Contract</dt>
      <dd>{contract.contractId}</dd>
      {term?.effectiveDate && (
        <>
          <dt>Effective</dt>
          <dd>{formatDay(term.effectiveDate)}</dd>
        </>
      )}
      {term?.expirationDate && (
        <>
          <dt>Initial term ends</dt>
          <dd>{formatDay(term.expirationDate)}</dd>
        </>
      )}
      {contract.governingLaw && (
        <>
          <dt>Governing law</dt>
          <dd>{contract.governingLaw}</dd>
        </>
      )}
      <dt>Time zone</dt>
      <dd>{zoneName(zone)}</dd>
    </dl>
  );
}

/** The notice, cure and term words inside a clause: what the count started from. */
function periodMarks(provision: Provision): Mark[] {
  return [provision.notice, provision.cure, provision.period, provision.renewal?.term]
    .filter((period) => period?.start !== undefined && period.end !== undefined)
    .map((period) => ({ start: period?.start ?? 0, end: period?.end ?? 0, label: 'The period counted' }));
}

function Provisions({ contract }: { contract: ContractView }) {
  const [selected, setSelected] = useState<number | null>(null);
  const agreement = contract.agreement;
  if (!agreement) return null;
  const provisions = agreement.provisions.filter((p) => p.type !== 'governing-law' || p.text);
  const text = agreement.text;
  return (
    <section aria-labelledby="provisions">
      <h2 id="provisions">Provisions</h2>
      <div class={text ? 'split' : ''}>
        <ul class="provisions">
          {provisions.map((provision, index) => (
            <li key={`${provision.start}-${provision.type}`} class={selected === index ? 'card selected' : 'card'}>
              <h3>
                {PROVISION_WORDS[provision.type] ?? provision.type}
                {provision.section && <> — Section {provision.section}</>}
                {provision.heading && <span class="muted"> ({provision.heading})</span>}
              </h3>
              <p class="muted">
                {provision.page ? `Page ${provision.page}` : 'Page not known'} · characters {provision.start}–{provision.end}
              </p>
              <blockquote>
                <Highlighted text={provision.text} offset={provision.start} marks={periodMarks(provision)} />
              </blockquote>
              {text && (
                <button type="button" class="secondary" onClick={() => setSelected(index)}>
                  Show in the document
                </button>
              )}
            </li>
          ))}
        </ul>
        {text && <DocumentText text={text} provision={selected === null ? undefined : provisions[selected]} />}
      </div>
    </section>
  );
}

function DocumentText({ text, provision }: { text: string; provision: Provision | undefined }) {
  useEffect(() => {
    document.querySelector('.document-text mark')?.scrollIntoView({ block: 'center' });
  }, [provision]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it
    <section class="document-text" tabIndex={0} aria-label="The agreement's text">
      <Highlighted text={text} marks={provision ? [{ start: provision.start, end: provision.end, label: 'The cited clause' }] : []} />
    </section>
  );
}

function History({ api, contract, version }: { api: Api; contract: ContractView; version: number }) {
  const [loaded] = useLoad(() => api.history(contract.contractId), [contract.contractId, version]);
  const zone = contract.deadlines[0]?.zone ?? 'UTC';
  const sentence = (item: HistoryItem) => {
    const deadline = contract.deadlines.find((d) => d.deadlineId === item.deadlineId);
    const what = deadline ? `${DEADLINE_WORDS[deadline.kind] ?? 'deadline'} (${formatDay(deadline.date)})` : 'a deadline';
    const verb = { confirm: 'confirmed', correct: 'corrected', dismiss: 'dismissed' }[item.action] ?? item.action;
    return `${item.by} ${verb} ${item.deadlineId ? what : ''}${item.from && item.to ? `: ${formatDay(item.from)} → ${formatDay(item.to)}` : ''}${item.reason ? ` — “${item.reason}”` : ''}`;
  };
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      {loaded.state === 'ready' ? (
        loaded.value.length === 0 ? (
          <p>No reviews yet.</p>
        ) : (
          // Newest first: the change a reviewer just made is the one they look for.
          <ol class="history" aria-label="Changes, newest first">
            {[...loaded.value].reverse().map((item) => (
              <li key={`${item.at}-${item.action}-${item.deadlineId ?? ''}`}>
                <time dateTime={item.at}>{formatMoment(item.at, zone)}</time>: {sentence(item)}
              </li>
            ))}
          </ol>
        )
      ) : loaded.state === 'loading' ? (
        <p class="muted">Loading…</p>
      ) : (
        <p class="muted">The history is not available.</p>
      )}
    </section>
  );
}
