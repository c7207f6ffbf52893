/**
 * Decides which provisions a clause unit states. The conventions follow how practitioners (and the
 * CUAD labels) read termination language:
 * - a notice tied to the end of a term, or a renewal that happens "unless" notice is given, is a
 *   non-renewal notice;
 * - in an agreement that runs "until terminated" (evergreen) or after its initial term, the right to
 *   end it on notice is the notice to terminate that renewal — and, when no cause is needed, also a
 *   termination for convenience;
 * - a notice a party must give to extend or renew is an opt-in (`extension-notice`), not non-renewal;
 * - a right with no condition, or with "without cause" / "for any reason", is for convenience;
 * - a right conditioned on breach, with a cure window, is for cause; one exercised "immediately" on
 *   insolvency, change of control and the like is immediate termination.
 */
import { flexible } from './flexible.ts';
import type { Flag, Ground, Period, ProvisionType } from '../../domain/types.ts';
import {
  AT_ANY_TIME_RE,
  AT_TERM_END_RE,
  AUTOMATIC_RE,
  BREACH_RE,
  CAUSE_RE,
  GENERIC_INTRO_RE,
  CURE_RE,
  IMMEDIATE_RE,
  OTHER_OBJECT_RE,
  negatesTheRight,
  NON_RENEWAL_RE,
  NOTICE_WORD_RE,
  OPT_IN_RE,
  POST_INITIAL_RE,
  RENEWAL_RE,
  SUSPENSION_RIGHT_RE,
  TERMINATION_RIGHT_RE,
  UNTIL_TERMINATED_RE,
  groundsIn,
} from './cues.ts';
import { convenienceCueOfRight } from './convenience-cue.ts';
import { curePeriods, immediatePeriod, isNoticeLike } from './notice-periods.ts';

export interface Finding {
  type: ProvisionType;
  /** Where, in the clause string, the right is stated (to find who holds it). */
  verbAt: number;
  notice: Period | null;
  cure: Period | null;
  grounds: Ground[];
  flags: Flag[];
}

export interface UnitInput {
  /** The whole agreement text (periods carry offsets into it). */
  text: string;
  /** The unit's words: its lead-in (if any) followed by the item. */
  clause: string;
  /** The first offset of the unit in `text` (for bounded look-behind). */
  floor: number;
  periods: Period[];
  /** The sentence before, for breach clauses that state the cure in a second sentence. */
  previous: string;
  /** The lead-in of a list item ('' otherwise). */
  lead: string;
  /** The item alone (equal to `clause` when the unit has no lead-in). */
  item: string;
  /** Maps an index in `clause` to an offset in `text`. */
  offsetOf(index: number): number;
  /** Whether the unit is a limb of the definition of a termination ground ('"Cause" means: ...'). */
  inGroundDefinition?: boolean;
}

