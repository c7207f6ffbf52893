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
import { noticeTiming } from './notice-timing.ts';
import { provisionHolder, resolveLetterParties } from './resolve-parties.ts';
import { selectCandidates } from './select-candidates.ts';
import { midnightMatters } from './midnight.ts';
import { deliveryMethodMatters } from './delivery-method-matters.ts';
import { unlistedMethod } from './method-permitted.ts';
import { sendingTimeMatters } from './sending-time.ts';
import { termEndsFrom } from './term-cycles.ts';
import { rereadSlashedDates } from './slashed-dates.ts';
import type { NoticeTiming } from './notice-timing.ts';

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

/** "At the end of the current term" is a date only against the agreement's term; the reason when it cannot be fixed. */
function resolveEndOfTerm(agreement: AgreementAnalysis, letter: LetterAnalysis, timing: NoticeTiming): string | null {
  if (letter.effective?.kind !== 'end-of-term' || !timing.receivedAt || timing.effectiveAt) return null;
  const [current] = termEndsFrom(agreement.term, timing.receivedAt.toISODate() as string, timing.zone, timing.calendar, 1);
  if (current) timing.effectiveAt = current.day;
  else if (letter.action !== 'non-renewal')
    return 'no effective date: the letter takes effect at the end of the term, and the term end is not known';
  return null;
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
  const timing = noticeTiming(agreement, letter, options.defaultZone);
  if (slashed.rule) timing.rules.push(slashed.rule);
  if (slashed.note) timing.explanation.unshift(slashed.note);
  const review: string[] = [...letter.problems.filter((p) => REVIEW_PROBLEM.test(p)), ...timing.problems];
  if (strangers) review.push(strangers);
  if (!letter.action) review.push('the letter states no termination, suspension, non-renewal, breach or exercise of an option to extend');
  if (!letter.sent) review.push('the date the letter was sent is not stated, so receipt cannot be fixed');
  if (!letter.effective && (letter.action === 'termination' || letter.action === 'suspension'))
    review.push('no effective date: the letter does not say when it takes effect');

  const endOfTermReason = resolveEndOfTerm(agreement, letter, timing);
  if (endOfTermReason) review.push(endOfTermReason);

  const candidates = selectCandidates(agreement, letter, sender);
  const partySpecific = candidates.some((c) => typeof provisionHolder(c.provision.party, agreement.parties) === 'object');
  if (!sender && partySpecific) {
    review.push('sender not identified: the letter does not name a party of the agreement, and the rights differ by party');
  }
  if (letter.action && candidates.every((c) => !c.applies)) {
    review.push(`no matching provision: the agreement has no ${letter.action} right that ${sender?.name ?? 'the sender'} may use`);
  }
  const rule = letter.action ? ACTION_RULES[letter.action] : null;
  const assess = (t: typeof timing) => (rule ? candidates.map((c) => rule.assess(c, agreement, letter, t)) : []);
  const assessments = assess(timing);
  const lateReason = sendingTimeMatters(timing, assessments, assess);
  if (lateReason) review.push(lateReason);
  const methodReason = deliveryMethodMatters(timing, assessments, assess);
  if (methodReason) review.push(methodReason);
  const midnightReason = midnightMatters(letter, timing, assessments, assess);
  if (midnightReason) review.push(midnightReason);
  if (slashed.alternative) {
    const otherTiming = noticeTiming(agreement, slashed.alternative, options.defaultZone);
    resolveEndOfTerm(agreement, slashed.alternative, otherTiming);
    const other = assess(otherTiming);
    const changed = assessments.some(
      (a, i) => a.applies && a.satisfied !== null && other[i]?.satisfied != null && other[i]?.satisfied !== a.satisfied,
    );
    if (changed) {
      const dates = slashed.ambiguous.map((d) => `"${d.text}" (${d.chosen} or ${d.other})`).join(', ');
      const complies = (list: typeof assessments) => (list.some((a) => a.applies && a.satisfied) ? 'suffices' : 'does not suffice');
      review.push(
        `ambiguous date: ${dates} can be read day first or month first; read as ${slashed.ambiguous[0]?.chosen} the notice ${complies(assessments)}, read as ${slashed.ambiguous[0]?.other} it ${complies(other)}`,
      );
    }
  }
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
    margin: marginOf(letter, decision, timing),
    explanation,
    reviewReasons: decision.status === 'NEEDS_REVIEW' ? decision.reasons : [],
    zone: timing.zone,
  };
}
