/** The HTTP API, with the signed-in user's token. Errors carry the API's message, never a stack. */
import type {
  AssignedMail,
  ContractSummary,
  ContractView,
  DeadlineView,
  Feed,
  HistoryItem,
  Page,
  UnmatchedMail,
  UploadTicket,
  VerdictView,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ReviewAction =
  | { action: 'confirm' }
  | { action: 'correct'; date: string; reason: string }
  | { action: 'dismiss'; reason: string };

export interface Api {
  contracts(): Promise<ContractSummary[]>;
  contract(contractId: string): Promise<ContractView>;
  verdicts(contractId: string): Promise<VerdictView[]>;
  history(contractId: string): Promise<HistoryItem[]>;
  deadlines(window: { from: string; to: string }): Promise<DeadlineView[]>;
  review(contractId: string, deadlineId: string, action: ReviewAction): Promise<DeadlineView>;
  requestUpload(
    contractId: string,
    body: { kind: 'agreement' | 'letter'; fileName: string; contentType: string; contentLength: number },
  ): Promise<UploadTicket>;
  feeds(): Promise<Feed[]>;
  createFeed(): Promise<Feed & { url: string }>;
  revokeFeed(feedId: string): Promise<void>;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
  unmatchedMail(): Promise<UnmatchedMail[]>;
  assignMail(messageId: string, contractId: string): Promise<AssignedMail>;
}

/** The tenant's settings: whether computed deadlines send reminders without a person confirming them first. */
export interface Settings {
  autoConfirmDeadlines: boolean;
}

export function createApi(apiUrl: string, token: string): Api {
  const base = apiUrl.replace(/\/$/, '');
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, null, 'The service could not be reached. Check your connection and try again.');
    }
    if (response.status === 204) return undefined as T;
    const answer = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    if (!response.ok) throw new ApiError(response.status, answer?.code ?? null, answerMessage(response.status, answer?.message));
    return answer as T;
  }
  const id = encodeURIComponent;

  return {
    contracts: async () => {
      const items: ContractSummary[] = [];
      let cursor: string | null | undefined = null;
      do {
        const query: string = cursor ? `?limit=100&cursor=${id(cursor)}` : '?limit=100';
        const page: Page<ContractSummary> = await call('GET', `/contracts${query}`);
        items.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      return items;
    },
    contract: async (contractId) => {
      const view = await call<ContractView>('GET', `/contracts/${id(contractId)}`);
      // The agreement's full text, for showing each clause where it stands; the page works without it.
      const agreementDoc = view.documents.find((d) => d.kind === 'agreement' && d.status === 'PROCESSED');
      if (view.agreement && agreementDoc) {
        const found = await call<{ text: string }>(
          'GET',
          `/contracts/${id(contractId)}/documents/${id(agreementDoc.documentId)}/text`,
        ).catch(() => null);
        if (found) return { ...view, agreement: { ...view.agreement, text: found.text } };
      }
      return view;
    },
    verdicts: async (contractId) => (await call<Page<VerdictView>>('GET', `/contracts/${id(contractId)}/verdicts`)).items,
    history: async (contractId) => (await call<Page<HistoryItem>>('GET', `/contracts/${id(contractId)}/history`)).items,
    deadlines: async ({ from, to }) => (await call<Page<DeadlineView>>('GET', `/deadlines?from=${from}&to=${to}`)).items,
    review: (contractId, deadlineId, action) => call('PATCH', `/contracts/${id(contractId)}/deadlines/${id(deadlineId)}`, action),
    requestUpload: (contractId, body) => call('POST', `/contracts/${id(contractId)}/documents`, body),
    feeds: async () => (await call<Page<Feed>>('GET', '/feeds')).items,
    createFeed: () => call('POST', '/feeds'),
    revokeFeed: (feedId) => call('DELETE', `/feeds/${id(feedId)}`),
    settings: () => call('GET', '/settings'),
    saveSettings: (settings) => call('PUT', '/settings', settings),
    unmatchedMail: async () => (await call<Page<UnmatchedMail>>('GET', '/mail/unmatched')).items,
    assignMail: (messageId, contractId) => call('POST', `/mail/unmatched/${id(messageId)}/assign`, { contractId }),
  };
}

function answerMessage(status: number, message: string | undefined): string {
  if (status === 401) return 'Your sign-in has expired. Reload the page to sign in again.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return message && message !== 'Not Found' ? message : 'Not found.';
  return message ?? `The service answered with an error (HTTP ${status}).`;
}