function distinct(periods: Period[]): Period[] {
  const seen = new Set<string>();
  return periods.filter((p) => {
    const key = `${p.amount}|${p.unit}|${(p.flags ?? []).includes('redacted')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where the verb of the right is ("may terminate"), rather than the first "Termination" heading. */
function rightVerbAt(clause: string): number {
  const m = TERMINATION_RIGHT_RE.exec(clause);
  if (!m) return at(END_WORD_RE, clause);
  const verb = m[0].search(VERB_AT_END_RE);
  return m.index + Math.max(0, verb);
}

// "The Customer may extend", "Tenant shall have the option to renew", "Licensee may elect to renew".
const OPTION_VERB_RE =
  /\b(?:may|(?:shall )?(?:have|has) (?:the|an) (?:option|right) to|is entitled to)\s+(?:(?:elect|choose) to\s+)?(?:extend|renew)\b/i;
const flagsOf = (p: Period | null): Flag[] => (p?.flags ? [...p.flags] : []);
const at = (re: RegExp, s: string): number => Math.max(0, s.search(re));

// Notices about insurance cover, access to records, or the lapse of a registration, certificate, permit or
// policy are not notices about the agreement's term.
const NOT_ABOUT_TERM_RE = /\binsur|\bcoverage\b|\binspect|\baudit|\bregistrations?\b|\bcertificat|\bpermits?\b|\bpolic(?:y|ies)\b/i;
// A renewal that needs both parties' agreement is no one's notice to end the agreement: "may only be renewed if
// the parties agree in writing at least thirty days before expiry", "unless extended by written agreement", "the
// Parties shall decide whether to extend it", "will negotiate the terms under which it would be renewed".
const RENEWAL_BY_AGREEMENT_RE = flexible(
  /\bagree(?:s|d)?\b|\bagreement of\b|\b(?:written|mutual|renewal|extension|satisfactory) agreement\b|\bmutual(?:ly)?\b|\bnegotiat\w*|\bdecide whether\b|\bconsent of (?:both|all)\b/i,
);
// What keeps a renewal automatic, so that the agreement words above are about something else.
const SELF_RENEWING_RE = flexible(/\bautomatic\w*|\bshall continue\b|\bunless\b[^.;]{0,80}?\b(?:notice|notif)/i);
// A lead time before expiry is a notice when something is communicated: "by written notice", "by informing
// the other party in writing", "by sending a registered letter three months before". "During the last [***] before
// expiration, maintain the Safety Stock" is not.
const COMMUNICATION_RE =
  /\bnotice|\bnotif|\bin writing\b|\bwritten\b|\binform|\badvis|\belect|\brequest|\bdeclar|\bletter\b|\bsend|\bsent\b|\bgiv(?:e|es|ing)\b/i;
const AUTOMATIC_TERMINATION_RE = flexible(
  /\bautomatically terminat|\bterminate automatically\b|\bshall (?:immediately )?terminate (?:immediately |forthwith )?(?:if|upon|in the event|on the (?:occurrence|date))\b/i,
);
/**
 * Every provision needs one of these words (a right to end or suspend, a renewal, an expiry) or a
 * cure window: most clauses that mention a notice state none, and one combined test lets them skip
 * the dozens of patterns below.
 */
const CLASSIFIABLE_RE =
  /terminat|terminable|shall\s+end\b|cancel|renew|extend|prolong|year[- ]to[- ]year|month[- ]to[- ]month|intention\s+not|expire|suspend/i;
// A limb that is only a notice: "(vi) upon Supplier giving Customer at least sixty (60) days' written notice".
const NOTICE_ONLY_LIMB_RE =
  /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:or\s+)?(?:upon|on|by|after)\s+(?:(?:the|either|any|a)\s+)?(?:[\w'’-]+\s+){0,3}(?:giving|providing|delivering|serving)\b[^;:]{0,120}?\bnotice\b/i;
// Words tested on every classified clause: compiled once.
const VERB_AT_END_RE = /\b(?:terminat|cancel)\w*\W*$/i;
const END_WORD_RE = /\bterminat|\bcancel/i;
const AUTOMATIC_WORD_RE = /\bautomatic/i;
const END_OR_RENEW_RE = /\bterminat|\bcancel|\brenew|\bextend|\bextension/i;
const END_OR_NOTICE_RE = /\bterminat|\bcancel|\bnotice|\bnotif/i;
const END_OR_SUSPEND_RE = /\bterminat|\bcancel|\bsuspend/i;
const NOTICE_CUE_RE = flexible(/\bterminat|\bcancel|\bnotice|\bnotif|\bin writing\b|\brequest/i);

function nonRenewalKind(
  clause: string,
  item: string,
  noticePeriods: Period[],
  right: boolean,
): 'non-renewal' | 'extension-notice' | 'evergreen' | null {
  if (NOT_ABOUT_TERM_RE.test(clause)) return null;
  const renewal = RENEWAL_RE.test(clause);
  if (noticePeriods.length === 0) {
    // "If Cisco intends to not renew the Agreement, Cisco will provide written notice": no period stated.
    return NON_RENEWAL_RE.test(item) && NOTICE_WORD_RE.test(item) ? 'non-renewal' : null;
  }
  if (NON_RENEWAL_RE.test(clause) && NOTICE_CUE_RE.test(clause)) return 'non-renewal';
  if (renewal && OPT_IN_RE.test(clause) && !AUTOMATIC_WORD_RE.test(clause)) return 'extension-notice';
  if (renewal && RENEWAL_BY_AGREEMENT_RE.test(clause) && !SELF_RENEWING_RE.test(clause)) return null;
  const anchoredToEnd = noticePeriods.some((p) => p.anchor === 'end-of-term' || p.anchor === 'renewal-date');
  // A notice before expiry is a non-renewal only when it ends (or keeps from renewing) the agreement:
  // "notify ... before the expiration if it wishes to buy more licences" is not.
  if (
    (anchoredToEnd || AT_TERM_END_RE.test(clause)) &&
    END_OR_RENEW_RE.test(clause) &&
    !BREACH_RE.test(clause) &&
    COMMUNICATION_RE.test(clause)
  ) {
    return 'non-renewal';
  }
  if (UNTIL_TERMINATED_RE.test(clause)) return 'evergreen';
  if (renewal && AUTOMATIC_RE.test(clause) && END_OR_NOTICE_RE.test(clause)) return 'non-renewal';
  if (right && POST_INITIAL_RE.test(clause) && !AT_ANY_TIME_RE.test(clause)) return 'evergreen';
  return null;
}

/**
 * Whether the right depends on a condition (breach, insolvency, "if ..."). In a list, the lead-in's
 * "upon the occurrence of any of the following" only introduces the items, which carry the grounds.
 * Conditions are read up to a little after the right itself, so that an unrelated "in the event"
 * much later in a long sentence does not count.
 */
function isConditional(input: UnitInput): boolean {
  // "may terminate if: (i) the other party is in material breach ...; or (vi) upon giving at least sixty (60)
  // days' notice": the last limb needs no ground, whatever the lead-in's "if" introduced.
  if (input.lead && NOTICE_ONLY_LIMB_RE.test(input.item) && !CAUSE_RE.test(input.item)) return false;
  const lead = input.lead.replace(GENERIC_INTRO_RE, ' ');
  const verb = input.clause.search(END_OR_SUSPEND_RE);
  const text = lead ? `${lead} ${input.item}` : input.clause.slice(0, verb < 0 ? undefined : verb + 300);
  return CAUSE_RE.test(text) && !convenienceCueOfRight(text);
}

/**
 * The provisions stated by one clause unit (usually none).
 * @example classifyUnit({ clause: 'Either party may terminate this Agreement for any reason upon thirty (30) days notice.', ... })
 * // [{ type: 'termination-for-convenience', notice: { amount: 30, unit: 'day', ... }, grounds: ['convenience'], ... }]
 */
export function classifyUnit(input: UnitInput): Finding[] {
  const { clause, periods } = input;
  if (!CLASSIFIABLE_RE.test(clause) && !CURE_RE.test(clause)) return [];
  const findings: Finding[] = [];
  const right = TERMINATION_RIGHT_RE.test(clause) && !negatesTheRight(clause) && !OTHER_OBJECT_RE.test(clause);
  const noticePeriods = distinct(periods.filter((p) => isNoticeLike(input.text, p, input.floor)));
  const kind = nonRenewalKind(clause, input.item, noticePeriods, right);
  const needsCause = isConditional(input);
  if (kind !== null) {
    const type: ProvisionType = kind === 'extension-notice' ? 'extension-notice' : 'non-renewal';
    // Who holds the notice: the subject of "may cancel/terminate", else the words after "unless"; an option to
    // extend is held by the party that "may extend", not the one "giving the Supplier written notice" names.
    const optionAt = kind === 'extension-notice' ? clause.search(OPTION_VERB_RE) : -1;
    const verbAt = optionAt >= 0 ? optionAt : right ? rightVerbAt(clause) : at(/\bunless\b|\bnotif|\bnotice|\bterminat/i, clause);
    if (noticePeriods.length === 0) {
      findings.push({ type, verbAt, notice: null, cure: null, grounds: [], flags: ['no-period-stated'] });
    }
    // "upon the following written notice: sixty (60) days for interruptible ... and 180 days for firm".
    const listed = distinct([...noticePeriods, ...periods.filter((p) => isNoticeLike(input.text, p, input.floor, true))]);
    for (const notice of listed) findings.push({ type, verbAt, notice, cure: null, grounds: [], flags: flagsOf(notice) });
    // An evergreen exit right that needs no cause is also the way to end the agreement for convenience.
    if (kind !== 'evergreen' || needsCause) return findings;
    const notice = noticePeriods[0] ?? null;
    findings.push({
      type: 'termination-for-convenience',
      verbAt: rightVerbAt(clause),
      notice,
      cure: null,
      grounds: ['convenience'],
      flags: flagsOf(notice),
    });
    return findings;
  }
  if (right) findings.push(...terminationFindings(input, noticePeriods, needsCause));
  // "may terminate ... in which it has the right to suspend": the suspension is only referred to.
  const suspendAt = clause.search(SUSPENSION_RIGHT_RE);
  if (suspendAt >= 0 && !(right && clause.search(TERMINATION_RIGHT_RE) < suspendAt)) {
    const verbAt = at(/\bsuspend/i, clause);
    const immediate = IMMEDIATE_RE.exec(clause);
    const cureAt = clause.search(CURE_RE);
    // "may suspend ... if Customer fails to pay within ten (10) days after notice": a cure window.
    const cure = BREACH_RE.test(clause)
      ? (curePeriods(input.text, periods, cureAt >= 0 ? input.offsetOf(cureAt) : input.floor).find(
          (p) => p.qualifier === 'within' || p.qualifier === 'after' || cureAt >= 0,
        ) ?? null)
      : null;
    const notice =
      noticePeriods.find((p) => p !== cure) ??
      (immediate ? immediatePeriod(input.text, input.offsetOf(immediate.index), immediate[0].length) : null);
    findings.push({ type: 'suspension', verbAt, notice, cure, grounds: groundsIn(clause), flags: flagsOf(notice) });
  }
  if (!right && findings.length === 0 && AUTOMATIC_TERMINATION_RE.test(clause)) {
    // "This Agreement shall terminate automatically if either party becomes insolvent": no one need act.
    const grounds = groundsIn(clause);
    if (grounds.length > 0)
      findings.push({ type: 'immediate-termination', verbAt: at(/\bterminat/i, clause), notice: null, cure: null, grounds, flags: [] });
  }
  if (!right && findings.length === 0 && CURE_RE.test(clause) && (BREACH_RE.test(clause) || BREACH_RE.test(input.previous))) {
    // "If the breach is not cured within thirty (30) days after notice, ..." with the right elsewhere.
    if (input.inGroundDefinition || /\bterminat|\bcancel|\bsuspen|\bdefault|\bfundamental breach/i.test(`${clause} ${input.previous}`)) {
      const grounds = groundsIn(`${clause} ${input.previous}`);
      for (const cure of curePeriods(input.text, periods, input.offsetOf(at(CURE_RE, clause)))) {
        findings.push({ type: 'termination-for-cause', verbAt: rightVerbAt(clause), notice: null, cure, grounds, flags: flagsOf(cure) });
      }
    }
  }
  return findings;
}

function terminationFindings(input: UnitInput, noticePeriods: Period[], needsCause: boolean): Finding[] {
  const { clause, periods } = input;
  const verbAt = rightVerbAt(clause);
  const immediate = IMMEDIATE_RE.exec(clause);
  if (!needsCause) {
    // A right to terminate says how notice is given; a period with no notice wording is something else.
    if (!NOTICE_WORD_RE.test(clause)) return [];
    let notice = noticePeriods[0] ?? null;
    if (notice === null && immediate && convenienceCueOfRight(clause))
      notice = immediatePeriod(input.text, input.offsetOf(immediate.index), immediate[0].length);
    if (notice === null && !(convenienceCueOfRight(clause) && NOTICE_WORD_RE.test(clause))) return [];
    return [{ type: 'termination-for-convenience', verbAt, notice, cure: null, grounds: ['convenience'], flags: flagsOf(notice) }];
  }
  const grounds = groundsIn(clause);
  const cureAt = clause.search(CURE_RE);
  // "fails to pay within ten (10) business days after receiving notice": a cure window without the word.
  const window = periods.find(
    (p) => (p.qualifier === 'within' || p.qualifier === 'after') && (p.anchor === 'receipt-of-notice' || p.anchor === 'dispatch-of-notice'),
  );
  const cureFrom = cureAt >= 0 ? input.offsetOf(cureAt) : (window?.start ?? null);
  const breach = BREACH_RE.test(clause);
  if (breach && cureFrom !== null) {
    const cures = curePeriods(input.text, periods, cureFrom);
    const notice = noticePeriods.find((p) => !cures.includes(p)) ?? null;
    if (cures.length === 0) return [{ type: 'termination-for-cause', verbAt, notice, cure: null, grounds, flags: ['no-period-stated'] }];
    return cures.map((cure) => ({ type: 'termination-for-cause' as const, verbAt, notice, cure, grounds, flags: flagsOf(cure) }));
  }
  if (grounds.length === 0) return [];
  if (immediate || noticePeriods.length === 0) {
    const notice =
      noticePeriods[0] ?? (immediate ? immediatePeriod(input.text, input.offsetOf(immediate.index), immediate[0].length) : null);
    return [{ type: 'immediate-termination', verbAt, notice, cure: null, grounds, flags: flagsOf(notice) }];
  }
  return [
    {
      type: 'termination-for-cause',
      verbAt,
      notice: noticePeriods[0] ?? null,
      cure: null,
      grounds,
      flags: flagsOf(noticePeriods[0] ?? null),
    },
  ];
}
