/**
 * Upload: drop an agreement or a letter, watch it go up (progress from the upload itself), then follow the
 * document until it is read or fails, without a reload.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { ErrorMessage, Pill } from '../components/common.tsx';
import { Layout } from '../components/layout.tsx';
import { href, type Route } from '../router.ts';
import type { ContractSummary, DocumentView } from '../types.ts';
import { putFile } from '../upload.ts';
import { documentStatus, partyNames } from '../words.ts';

/** What the service reads, by extension; a browser's own guess at a type is unreliable (.msg, .eml). */
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
};
const ACCEPT = Object.keys(CONTENT_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');
const POLL_MS = 1000;
const NEW_CONTRACT = '';

interface Job {
  file: File;
  contractId: string;
  documentId: string | null;
  progress: number;
  phase: 'uploading' | 'processing' | 'done' | 'failed';
  message: string | null;
  document: DocumentView | null;
}

export function UploadPage({ api, route, contractId }: { api: Api; route: Route; contractId: string | null }) {
  const [contracts, setContracts] = useState<ContractSummary[]>([]);
  const [target, setTarget] = useState(contractId ?? NEW_CONTRACT);
  const [kind, setKind] = useState<'agreement' | 'letter'>(contractId ? 'letter' : 'agreement');
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    api.contracts().then(setContracts, () => setContracts([]));
  }, [api]);

  const update = (file: File, change: Partial<Job>) =>
    setJobs((all) => all.map((job) => (job.file === file ? { ...job, ...change } : job)));

  async function send(file: File) {
    setError(null);
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const contentType = CONTENT_TYPES[extension];
    if (!contentType) return setError(`“${file.name}” is not a PDF, Word (.docx), text, .eml or .msg file.`);
    if (file.size === 0) return setError(`“${file.name}” is empty.`);
    const contractId = target === NEW_CONTRACT ? newContractId(file.name) : target;
    if (target === NEW_CONTRACT) setTarget(contractId);
    setJobs((all) => [...all, { file, contractId, documentId: null, progress: 0, phase: 'uploading', message: null, document: null }]);
    try {
      const ticket = await api.requestUpload(contractId, { kind, fileName: file.name, contentType, contentLength: file.size });
      update(file, { documentId: ticket.documentId });
      await putFile(ticket.uploadUrl, file, ticket.headers ?? { 'content-type': contentType }, (progress) => update(file, { progress }));
      update(file, { phase: 'processing' });
      const document = await follow(api, contractId, ticket.documentId, (seen) => update(file, { document: seen }));
      update(file, { document, phase: document.status === 'PROCESSED' ? 'done' : 'failed' });
      if (kind === 'agreement') setKind('letter'); // the usual next step: the letter about this agreement
    } catch (failure) {
      update(file, { phase: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    }
  }

  const pick = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) void send(file);
  };

  return (
    <Layout route={route} title="Upload">
      <form class="upload-form" onSubmit={(event) => event.preventDefault()}>
        <label>
          Contract
          <select value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
            <option value={NEW_CONTRACT}>A new contract</option>
            {contracts.map((contract) => (
              <option key={contract.contractId} value={contract.contractId}>
                {partyNames(contract.parties)} ({contract.contractId})
              </option>
            ))}
            {target !== NEW_CONTRACT && !contracts.some((c) => c.contractId === target) && <option value={target}>{target}</option>}
          </select>
        </label>
        <fieldset>
          <legend>The file is</legend>
          <label class="inline">
            <input type="radio" name="kind" value="agreement" checked={kind === 'agreement'} onChange={() => setKind('agreement')} />
            the agreement
          </label>
          <label class="inline">
            <input type="radio" name="kind" value="letter" checked={kind === 'letter'} onChange={() => setKind('letter')} />a notice letter
          </label>
        </fieldset>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file button inside is the keyboard path */}
        <div
          class={`dropzone${dragging ? ' dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            pick(event.dataTransfer?.files ?? null);
          }}
        >
          <p>Drop a PDF, Word (.docx), text, .eml or .msg file here, or</p>
          <label class="button">
            Choose a file
            <input
              ref={input}
              class="visually-hidden"
              type="file"
              accept={ACCEPT}
              onChange={(event) => {
                pick(event.currentTarget.files);
                event.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </form>
      {error && <ErrorMessage message={error} />}
      <ul class="jobs" aria-live="polite">
        {jobs.map((job) => (
          <JobRow key={`${job.contractId}/${job.file.name}/${job.file.lastModified}`} job={job} />
        ))}
      </ul>
    </Layout>
  );
}

function JobRow({ job }: { job: Job }) {
  const status = job.document ? documentStatus(job.document) : null;
  const words =
    job.phase === 'uploading'
      ? `Uploading… ${Math.round(job.progress * 100)}%`
      : job.phase === 'processing'
        ? 'Uploaded — reading the document…'
        : job.phase === 'done'
          ? 'Done'
          : 'Failed';
  return (
    <li class="card">
      <p>
        <strong>{job.file.name}</strong> —{' '}
        <Pill tone={job.phase === 'done' ? 'good' : job.phase === 'failed' ? 'bad' : 'busy'}>{words}</Pill>
      </p>
      <progress max={1} value={job.progress} aria-label={`Upload of ${job.file.name}`} />
      {job.message && <ErrorMessage message={job.message} />}
      {status?.detail && <ErrorMessage message={status.detail} />}
      {job.phase === 'done' && (
        <p>
          <a href={href.contract(job.contractId)}>Open the contract</a>
          {job.document?.kind === 'letter' && job.documentId && (
            <>
              {' · '}
              <a href={href.verdict(job.contractId, job.documentId)}>See the verdict</a>
            </>
          )}
        </p>
      )}
    </li>
  );
}

/** Polls the contract until the document is read or has failed. */
async function follow(api: Api, contractId: string, documentId: string, seen: (document: DocumentView) => void): Promise<DocumentView> {
  for (;;) {
    const contract = await api.contract(contractId).catch(() => null);
    const document = contract?.documents.find((d) => d.documentId === documentId);
    if (document) {
      seen(document);
      if (document.status !== 'PENDING') return document;
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** A readable id from the file name, made unique: "agreement-4k2p". */
function newContractId(fileName: string): string {
  const stem = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(36).padStart(2, '0')).join('');
  return `${stem || 'contract'}-${suffix}`;
}
