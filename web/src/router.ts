/**
 * Hash routes (#/contracts/abc): the static host needs no rewrite rules, and every page has an address a
 * person can bookmark or share.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'contracts' }
  | { page: 'upload'; contractId: string | null }
  | { page: 'contract'; contractId: string }
  | { page: 'verdict'; contractId: string; letterDocumentId: string }
  | { page: 'deadlines' }
  | { page: 'feeds' }
  | { page: 'mail' }
  | { page: 'not-found' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth] = parts;
  if (!first || first === 'contracts') {
    if (!second) return { page: 'contracts' };
    if (third === 'verdicts' && fourth) return { page: 'verdict', contractId: second, letterDocumentId: fourth };
    if (third === 'upload') return { page: 'upload', contractId: second };
    if (!third) return { page: 'contract', contractId: second };
  }
  if (first === 'upload' && !second) return { page: 'upload', contractId: null };
  if (first === 'deadlines' && !second) return { page: 'deadlines' };
  if (first === 'calendar-feed' && !second) return { page: 'feeds' };
  if (first === 'mail' && !second) return { page: 'mail' };
  return { page: 'not-found' };
}

export const href = {
  contracts: () => '#/contracts',
  contract: (contractId: string) => `#/contracts/${encodeURIComponent(contractId)}`,
  verdict: (contractId: string, letterDocumentId: string) =>
    `#/contracts/${encodeURIComponent(contractId)}/verdicts/${encodeURIComponent(letterDocumentId)}`,
  upload: (contractId?: string) => (contractId ? `#/contracts/${encodeURIComponent(contractId)}/upload` : '#/upload'),
  deadlines: () => '#/deadlines',
  feeds: () => '#/calendar-feed',
  mail: () => '#/mail',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
