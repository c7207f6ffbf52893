import type { AgreementAnalysis, Provision } from '../../domain/types.ts';
import type { Style } from '../style.ts';
import { formatPeriod, quote } from './period.ts';

const provisionLine = (provision: Provision, style: Style): string[] => {
  const where = [provision.section ? `§${provision.section}` : null, provision.page ? `p.${provision.page}` : null]
    .filter(Boolean)
    .join(', ');
  const facts = [
    provision.party ? `party: ${provision.party}` : null,
    provision.notice ? `notice: ${formatPeriod(provision.notice)}` : null,
    provision.cure ? `cure: ${formatPeriod(provision.cure)}` : null,
    provision.grounds.length > 0 ? `grounds: ${provision.grounds.join(', ')}` : null,
    provision.renewal
      ? `renewal: ${provision.renewal.type}${provision.renewal.term ? ` (${formatPeriod(provision.renewal.term)})` : ''}`
      : null,
    provision.jurisdiction ? `jurisdiction: ${provision.jurisdiction}` : null,
    provision.deliveries && provision.deliveries.length > 0
      ? `delivery: ${provision.deliveries.map((d) => `${d.method} ${d.rule}${d.amount !== undefined ? ` ${d.amount}` : ''}${d.cutoff ? ` (cut-off ${d.cutoff})` : ''}`).join('; ')}`
      : null,
    provision.flags.length > 0 ? style.yellow(`flags: ${provision.flags.join(', ')}`) : null,
  ].filter(Boolean);
  return [
    `  ${style.bold(provision.type)}${where ? ` (${where})` : ''}${facts.length > 0 ? ` — ${facts.join(' · ')}` : ''}`,
    `      ${style.dim(quote(provision.text, 200))}`,
  ];
};

/**
 * The readable form of `notice-check extract`: what a reviewer checks first — parties, dates, the law,
 * then each provision with its section, period and a short quote.
 * @example formatExtractSummary('msa.pdf', analysis, style) // 'msa.pdf — agreement, 12 pages\n  Parties: ...'
 */
export function formatExtractSummary(file: string, analysis: AgreementAnalysis, style: Style): string {
  const { term } = analysis;
  const lines = [style.bold(`${file} — ${analysis.kind}, ${analysis.pages} page${analysis.pages === 1 ? '' : 's'}`)];
  const parties = analysis.parties.map((party) => (party.aliases.length > 0 ? `${party.name} (${party.aliases.join(', ')})` : party.name));
  lines.push(`  Parties: ${parties.length > 0 ? parties.join('; ') : '—'}`);
  lines.push(
    `  Dates: agreement ${term.agreementDate ?? '—'} · effective ${term.effectiveDate ?? '—'} · expires ${term.expirationDate ?? '—'}`,
  );
  lines.push(
    `  Term: ${term.initialTerm ? formatPeriod(term.initialTerm) : '—'} · renewal ${term.renewal ? `${term.renewal.type}${term.renewal.term ? ` (${formatPeriod(term.renewal.term)})` : ''}` : '—'}`,
  );
  lines.push(`  Governing law: ${analysis.governingLaw ?? '—'}`);
  lines.push(`  Provisions (${analysis.provisions.length}):`);
  for (const provision of analysis.provisions) lines.push(...provisionLine(provision, style).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}
