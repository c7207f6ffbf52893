/**
 * The few API calls the local stack makes on a user's behalf, exactly as a user would: ask for an upload URL,
 * PUT the file to it, read the verdicts. Any non-2xx answer becomes an error carrying the API's message.
 */
import { readFile } from 'node:fs/promises';
import type { Deadline, Verdict } from '../domain/types.ts';

export interface VerdictItem extends Verdict {
  letterDocumentId?: string;
  computedAt?: string;
}

export interface ContractView {
  deadlines?: Array<Partial<Deadline>>;
  documents?: Array<{ documentId?: string; kind?: string; fileName?: string; status?: string; errorCode?: string | null }>;
}

export class ApiClient {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  /** POST /contracts/{id}/documents, then PUT the bytes to the presigned URL; returns the document id. */
  async upload(contractId: string, document: { kind: string; file: string; fileName: string; contentType: string }): Promise<string> {
    const bytes = await readFile(document.file);
    const created = (await this.call('POST', `/contracts/${encodeURIComponent(contractId)}/documents`, {
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
      contentLength: bytes.byteLength,
    })) as { documentId: string; uploadUrl: string };
    const put = await fetch(created.uploadUrl, { method: 'PUT', headers: { 'content-type': document.contentType }, body: bytes });
    if (!put.ok) throw new Error(`Upload of ${document.fileName} failed: HTTP ${put.status} ${await put.text()}`);
    return created.documentId;
  }

  async verdicts(contractId: string): Promise<VerdictItem[]> {
    return ((await this.call('GET', `/contracts/${encodeURIComponent(contractId)}/verdicts`)) as { items: VerdictItem[] }).items;
  }

  async contract(contractId: string): Promise<ContractView> {
    return (await this.call('GET', `/contracts/${encodeURIComponent(contractId)}`)) as ContractView;
  }

  async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  }
}
