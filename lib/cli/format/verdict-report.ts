import type { Deadline, ProvisionAssessment, Verdict, VerdictStatus } from '../../domain/types.ts';
import type { Style } from '../style.ts';
import { formatPeriod, quote } from './period.ts';

const STATUS_LINE: Record<VerdictStatus, string> = {
  COMPLIANT: 'the notice complied with the agreement',
  CONDITIONAL: 'compliant only if the stated ground exists',
  NON_COMPLIANT: 'the notice did not give the notice the agreement requires',
  NEEDS_REVIEW: 'the answer depends on something a person must check',
};

/**
 * "7 days to spare", "on the last possible day", "3 days short".
 * @example marginWords({ days: 7, earliestCompliantDate: '2024-05-02' }) // '7 days to spare (earliest compliant date 2024-05-02)'
 * @example marginWords({ days: -16, earliestCompliantDate: null, lastNoticeDate: '2024-12-31' }) // '16 days late (last day for notice 2024-12-31)'
 */
export function marginWords(margin: Verdict['margin']): string | null {
  if (!margin) return null;
  const n = Math.abs(margin.days);
  const days = `${n} day${n === 1 ? '' : 's'}`;
  if (margin.earliestCompliantDate === null) return `${days} late (last day for notice ${margin.lastNoticeDate ?? 'unknown'})`;
  const head = margin.days > 0 ? `${days} to spare` : margin.days === 0 ? 'no days to spare' : `${days} short`;
  return `${head} (earliest compliant date ${margin.earliestCompliantDate})`;
}

const colourFor = (status: VerdictStatus, style: Style) =>
  status === 'COMPLIANT' ? style.green : status === 'NON_COMPLIANT' ? style.red : style.yellow;

const satisfiedWord = (satisfied: boolean | null): string =>
  satisfied === null ? 'cannot tell' : satisfied ? 'satisfied' : 'not satisfied';

function provisionBlock(provision: ProvisionAssessment, style: Style): string[] {
  const where = [provision.section ? `§${provision.section}` : 'no section', provision.page ? `p.${provision.page}` : null]
    .filter(Boolean)
    .join(', ');
  const lines = [`  ${style.bold(`${where} ${provision.type}`)}${provision.party ? ` (${provision.party})` : ''}`];
  lines.push(`    ${style.dim(quote(provision.text, 220))}`);
  const facts = [
    provision.notice ? `notice ${formatPeriod(provision.notice)}` : null,
    provision.cure ? `cure ${formatPeriod(provision.cure)}` : null,
    provision.earliestEffectiveDate ? `earliest effective ${provision.earliestEffectiveAt ?? provision.earliestEffectiveDate}` : null,
    satisfiedWord(provision.satisfied),
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`    ${facts.join(' · ')}`);
  if (provision.condition) lines.push(`    condition: ${provision.condition}`);
  return lines;
}

const otherLine = (provision: ProvisionAssessment): string =>
  [
    provision.section ? `§${provision.section}` : 'no section',
    provision.type,
    provision.party ? `(${provision.party})` : null,
    provision.notice ? `— notice ${formatPeriod(provision.notice)}` : null,
    provision.cure ? `— cure ${formatPeriod(provision.cure)}` : null,
  ]
    .filter(Boolean)
    .join(' ');

// Where readings differ the earliest date is the one to act on, so it is printed with the prevailing one.
const readingsNote = (deadline: Deadline): string =>
  (deadline.safeDate && deadline.latestDate && deadline.safeDate !== deadline.latestDate
    ? ` — act by ${deadline.safeDate}; readings range ${deadline.safeDate} to ${deadline.latestDate}`
    : '') + (deadline.notBefore ? ` — not before ${deadline.notBefore}` : '');

const deadlineLine = (deadline: Deadline): string =>
  `  ${deadline.kind}: ${deadline.date}${deadline.at ? ` (${deadline.at})` : ''} ${deadline.zone}${deadline.section ? ` §${deadline.section}` : ''}${readingsNote(deadline)}`;

/**
 * The readable form of a verdict, for a lawyer: the status first, then who gave what notice when, the
 * provisions that could govern (quoted, with dates and whether each is satisfied), the rules applied and
 * the explanation.
 * @example formatVerdictReport(verdict, style).split('\n')[0] // 'CONDITIONAL — compliant only if the stated ground exists'
 */
export function formatVerdictReport(verdict: Verdict, style: Style): string {
  const lines = [style.bold(colourFor(verdict.status, style)(`${verdict.status} — ${STATUS_LINE[verdict.status]}`))];
  for (const reason of verdict.reviewReasons ?? []) lines.push(`  review: ${reason}`);
  lines.push('');
  const facts: Array<[string, string | null]> = [
    ['Action', verdict.action],
    ['Sender', verdict.sender],
    ['Recipient', verdict.recipient],
    ['Delivery', verdict.deliveryMethod],
    ['Notice given', verdict.noticeGivenAt],
    ['Notice received', verdict.noticeReceivedAt],
    ['Effective', verdict.effectiveAt],
    ['Earliest compliant', verdict.earliestCompliantAt ?? verdict.earliestCompliantDate],
    [
      'Shortfall',
      verdict.shortfall ? formatPeriod({ amount: verdict.shortfall.amount, unit: verdict.shortfall.unit, qualifier: null }) : null,
    ],
    ['Margin', marginWords(verdict.margin)],
    ['Zone', verdict.zone],
  ];
  for (const [label, value] of facts) if (value) lines.push(`${`${label}:`.padEnd(20)}${value}`);
  const governing = verdict.provisions.filter((provision) => provision.applies);
  const others = verdict.provisions.filter((provision) => !provision.applies);
  if (governing.length > 0) {
    lines.push('', style.bold('Governing provisions'));
    for (const provision of governing) lines.push(...provisionBlock(provision, style));
  }
  if (others.length > 0) {
    // Listed so the reader sees what was considered; the explanation says why each does not govern.
    lines.push('', style.bold('Also considered (do not govern this letter)'));
    for (const provision of others) lines.push(`  ${otherLine(provision)}`);
  }
  if (verdict.deadlines.length > 0) lines.push('', style.bold('Deadlines'), ...verdict.deadlines.map(deadlineLine));
  if (verdict.rules.length > 0) lines.push('', style.bold('Rules applied'), ...verdict.rules.map((rule) => `  - ${rule}`));
  if (verdict.explanation.length > 0) lines.push('', style.bold('Explanation'), ...verdict.explanation.map((sentence) => `  ${sentence}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The readable form of `notice-check deadlines`: one line per deadline, soonest first, with the clause quoted.
 * @example formatDeadlines([{ kind: 'term-end', date: '2025-02-28', at: null, zone: 'UTC', section: '2.1' }], style) // '  term-end: 2025-02-28 UTC §2.1\n'
 */
export function formatDeadlines(deadlines: Deadline[], style: Style): string {
  if (deadlines.length === 0) return 'No upcoming deadlines found in this agreement.\n';
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  const lines = sorted.flatMap((deadline) => [
    style.bold(deadlineLine(deadline)),
    ...(deadline.text ? [`    ${style.dim(quote(deadline.text, 200))}`] : []),
  ]);
  return `${lines.join('\n')}\n`;
}
