import type { AgreementAnalysis, LetterAnalysis, Verdict } from '../domain/types.ts';
import { reasonsSentence } from './assessment.ts';
import { judgeOnce } from './judge-once.ts';
import type { JudgeOptions } from './judge-once.ts';
import { withReadings } from './reading-deadlines.ts';
import { statutoryFlags } from './statutory/index.ts';
import { termReadings } from './term-readings.ts';

export type { JudgeOptions } from './judge-once.ts';

/**
 * Judges a letter against its agreement under every reading the texts allow — the prevailing one first,
 * then each other reading of the term's end (the agreement's own alternatives, the end date the letter
 * states) — and compares the answers with one rule: a verdict never relies on a later reading when an
 * earlier one changes the answer; then it is NEEDS_REVIEW and says both. A later reading that would change
 * the answer is reported, but the verdict keeps the earlier (safer) one. Each deadline carries the earliest
 * date any reading gives (`safeDate`). Statutes that may govern the agreement are flagged (`statutoryFlags`).
 * @example judgeLetter(analyzeAgreement(agreement), analyzeLetter(letter), { defaultZone: 'UTC' }).status
 * // 'CONDITIONAL' for a suspension effective the next day, permitted only on a ground
 */
export function judgeLetter(agreement: AgreementAnalysis, letter: LetterAnalysis, options: JudgeOptions): Verdict {
  const verdict = judgeReadings(agreement, letter, options);
  const flags = statutoryFlags(agreement);
  if (flags.length === 0) return verdict;
  // A statute that may make the renewal unenforceable matters most to a late notice of non-renewal.
  const notes = letter.action === 'non-renewal' ? flags.map((f) => f.text) : [];
  return { ...verdict, statutoryFlags: flags, explanation: [...verdict.explanation, ...notes] };
}

function judgeReadings(agreement: AgreementAnalysis, letter: LetterAnalysis, options: JudgeOptions): Verdict {
  const prevailing = judgeOnce(agreement, letter, options);
  const termEnd = prevailing.deadlines.find((d) => d.kind === 'term-end')?.date ?? null;
  const alternatives = termReadings(agreement, letter, termEnd).map((reading) => ({
    reading,
    verdict: judgeOnce(reading.agreement, letter, options),
  }));
  const readings = [
    {
      name: 'prevailing',
      description: termEnd ? `the term ends on ${termEnd}` : 'the agreement and letter as read',
      status: prevailing.status,
      earliestCompliantDate: prevailing.earliestCompliantDate,
    },
    ...alternatives.map(({ reading, verdict }) => ({
      name: reading.name,
      description: reading.description,
      status: verdict.status,
      earliestCompliantDate: verdict.earliestCompliantDate,
    })),
  ];
  const deadlines = withReadings(
    prevailing.deadlines,
    alternatives.map(({ reading, verdict }) => ({ deadlines: verdict.deadlines, reason: reading.description })),
  );
  const notes = alternatives.map(({ reading }) => reading.note);
  // A later end makes a deadline later but a notice window open later too: a later reading under which the
  // letter fails (it came before that reading's window opened) is as decisive as an earlier one.
  const failsLater = (status: Verdict['status']): boolean =>
    status === 'NON_COMPLIANT' && (prevailing.status === 'COMPLIANT' || prevailing.status === 'CONDITIONAL');
  const laterNotes = alternatives
    .filter(
      ({ reading, verdict }) => termEnd && reading.end > termEnd && verdict.status !== prevailing.status && !failsLater(verdict.status),
    )
    .map(
      ({ reading, verdict }) =>
        `Read as ${reading.description}, the letter would be ${verdict.status}; the verdict keeps the earlier end of the term, the safer reading.`,
    );
  notes.push(...laterNotes);
  const disputed = alternatives.filter(
    ({ reading, verdict }) => verdict.status !== prevailing.status && (!termEnd || reading.end < termEnd || failsLater(verdict.status)),
  );
  if (disputed.length === 0 || prevailing.status === 'NEEDS_REVIEW') {
    return { ...prevailing, deadlines, readings, explanation: [...prevailing.explanation, ...notes] };
  }
  const reason = `the answer depends on the end of the term: read as ${readings[0]?.description} the letter is ${prevailing.status}, ${disputed
    .map(({ reading, verdict }) => `read as ${reading.description} it is ${verdict.status}`)
    .join(', ')}`;
  const reviewReasons = [reason, ...(prevailing.reviewReasons ?? [])];
  return {
    ...prevailing,
    status: 'NEEDS_REVIEW',
    deadlines,
    readings,
    reviewReasons,
    explanation: [`NEEDS_REVIEW: ${reasonsSentence([reason])}`, ...prevailing.explanation.slice(1), ...notes],
  };
}
