import type { LetterAnalysis, Party } from '../domain/types.ts';
import type { Assessment } from './assessment.ts';
import { reasonsSentence, sectionName } from './assessment.ts';
import type { StatusDecision } from './decide-status.ts';
import type { NoticeTiming } from './notice-timing.ts';

/**
 * The verdict in sentences a lawyer can check: the conclusion first, then how receipt was fixed, then each
 * right with its section and quoted words.
 */

const ACTION_NOUN: Record<string, string> = {
  termination: 'termination',
  suspension: 'suspension',
  'non-renewal': 'notice of non-renewal',
  'breach-notice': 'breach notice',
  extension: 'exercise of the option to renew or extend',
};

const unitWords = (s: { amount: number; unit: string }): string => `${s.amount} ${s.unit.replace('-', ' ')}${s.amount === 1 ? '' : 's'}`;

function conclusion(letter: LetterAnalysis, assessments: readonly Assessment[], decision: StatusDecision, timing: NoticeTiming): string {
  const noun = ACTION_NOUN[letter.action ?? ''] ?? 'notice';
  const effective = timing.effectiveAt?.setZone(timing.zone).toISODate() ?? null;
  const early = decision.earliestBy;
  const fallback =
    early?.earliestDate && early.satisfied === false
      ? ` Under ${sectionName(early.provision)}, the earliest compliant date was ${early.earliestDate}${decision.shortfall ? `, ${unitWords(decision.shortfall)} after the date the letter gives` : ''}.`
      : '';
  if (letter.action === 'breach-notice' && decision.status !== 'NEEDS_REVIEW') {
    const cure = decision.earliestBy ?? null;
    const verdict = decision.status === 'COMPLIANT' ? 'validly starts' : 'does not properly start';
    return `${decision.status}: the breach notice ${verdict} the cure period of ${cure ? sectionName(cure.provision) : 'the agreement'}${cure?.earliestDate ? `, which ends on ${cure.earliestDate}` : ''}.`;
  }
  if (decision.status === 'NON_COMPLIANT' && early?.prematureBefore) {
    const opens = early.prematureBefore.setZone(timing.zone).toISODate();
    return `NON_COMPLIANT: the notice of non-renewal arrived before the notice window of ${sectionName(early.provision)} opened on ${opens}, so it is premature and the agreement renews; sent again inside the window, it would end the agreement on ${early.earliestDate}.`;
  }
  if (letter.action === 'non-renewal' && decision.status === 'NON_COMPLIANT' && early) {
    return `NON_COMPLIANT: the notice of non-renewal arrived ${decision.shortfall ? `${unitWords(decision.shortfall)} ` : ''}after the deadline, so the agreement renews; read as notice for the next cycle, the earliest the agreement can end under ${sectionName(early.provision)} is ${early.earliestDate}.`;
  }
  if (letter.action === 'extension' && decision.status === 'NON_COMPLIANT') {
    const lapsed = assessments.find((a) => a.applies && a.satisfied === false) ?? null;
    const where = lapsed ? ` in ${sectionName(lapsed.provision)}` : '';
    return `NON_COMPLIANT: the notice exercising the option arrived ${decision.shortfall ? `${unitWords(decision.shortfall)} ` : ''}after the deadline${where}, so the option has lapsed.`;
  }
  switch (decision.status) {
    case 'COMPLIANT':
      return `COMPLIANT: the ${noun} is permitted by ${decision.decidedBy.map((a) => sectionName(a.provision)).join(' and ')}, which depends on no disputed fact.`;
    case 'CONDITIONAL': {
      const bySection = new Map<string, string[]>();
      for (const a of decision.decidedBy)
        bySection.set(a.condition ?? '', [...(bySection.get(a.condition ?? '') ?? []), a.provision.section ?? a.provision.type]);
      const conditions = [...bySection].map(
        ([condition, sections]) => `${condition} (Section${sections.length > 1 ? 's' : ''} ${sections.join(', ')})`,
      );
      return `CONDITIONAL: the ${noun}${effective ? ` effective ${effective}` : ''} complies only if there was ${conditions.join(', or ')}.${fallback}`;
    }
    case 'NON_COMPLIANT':
      return `NON_COMPLIANT: no right the sender holds allows the ${noun}${effective ? ` effective ${effective}` : ''}.${fallback}`;
    default:
      return `NEEDS_REVIEW: ${reasonsSentence(decision.reasons)}`;
  }
}

/**
 * The explanation sentences of a verdict.
 * @example explain(letter, sender, assessments, decision, timing)[0] // 'CONDITIONAL: the suspension effective 2021-01-10 complies only if ...'
 */
export function explain(
  letter: LetterAnalysis,
  sender: Party | null,
  assessments: readonly Assessment[],
  decision: StatusDecision,
  timing: NoticeTiming,
): string[] {
  const lines = [conclusion(letter, assessments, decision, timing)];
  if (sender) lines.push(`The letter is judged by the rights of its sender, ${sender.name}, and the rights of either party.`);
  if (letter.sectionsCited.length > 0) lines.push(`The letter invokes Section ${letter.sectionsCited.join(', ')}.`);
  lines.push(...timing.explanation);
  for (const a of assessments) lines.push(...a.explanation);
  return lines;
}
