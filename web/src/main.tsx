/** Loads the settings, signs in, then shows the page the address names. */
import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import { type Api, createApi } from './api.ts';
import { signIn } from './auth.ts';
import { loadConfig } from './config.ts';
import { Layout } from './components/layout.tsx';
import { ContractPage } from './pages/contract.tsx';
import { ContractsPage } from './pages/contracts.tsx';
import { DeadlinesPage } from './pages/deadlines.tsx';
import { FeedsPage } from './pages/feeds.tsx';
import { UploadPage } from './pages/upload.tsx';
import { VerdictPage } from './pages/verdict.tsx';
import { href, useRoute } from './router.ts';

function App({ apiUrl, token }: { apiUrl: string; token: string }) {
  const api: Api = useMemo(() => createApi(apiUrl, token), [apiUrl, token]);
  const route = useRoute();
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
  .then(async (config) => ({ apiUrl: config.apiUrl, token: await signIn(config) }))
  .then(
    ({ apiUrl, token }) => render(<App apiUrl={apiUrl} token={token} />, root),
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
