/**
 * Re-derives everything a contract's documents imply: each letter's verdict against the current agreement
 * (the latest processed agreement upload), the contract's deadlines and their alerts, and its summary.
 * Order of arrival does not matter: whatever arrives last finds the others already stored.
 */
import type { Deadline, LetterAnalysis, VerdictStatus } from '../domain/types.ts';
import { NoticeCheckError, isNoticeCheckError } from '../errors.ts';
import { scheduleAlerts, toDeadlineRecord } from './deadline-schedule.ts';
import type { BaseDeps, ContractRepository, DomainPort, ReviewRepository } from './ports.ts';
import { applyReviews } from './review-carry-over.ts';
import type { DeadlineRecord, DocumentRecord, VerdictRecord } from './records.ts';
import { compareUploads } from './upload-order.ts';

export interface RefreshDeps extends BaseDeps {
  contracts: ContractRepository;
  reviews: ReviewRepository;
  domain: Pick<DomainPort, 'judgeLetter' | 'agreementDeadlines'>;
}

const ATTEMPTS = 5;

/**
 * Refreshes run concurrently when documents of one contract arrive together. Each commits its summary only
 * over the revision it started from; a refresh that loses recomputes from what the winner stored, so the
 * last refresh to commit always saw every document.
 */
export async function refreshContract(
  deps: RefreshDeps,
  tenantId: string,
  contractId: string,
  options: { now: string; changedDocumentId?: string },
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await refreshOnce(deps, tenantId, contractId, options)) return;
  }
  throw new NoticeCheckError('TRANSIENT', `Contract ${contractId} kept changing while it was being refreshed`);
}

async function refreshOnce(
  deps: RefreshDeps,
  tenantId: string,
  contractId: string,
  options: { now: string; changedDocumentId?: string },
): Promise<boolean> {
  const { now } = options;
  const { defaultZone } = deps.config;
  const summary = await deps.contracts.getContract(tenantId, contractId);
  const { documents, verdicts } = await deps.contracts.getContractItems(tenantId, contractId);
  const agreementDoc = documents
    .filter((d) => d.kind === 'agreement' && d.status === 'PROCESSED' && d.agreement)
    .sort(compareUploads)
    .at(-1);
  const letters = documents.filter(
    (d): d is DocumentRecord & { letter: LetterAnalysis } => d.kind === 'letter' && d.status === 'PROCESSED' && Boolean(d.letter),
  );
  const previous = new Map(verdicts.map((v) => [v.letterDocumentId, v]));

  const current: VerdictRecord[] = [];
  if (agreementDoc?.agreement) {
    for (const letterDoc of letters) {
      const existing = previous.get(letterDoc.documentId);
      const upToDate =
        existing &&
        existing.agreementDocumentId === agreementDoc.documentId &&
        existing.agreementHash === agreementDoc.contentHash &&
        existing.letterHash === letterDoc.contentHash &&
        letterDoc.documentId !== options.changedDocumentId;
      if (upToDate) {
        current.push(existing);
        continue;
      }
      try {
        const verdict = deps.domain.judgeLetter(agreementDoc.agreement, letterDoc.letter, { defaultZone });
        const record: VerdictRecord = {
          tenantId,
          contractId,
          letterDocumentId: letterDoc.documentId,
          agreementDocumentId: agreementDoc.documentId,
          agreementHash: agreementDoc.contentHash,
          letterHash: letterDoc.contentHash,
          computedAt: now,
          verdict,
        };
        await deps.contracts.putVerdict(record);
        current.push(record);
      } catch (error) {
        if (!isNoticeCheckError(error)) throw error;
        // A letter the engine cannot judge is shown as failed with the reason, not retried forever.
        await deps.contracts.putDocument({
          ...letterDoc,
          status: 'FAILED',
          errorCode: error.code,
          errorMessage: error.message,
          processedAt: now,
        });
      }
    }
  }

  const sourced: Array<{ deadline: Deadline; source: string }> = [];
  if (agreementDoc?.agreement) {
    for (const deadline of deps.domain.agreementDeadlines(agreementDoc.agreement, { now, defaultZone }))
      sourced.push({ deadline, source: agreementDoc.documentId });
  }
  for (const v of current) for (const deadline of v.verdict.deadlines) sourced.push({ deadline, source: v.letterDocumentId });
  const byId = new Map<string, DeadlineRecord>();
  for (const { deadline, source } of sourced) {
    const record = toDeadlineRecord(deadline, { tenantId, contractId, sourceDocumentId: source }, now);
    if (!byId.has(record.deadlineId)) byId.set(record.deadlineId, record);
  }
  const deadlines = await applyReviews(deps, tenantId, contractId, [...byId.values()], now);
  const alerts = deadlines.flatMap((d) => scheduleAlerts(d, deps.config.alertOffsets, now));
  await deps.contracts.replaceDeadlines(tenantId, contractId, deadlines, alerts);

  const counts: Partial<Record<VerdictStatus, number>> = {};
  for (const v of current) counts[v.verdict.status] = (counts[v.verdict.status] ?? 0) + 1;
  const next = deadlines.filter((d) => d.status === 'UPCOMING').sort((a, b) => a.date.localeCompare(b.date))[0];
  return deps.contracts.putContract({
    tenantId,
    contractId,
    createdAt: summary?.createdAt ?? now,
    updatedAt: now,
    agreementDocumentId: agreementDoc?.documentId ?? null,
    parties: agreementDoc?.agreement?.parties ?? [],
    governingLaw: agreementDoc?.agreement?.governingLaw ?? null,
    term: agreementDoc?.agreement?.term ?? null,
    documentCount: documents.length,
    letterCount: documents.filter((d) => d.kind === 'letter').length,
    verdicts: counts,
    nextDeadline: next ? { kind: next.kind, date: next.date, at: next.at, zone: next.zone, section: next.section } : null,
    revision: (summary?.revision ?? 0) + 1,
  });
}
