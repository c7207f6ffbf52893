import type { LetterAction } from '../domain/types.ts';
import type { Sentence } from './sentences.ts';
import { findPeriods } from '../contract/periods.ts';
import { writtenAfterIn } from './effective.ts';
import { findDates } from './written-dates.ts';

/**
 * What the letter does. The operative sentence decides, not the vocabulary: a suspension letter that
 * "reserves the right to terminate" suspends, and a breach notice that will terminate "if the breach is not
 * cured" is a breach notice. Words of condition or reservation make a sentence non-operative.
 */

const NON_RENEWAL =
  /\bnon-?renewal\b|\bnot to renew\b|\b(?:will|shall|does|do) not (?:wish to |intend to |want to |plan to )?(?:renew\b|extend (?:the|this|our|its) (?:\w+ ){0,2}(?:agreement|contract|term|subscription|lease)\b)|\bnot (?:be )?renewing\b|\bopt(?:s|ed|ing)? out of (?:the )?(?:automatic |auto-)?renewal\b|\b(?:let|allow)s? (?:the|this|our) (?:\w+ ){0,2}(?:agreement|contract|subscription|term) (?:to )?(?:lapse|expire)\b|\bnot be renewed\b|\belects? not to (?:renew|extend)\b|\bnot (?:to )?(?:be )?(?:automatically )?(?:renewed|extended)\b|\bnotice of (?:its |our )?intent(?:ion)? not to renew\b|\bprevent (?:the )?(?:automatic )?renewal\b|\b(?:decided|decides|elect(?:s|ed)?|intends?|wish(?:es)?|chosen|chose)\s+not\s+to\s+(?:continue|extend)\b/i;
// "we hereby exercise our option to renew", "elects to extend the term", "notice of renewal", "notice of its election
// to extend"; the negative forms
// ("elect not to extend", "notice of non-renewal") are non-renewal and are tested first.
const EXTENSION =
  /\bexercis(?:e|es|ed|ing)\s+(?:(?:our|its|the|my|their|your)\s+)?(?:\w+\s+)?(?:option|right)\b(?:[^.;]|\.\d){0,40}?\bto\s+(?:renew|extend)\b|\belect(?:s|ed|ing)?\s+to\s+(?:renew|extend)\b|\bnotice\s+of\s+(?:(?:its|our|the|their|my)\s+)?(?:exercise\s+of\s+(?:(?:its|our|the)\s+)?(?:\w+\s+)?option|renewal|extension|(?:election|decision|intent(?:ion)?)\s+to\s+(?:renew|extend))\b|\bhereby\s+(?:renews?|extends?)\b/i;
const NEGATED = /\b(?:not|never|no longer|declines?|won't|cannot|do(?:es)?n't)\b/i;
const SUSPEND = /\bsuspen(?:d|ds|ded|ding|sion)\b/i;
// "will be disabled", "deactivating your account", "your servers will be powered off": suspension in other words,
// unless the sentence also ends the agreement ("your account will be deactivated and the Agreement terminated").
const DISABLE = /\b(?:disabl|deactivat)(?:e|ed|es|ing)\b|\bpower(?:ed)?\s+off\b|\bshut\s+off\b/i;
// "we will be ending our relationship with Vantor effective April 30", "we wish to discontinue the Services", "is
// withdrawing from the Agreement": termination in other words.
const TERMINATE =
  /\bterminat(?:e|es|ed|ing|ion)\b|\bcancel(?:s|led|ling|lation)?\b|\b(?:end|ends|ending)\s+(?:our|the|this|its|their)\s+(?:business\s+)?(?:relationship|agreement|contract|engagement|subscription)\b|\bdiscontinu(?:e|es|ed|ing)\s+(?:the|all|our|its|this)\s+(?:\w+\s+)?(?:services?|agreement|contract|subscription)\b|\bwithdraw(?:s|n|ing)?\s+from\s+(?:the|this)\s+(?:agreement|contract)\b/i;
