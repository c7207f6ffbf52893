/** Loads the settings, signs in, then shows the page the address names. */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Api, createApi } from './api.ts';
import { signIn } from './auth.ts';
import { loadConfig } from './config.ts';
import { Layout } from './components/layout.tsx';
import { UnmatchedCountContext } from './components/unmatched-count.tsx';
import { ContractPage } from './pages/contract.tsx';
import { ContractsPage } from './pages/contracts.tsx';
import { DeadlinesPage } from './pages/deadlines.tsx';
import { FeedsPage } from './pages/feeds.tsx';
import { MailPage } from './pages/mail.tsx';
import { UploadPage } from './pages/upload.tsx';
import { VerdictPage } from './pages/verdict.tsx';
import { href, parseRoute, type Route, useRoute } from './router.ts';

function App({ apiUrl, token, inboundAddress }: { apiUrl: string; token: string; inboundAddress: string | null }) {
  const api: Api = useMemo(() => createApi(apiUrl, token), [apiUrl, token]);
  const route = useRoute();
  const [unmatched, setUnmatched] = useState<number | null>(null);
  useEffect(() => {
    if (parseRoute(location.hash).page === 'mail') return; // that page lists the messages itself
    api.unmatchedMail().then(
      (items) => setUnmatched(items.length),
      () => setUnmatched(null), // only the badge is missing; the page says what went wrong when opened
    );
  }, [api]);
  const count = useMemo(() => ({ count: unmatched, set: setUnmatched }), [unmatched]);
  return (
    <UnmatchedCountContext.Provider value={count}>
      <Page api={api} route={route} inboundAddress={inboundAddress} />
    </UnmatchedCountContext.Provider>
  );
}

function Page({ api, route, inboundAddress }: { api: Api; route: Route; inboundAddress: string | null }) {
  switch (route.page) {
    case 'contracts':
      return <ContractsPage api={api} route={route} />;
    case 'upload':
      return <UploadPage key={route.contractId ?? ''} api={api} route={route} contractId={route.contractId} />;
    case 'contract':
      return <ContractPage key={route.contractId} api={api} route={route} contractId={route.contractId} />;
    case 'verdict':
      return <VerdictPage api={api} route={route} contractId={route.contractId} letterDocumentId={route.letterDocumentId} />;
    case 'deadlines':
      return <DeadlinesPage api={api} route={route} />;
    case 'feeds':
      return <FeedsPage api={api} route={route} />;
    case 'mail':
      return <MailPage api={api} route={route} inboundAddress={inboundAddress} />;
    default:
      return (
        <Layout route={route} title="Page not found">
          <p>
            There is no such page. <a href={href.contracts()}>Go to the contracts</a>.
          </p>
        </Layout>
      );
  }
}

const root = document.getElementById('app') as HTMLElement;
loadConfig()
  .then(async (config) => ({
    apiUrl: config.apiUrl,
    token: await signIn(config),
    inboundAddress: typeof config.inboundAddress === 'string' ? config.inboundAddress : null,
  }))
  .then(
    ({ apiUrl, token, inboundAddress }) => render(<App apiUrl={apiUrl} token={token} inboundAddress={inboundAddress} />, root),
    (error: unknown) =>
      render(
        <main id="main">
          <h1>Contract notice checker</h1>
          <p class="error" role="alert">
            {error instanceof Error ? error.message : String(error)}
          </p>
        </main>,
        root,
      ),
  );
