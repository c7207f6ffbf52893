/** Contracts: each with its parties, the state of its documents and the next deadline; search and sort. */
import { useMemo, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { Pill, Show } from '../components/common.tsx';
import { Layout } from '../components/layout.tsx';
import { formatDay, zoneName } from '../dates.ts';
import { useLoad } from '../load.ts';
import { href, type Route } from '../router.ts';
import type { ContractSummary, ContractView } from '../types.ts';
import { DEADLINE_WORDS, documentStatus, partyNames, VERDICT_WORDS } from '../words.ts';

type SortKey = 'deadline' | 'name' | 'updated';

export function ContractsPage({ api, route }: { api: Api; route: Route }) {
  // The list gives no document states: each contract is read in full (a tenant has tens of contracts, not thousands).
  const [loaded] = useLoad(async () => Promise.all((await api.contracts()).map((summary) => api.contract(summary.contractId))), []);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('deadline');
  return (
    <Layout route={route} title="Contracts">
      <p>
        <a class="button" href={href.upload()}>
          Upload an agreement or a letter
        </a>
      </p>
      <div class="toolbar">
        <label>
          Search
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} placeholder="Party or contract" />
        </label>
        <label>
          Sort by
          <select value={sort} onChange={(event) => setSort(event.currentTarget.value as SortKey)}>
            <option value="deadline">Next deadline</option>
            <option value="name">Parties</option>
            <option value="updated">Last change</option>
          </select>
        </label>
      </div>
      <Show loaded={loaded}>{(contracts) => <ContractList contracts={contracts} query={query} sort={sort} />}</Show>
    </Layout>
  );
}

function ContractList({ contracts, query, sort }: { contracts: ContractView[]; query: string; sort: SortKey }) {
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matching = contracts.filter(
      (c) =>
        needle === '' ||
        c.contractId.toLowerCase().includes(needle) ||
        c.parties.some((p) => [p.name, ...p.aliases].some((name) => name.toLowerCase().includes(needle))) ||
        c.documents.some((d) => d.fileName.toLowerCase().includes(needle)),
    );
    const nextDay = (c: ContractSummary) => c.nextDeadline?.safeDate ?? c.nextDeadline?.date ?? '9999-12-31';
    const compare: Record<SortKey, (a: ContractView, b: ContractView) => number> = {
      deadline: (a, b) => nextDay(a).localeCompare(nextDay(b)),
      name: (a, b) => partyNames(a.parties).localeCompare(partyNames(b.parties)),
      updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    };
    return [...matching].sort(compare[sort]);
  }, [contracts, query, sort]);

  if (contracts.length === 0) return <p>No contracts yet. Upload an agreement to begin.</p>;
  return (
    <>
      <p class="muted" role="status">
        {shown.length} of {contracts.length} contracts
      </p>
      <ul class="cards">
        {shown.map((contract) => (
          <li key={contract.contractId} class="card">
            <h2>
              <a href={href.contract(contract.contractId)}>{partyNames(contract.parties)}</a>
            </h2>
            <p class="muted">Contract {contract.contractId}</p>
            <NextDeadline contract={contract} />
            <Verdicts contract={contract} />
            <ul class="documents">
              {contract.documents.map((document) => {
                const status = documentStatus(document);
                return (
                  <li key={document.documentId}>
                    {document.kind === 'agreement' ? 'Agreement' : 'Letter'} “{document.fileName}”:{' '}
                    <Pill tone={status.tone}>{status.label}</Pill>
                    {status.detail && <span class="error-text"> {status.detail}</span>}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

function NextDeadline({ contract }: { contract: ContractSummary }) {
  const next = contract.nextDeadline;
  if (!next) return <p>No coming deadline.</p>;
  return (
    <p>
      <strong>{DEADLINE_WORDS[next.kind] ?? 'Deadline'}:</strong> {formatDay(next.date)}
      {next.safeDate && next.safeDate !== next.date && <> (safe date {formatDay(next.safeDate)})</>}
      <span class="muted"> — {zoneName(next.zone)}</span>
    </p>
  );
}

function Verdicts({ contract }: { contract: ContractSummary }) {
  const counts = Object.entries(contract.verdicts).filter(([, n]) => (n ?? 0) > 0) as [keyof typeof VERDICT_WORDS, number][];
  if (counts.length === 0) return null;
  return (
    <p>
      Letters:{' '}
      {counts.map(([status, n]) => (
        <Pill key={status} tone={VERDICT_WORDS[status].tone}>
          {n} × {VERDICT_WORDS[status].label}
        </Pill>
      ))}
    </p>
  );
}
