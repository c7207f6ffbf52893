import type { LetterAnalysis } from '../domain/types.ts';
import { sectionName } from './assessment.ts';
import { groundKinds, kindsWords } from './ground-conditions.ts';
import type { Candidate } from './select-candidates.ts';

/**
 * One sentence on grounds: which ground the letter asserts, which clause it matched, and which clauses were
 * set aside because the letter does not assert their ground. Null when no candidate right depends on a ground.
 * @example groundsSummary(letter, candidates)
 * // 'The letter asserts non-payment, which matches Section 3.2. Set aside because the letter does not assert their ground: Section 3.1 (a security risk).'
 */
export function groundsSummary(letter: LetterAnalysis, candidates: readonly Candidate[]): string | null {
  const conditioned = candidates.filter((c) => c.requiredKinds.length > 0);
  if (conditioned.length === 0) return null;
  const stated = groundKinds(letter.grounds);
  if (stated.length === 0) {
    const names = conditioned.map((c) => `${sectionName(c.provision)} (${kindsWords(c.requiredKinds)})`);
    return `The letter states no ground, so each right that depends on one can be used only if its ground existed: ${names.join('; ')}.`;
  }
  if (stated.every((k) => k === 'convenience')) {
    const names = conditioned.map((c) => `${sectionName(c.provision)} (${kindsWords(c.requiredKinds)})`);
    return `The letter relies on convenience and asserts no ground, so rights that need one were set aside: ${names.join('; ')}.`;
  }
  const matched = conditioned.filter((c) => c.matchedKinds.length > 0);
  const setAside = conditioned.filter((c) => c.matchedKinds.length === 0);
  const parts = [`The letter asserts ${kindsWords(stated)}`];
  if (matched.length > 0) {
    parts[0] += `, which matches ${matched.map((c) => `${sectionName(c.provision)} (${kindsWords(c.matchedKinds)})`).join(' and ')}.`;
  } else parts[0] += ', a ground no right of this kind in the agreement allows.';
  if (setAside.length > 0) {
    parts.push(
      `Set aside because the letter does not assert their ground: ${setAside.map((c) => `${sectionName(c.provision)} (${kindsWords(c.requiredKinds)})`).join('; ')}.`,
    );
  }
  return parts.join(' ');
}
