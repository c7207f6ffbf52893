import { isStatedDateProblem, reviewWording } from './review-wording.ts';
import type { AgreementAnalysis, LetterAnalysis, ProvisionAssessment, Verdict } from '../domain/types.ts';
import { toIsoWithOffset } from '../time/moments.ts';
import { profileAuthorities } from '../time/jurisdictions/index.ts';
import { describeRule, uniqueRules } from '../time/rules.ts';
import type { Assessment } from './assessment.ts';
import { ACTION_RULES } from './actions/index.ts';
import { decideStatus } from './decide-status.ts';
import { explain } from './explain.ts';
import { groundsSummary } from './grounds-summary.ts';
import { marginOf } from './margin.ts';
import { partiesMismatch } from './parties-mismatch.ts';
import { letterDeadlines } from './letter-deadlines.ts';
import { type NoticeTiming, noticeTiming } from './notice-timing.ts';
import { withEndOfTerm } from './end-of-term.ts';
import { compareReadings } from './readings/index.ts';
import { provisionHolder, resolveLetterParties } from './resolve-parties.ts';
import { selectCandidates } from './select-candidates.ts';
import { unlistedMethod } from './method-permitted.ts';
import { rereadSlashedDates } from './slashed-dates.ts';

export interface JudgeOptions {
  /** Zone used when neither the letter, the agreement nor the governing law gives one. */
  defaultZone: string;
}

/** Letter problems that leave the answer open. */
const REVIEW_PROBLEM = /^(?:unparseable date|weekday does not match)/;

function toProvisionAssessment(a: Assessment): ProvisionAssessment {
  const p = a.provision;
  return {
    section: p.section,
    type: p.type,
    party: p.party,
    notice: p.notice,
    cure: p.cure,
    applies: a.applies,
    satisfied: a.applies ? a.satisfied : null,
    condition: a.condition,
    earliestEffectiveAt: a.earliest ? toIsoWithOffset(a.earliest) : null,
    earliestEffectiveDate: a.earliestDate,
    text: p.text,
    start: p.start,
    end: p.end,
    page: p.page,
  };
}

/**
 * Judges a letter against one reading of its agreement (see judge.ts for the readings compared): which
 * rights can govern it, the notice each requires, the earliest date each allows, and whether the letter's
 * date meets one — with the condition a right depends on, the rules of counting applied, and sentences
 * citing section and text.
 * @example judgeOnce(analyzeAgreement(agreement), analyzeLetter(letter), { defaultZone: 'UTC' }).status
 * // 'CONDITIONAL' for a suspension effective the next day, permitted only on a ground
 */
export function judgeOnce(agreement: AgreementAnalysis, written: LetterAnalysis, options: JudgeOptions): Verdict {
  // Slashed dates ("04/03/2024") are read in the order of the governing law's usage; see slashed-dates.ts.
  const slashed = rereadSlashedDates(written, agreement.governingLaw);
  const letter = slashed.letter;
  const { sender, recipient } = resolveLetterParties(agreement, letter);
  const strangers = partiesMismatch(agreement, letter, sender, recipient);
  const read = noticeTiming(agreement, letter, options.defaultZone);
  const endOfTerm = withEndOfTerm(agreement, letter, {
    ...read,
    rules: slashed.rule ? [...read.rules, slashed.rule] : read.rules,
    explanation: slashed.note ? [slashed.note, ...read.explanation] : read.explanation,
  });
  // Built once; the readings compared below each get their own altered copy.
  const timing = endOfTerm.timing;
  const statedDates = letter.problems.filter((p) => REVIEW_PROBLEM.test(p));
  const review: string[] = [...statedDates.map(reviewWording), ...timing.problems];
  if (strangers) review.push(strangers);
  if (!letter.action) review.push('the letter states no termination, suspension, non-renewal, breach or exercise of an option to extend');
  if (!letter.sent)
    review.push(
      statedDates.some(isStatedDateProblem)
        ? 'the date the letter was sent could not be used, so receipt cannot be fixed'
        : 'the date the letter was sent is not stated, so receipt cannot be fixed',
    );
  if (!letter.effective && (letter.action === 'termination' || letter.action === 'suspension'))
    review.push('no effective date: the letter does not say when it takes effect');

  if (endOfTerm.reason) review.push(endOfTerm.reason);

  const candidates = selectCandidates(agreement, letter, sender);
  const partySpecific = candidates.some((c) => typeof provisionHolder(c.provision.party, agreement.parties) === 'object');
  if (!sender && partySpecific) {
    review.push('sender not identified: the letter does not name a party of the agreement, and the rights differ by party');
  }
  if (letter.action && candidates.every((c) => !c.applies)) {
    review.push(`no matching provision: the agreement has no ${letter.action} right that ${sender?.name ?? 'the sender'} may use`);
  }
  const rule = letter.action ? ACTION_RULES[letter.action] : null;
  const assess = (t: NoticeTiming) => (rule ? candidates.map((c) => rule.assess(c, agreement, letter, t)) : []);
  const assessments = assess(timing);
  const outcomes = compareReadings({ agreement, written, letter, timing, defaultZone: options.defaultZone }, assessments, assess);
  review.push(...outcomes.flatMap((o) => (o.reason ? [o.reason] : [])));
  // A passing answer must not rest on a notice sent by a method the agreement does not provide for; a failing
  // one fails whatever the method.
  const unlisted = unlistedMethod(agreement, letter);
  const firstDecision = decideStatus(assessments, review);
  const passing = firstDecision.status === 'COMPLIANT' || firstDecision.status === 'CONDITIONAL';
  const decision = unlisted && passing ? decideStatus(assessments, [...review, unlisted]) : firstDecision;
  const earliest = decision.earliestBy;
  const explanation = explain(letter, sender, assessments, decision, timing);
  const groundsLine = groundsSummary(letter, candidates);
  if (groundsLine) explanation.splice(1, 0, groundsLine);
  const rules = uniqueRules(timing.rules, ...assessments.filter((a) => a.applies).map((a) => a.rules));
  const authorities = profileAuthorities(timing.profile);
  return {
    status: decision.status,
    action: letter.action,
    sender: sender?.name ?? letter.senderText,
    recipient: recipient?.name ?? letter.recipientText,
    deliveryMethod: letter.deliveryMethod,
    noticeGivenAt: timing.sentAt ? toIsoWithOffset(timing.sentAt) : null,
    noticeReceivedAt: timing.receivedAt ? toIsoWithOffset(timing.receivedAt) : null,
    effectiveAt: timing.effectiveAt ? toIsoWithOffset(timing.effectiveAt.setZone(timing.zone)) : null,
    earliestCompliantAt: earliest?.earliest ? toIsoWithOffset(earliest.earliest) : null,
    earliestCompliantDate: earliest?.earliestDate ?? null,
    shortfall: decision.shortfall,
    provisions: assessments.map(toProvisionAssessment),
    deadlines: letterDeadlines(letter, assessments, decision, timing),
    rules: rules.map((id) => describeRule(id, authorities)),
    margin: marginOf(letter, decision, timing, assessments),
    explanation,
    reviewReasons: decision.status === 'NEEDS_REVIEW' ? decision.reasons : [],
    zone: timing.zone,
  };
}
