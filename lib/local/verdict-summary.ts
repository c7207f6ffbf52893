/**
 * The console lines for an example's verdicts and deadlines: the status first, then who sent what, and the
 * dates a reader acts on.
 */
import type { ContractView, VerdictItem } from './api-client.ts';

/**
 * @example
 * summarizeContract('hosting-suspension', [verdict], view)
 * // ['hosting-suspension', '  letter: NON_COMPLIANT suspension from Provider (email)', '    notice given 2021-01-09T18:07:00.000-08:00 …', …]
 */
export function summarizeContract(contractId: string, verdicts: VerdictItem[], view: ContractView | null): string[] {
  const lines = [`${contractId}`];
  const failed = (view?.documents ?? []).filter((document) => document.status === 'FAILED');
  for (const document of failed)
    lines.push(
      `  ${document.kind ?? 'document'} ${document.fileName ?? document.documentId}: FAILED (${document.errorCode ?? 'unknown error'})`,
    );
  if (verdicts.length === 0) lines.push('  no verdict (no letter judged)');
  for (const verdict of verdicts) {
    const what = [
      verdict.action ?? 'notice',
      verdict.sender ? `from ${verdict.sender}` : null,
      verdict.recipient ? `to ${verdict.recipient}` : null,
      verdict.deliveryMethod ? `(${verdict.deliveryMethod})` : null,
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(`  verdict: ${verdict.status} — ${what}`);
    const dates = [
      ['notice given', verdict.noticeGivenAt],
      ['received', verdict.noticeReceivedAt],
      ['effective', verdict.effectiveAt],
      ['earliest compliant', verdict.earliestCompliantAt ?? verdict.earliestCompliantDate],
    ].filter(([, value]) => value);
    if (dates.length > 0) lines.push(`    ${dates.map(([label, value]) => `${label} ${value}`).join('; ')}`);
    if (verdict.shortfall)
      lines.push(`    short by ${verdict.shortfall.amount} ${verdict.shortfall.unit}${verdict.shortfall.amount === 1 ? '' : 's'}`);
    for (const provision of verdict.provisions ?? []) {
      if (provision.applies && provision.satisfied === true && provision.condition) {
        lines.push(`    compliant if ${provision.condition}${provision.section ? ` (§ ${provision.section})` : ''}`);
      }
    }
    for (const reason of verdict.reviewReasons ?? []) lines.push(`    review: ${reason}`);
    // The contract's deadline list already holds each letter's; print a verdict's own only when that list is missing.
    if (!view?.deadlines) {
      for (const deadline of verdict.deadlines ?? [])
        lines.push(`    deadline: ${deadline.kind} ${deadline.date}${deadline.section ? ` (§ ${deadline.section})` : ''}`);
    }
  }
  for (const deadline of view?.deadlines ?? []) {
    lines.push(
      `  deadline: ${deadline.kind ?? 'deadline'} ${deadline.date ?? '?'}${deadline.zone ? ` ${deadline.zone}` : ''}${deadline.section ? ` (§ ${deadline.section})` : ''}`,
    );
  }
  return lines;
}
