/**
 * toItem / fromItem mappers between the application's records and table items. Large nested analyses are
 * stored as JSON strings: one attribute, no depth limits, and the item stays readable in the console; a long
 * one is gzipped (analysis-attribute.ts).
 */
import type { AgreementAnalysis, Deadline, LetterAnalysis, Verdict } from '../domain/types.ts';
import type { AlertRecord, ContractSummary, DeadlineRecord, DocumentRecord, VerdictRecord } from '../app/records.ts';
import { effectiveDate } from '../app/deadline-review.ts';
import { analysisAttributes, decodeAnalysis, encodeAnalysis } from './analysis-attribute.ts';
import { keys } from './keys.ts';

type Item = Record<string, unknown>;

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'type'];
const stripKeys = (item: Item): Item => Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.includes(name)));

export const contractToItem = (c: ContractSummary): Item => ({ ...keys.contractSummary(c.tenantId, c.contractId), type: 'contract', ...c });
export const contractFromItem = (item: Item): ContractSummary => stripKeys(item) as unknown as ContractSummary;

export function documentToItem(d: DocumentRecord): Item {
  const { agreement, letter, ...rest } = d;
  return {
    ...keys.document(d.tenantId, d.contractId, d.documentId),
    // Indexed while PENDING only: every later write of the document replaces the item without these keys.
    ...(d.status === 'PENDING' ? keys.pendingDocument(d.createdAt, d.tenantId, d.contractId, d.documentId) : {}),
    type: 'document',
    ...rest,
    ...(agreement ? encodeAnalysis('agreement', agreement) : {}),
    ...(letter ? encodeAnalysis('letter', letter) : {}),
  };
}

const ANALYSIS_ATTRIBUTES = [...analysisAttributes('agreement'), ...analysisAttributes('letter')];

export function documentFromItem(item: Item): DocumentRecord {
  const stored = stripKeys(item);
  const record = Object.fromEntries(
    Object.entries(stored).filter(([name]) => !ANALYSIS_ATTRIBUTES.includes(name)),
  ) as unknown as DocumentRecord;
  const agreement = decodeAnalysis<AgreementAnalysis>(stored, 'agreement');
  const letter = decodeAnalysis<LetterAnalysis>(stored, 'letter');
  if (agreement) record.agreement = agreement;
  if (letter) record.letter = letter;
  return record;
}

export function verdictToItem(v: VerdictRecord): Item {
  const { verdict, ...rest } = v;
  return { ...keys.verdict(v.tenantId, v.contractId, v.letterDocumentId), type: 'verdict', ...rest, verdictJson: JSON.stringify(verdict) };
}

export function verdictFromItem(item: Item): VerdictRecord {
  const { verdictJson, ...rest } = stripKeys(item);
  return { ...(rest as Omit<VerdictRecord, 'verdict'>), verdict: JSON.parse(String(verdictJson)) as Verdict };
}

export const deadlineToItem = (d: DeadlineRecord): Item => ({
  ...keys.deadline(d.tenantId, d.contractId, d.deadlineId),
  // Indexed by the date that applies: a corrected deadline is listed (and in the calendar) on its corrected day.
  ...keys.deadlineByDate(d.tenantId, d.contractId, d.deadlineId, effectiveDate(d)),
  type: 'deadline',
  ...d,
});
export const deadlineFromItem = (item: Item): DeadlineRecord => stripKeys(item) as unknown as DeadlineRecord;

export function alertToItem(a: AlertRecord): Item {
  const offset = String(a.offset);
  return {
    ...keys.alert(a.tenantId, a.contractId, a.deadlineId, offset),
    // Sparse index: only alerts still to be handled carry the GSI keys.
    ...(a.handledAt === null ? keys.alertDue(a.dueAt, a.tenantId, a.contractId, a.deadlineId, offset) : {}),
    type: 'alert',
    ...a,
  };
}
export const alertFromItem = (item: Item): AlertRecord => {
  const record = stripKeys(item) as unknown as AlertRecord;
  return { ...record, deadline: record.deadline as Deadline, handledAt: record.handledAt ?? null };
};