const BREACH_NOTICE =
  /\bnotice of (?:material )?(?:breach|default)\b|\b(?:breach|default) notice\b|\bto cure\b|\bcure (?:period|such|the|this|these)\b|\b(?:remedy|correct|rectify|cure) (?:the|this|such|these|that|those) (?:breach\w*|defaults?|failures?|non-?compliance|deficienc\w*)/i;
// "may" the verb, not the month: "effective May 31, 2024" is not a condition.
const CONDITIONAL = /\b(?:if|unless|should|in the event|reserves?|reserving|may(?!\s+\d)|might|could|otherwise|failing which)\b/i;
const OPERATIVE =
  /\bhereby\b|\bnotice (?:is hereby given|that)\b|\bthis (?:letter|notice|email|e-mail) (?:constitutes|serves as|is)\b|\b(?:will|shall) be (?:suspended|terminated)\b|\b(?:are|is|have|has) (?:been )?(?:suspended|terminated)\b|\b(?:are|is|am) (?:suspending|terminating)\b|\bwe (?:will|shall) (?:suspend|terminate)\b|\b(?:elects?|decided|writ(?:e|ing)) to (?:suspend|terminate)\b|\b(?:hereby |therefore |accordingly |now )?(?:terminates|suspends) (?:the|this|its|your|all|our)\b/i;

// The sender's own future act: "Stratoshelf will suspend", "we shall terminate".
const WILL_ACT = /\b(?:will|shall)\s+(?:be\s+)?(?:suspend(?:ed)?|terminated?|disabled|deactivated)\b/i;
// "in 24 hours", "in forty-eight (48) hours": a warning may name its moment as a time from now. ("If payment is
// not received within ten days" is the time to cure, not the moment of the action.)
const namesTimeFromNow = (text: string): boolean => findPeriods(text, 0).some((p) => writtenAfterIn(text, p, 0));

function actionIn(sentence: string): LetterAction | null {
  if (NON_RENEWAL.test(sentence)) return 'non-renewal';
  const suspend = SUSPEND.exec(sentence);
  const terminate = TERMINATE.exec(sentence);
  if (suspend && (!terminate || suspend.index < terminate.index)) return 'suspension';
  if (terminate) return 'termination';
  return DISABLE.test(sentence) ? 'suspension' : null;
}

/**
 * The action of a letter from its subject line and sentences.
 * @example readAction('Notice of Renewal', splitSentences('We hereby exercise our option to renew the Agreement.')) // 'extension'
 * @example readAction('Notice of Suspension', splitSentences('We are suspending your account effective today. We reserve the right to terminate.')) // 'suspension'
 */
export function readAction(subject: string | null, sentences: Sentence[]): LetterAction | null {
  const body = sentences.map((s) => s.text).join(' ');
  if (NON_RENEWAL.test(subject ?? '') || sentences.some((s) => NON_RENEWAL.test(s.text) && !/\bif\b|\bunless\b/i.test(s.text))) {
    return 'non-renewal';
  }
  const exercises = (text: string) => EXTENSION.test(text) && !NEGATED.test(text) && !/\bif\b|\bunless\b|\bwhether\b/i.test(text);
  if (exercises(subject ?? '') || sentences.some((s) => exercises(s.text))) return 'extension';
  const operative = sentences.find((s) => OPERATIVE.test(s.text) && !CONDITIONAL.test(s.text) && actionIn(s.text));
  if (operative) return actionIn(operative.text);
  if (BREACH_NOTICE.test(subject ?? '') || BREACH_NOTICE.test(body)) return 'breach-notice';
  if (subject) {
    const fromSubject = actionIn(subject);
    if (fromSubject) return fromSubject;
  }
  const plain = sentences.find((s) => !CONDITIONAL.test(s.text) && actionIn(s.text));
  if (plain) return actionIn(plain.text);
  // "Unless payment in full is received, Stratoshelf will suspend your access at 12:01 a.m. on January 9": a
  // warning that names the moment it takes effect is notice of that action, whatever may still avert it.
  const warned = sentences.find((s) => WILL_ACT.test(s.text) && (findDates(s.text).length > 0 || namesTimeFromNow(s.text)));
  return warned ? actionIn(warned.text) : null;
}
