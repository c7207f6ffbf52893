/**
 * The shared vocabulary of the domain: periods, provisions, parties, letters, deadlines, verdicts.
 * These shapes are the JSON the CLI prints and the API returns, so names here are stable strings.
 * Pure data: no behaviour, no I/O.
 */

/** Units are kept as written: a month is never flattened to 30 days, business days are not calendar days. */
export type Unit = 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

export type Qualifier =
  | 'at-least' // "at least", "not less than", "no less than", "a minimum of"
  | 'no-later-than' // "no later than", "not later than"
  | 'within' // "within"
  | 'prior-to' // "prior to", "before", "in advance", "advance notice"
  | 'after' // "after", "following", "from"
  | 'upon' // "upon N days' notice", "on N days' notice"
  | 'not-more-than'; // "not more than", "no more than" (windows: "not more than 90 days before")

/** What a period counts from (forward) or back from (backward). */
export type Anchor =
  | 'end-of-term' // "prior to the end of the then-current term", "before expiration"
  | 'renewal-date'
  | 'effective-date' // "before the effective date of termination"
  | 'receipt-of-notice' // "after receipt of written notice"
  | 'dispatch-of-notice' // "after the date notice is sent"
  | 'notice' // "upon 30 days' notice" — counts from the notice, receipt by default
  | null;

export type Flag =
  | 'words-digits-mismatch' // "sixty (90) days": both values kept, never silently resolved
  | 'missing-unit' // "thirty (30) written notice"
  | 'redacted' // "[***]", "* * *", "[Redacted]"
  | 'no-period-stated' // a notice is required but no period is given
  | 'calendar-days' // the text says "calendar days" or defines days as calendar days
  | 'month-end-clamped'; // set on computed dates, not on provisions

export interface Period {
  /** The number as the operative value (digits win for `amount` when words and digits disagree; see `words`/`digits`). null when redacted or absent. */
  amount: number | null;
  unit: Unit;
  qualifier: Qualifier | null;
  anchor?: Anchor;
  /** Set only when words and digits were both written: "sixty (90)" → words 60, digits 90. */
  words?: number | null;
  digits?: number | null;
  /** True when the text said "calendar days" explicitly. */
  calendar?: boolean;
  /** True when the text said "clear days": neither the day of the event nor the day of the action counts. */
  clear?: boolean;
  /** The exact words of the period, and where they are in the extracted text. */
  text?: string;
  start?: number;
  end?: number;
  flags?: Flag[];
}

export type ProvisionType =
  | 'non-renewal'
  // A notice a party must give to extend or renew (opt-in): missing it ends the contract, so it is
  // kept apart from non-renewal notices.
  | 'extension-notice'
  | 'termination-for-convenience'
  | 'termination-for-cause'
  | 'immediate-termination'
  | 'suspension'
  | 'notice-delivery'
  | 'term'
  | 'renewal'
  | 'governing-law';

/** What a termination right ends: the agreement, an order or statement of work, one service, or a policy or licence. */
export type TerminationObject = 'agreement' | 'order' | 'service' | 'policy';

/** Where in the document a provision is written: the agreement's body, or a part appended to it. */
export type DocumentZone = 'body' | 'schedule' | 'exhibit' | 'order-form' | 'addendum' | 'statute';

/** Stable ground vocabulary, shared by provisions and letters. */
export type Ground =
  | 'breach'
  | 'material-breach'
  | 'non-payment'
  | 'policy-violation'
  | 'convenience'
  | 'insolvency'
  | 'security-risk'
  | 'legal-compliance'
  | 'winding-down'
  | 'change-of-control'
  | 'force-majeure'
  | 'cause';

export type DeliveryMethod = 'email' | 'courier' | 'certified-mail' | 'registered-mail' | 'mail' | 'hand' | 'fax';

/** When a notice sent by one method is deemed received (from the notice-delivery provision). */
export interface DeemedReceipt {
  method: DeliveryMethod;
  /**
   * - when-sent: effective on sending ("notices by email are effective when sent");
   * - on-delivery: when actually delivered / received;
   * - next-business-day: the business day after sending;
   * - after-business-days / after-days: `amount` (business) days after sending.
   */
  rule: 'when-sent' | 'on-delivery' | 'next-business-day' | 'after-business-days' | 'after-days';
  amount?: number;
  /** Local time after which a same-day rule rolls to the next business day, "17:00". */
  cutoff?: string;
  /** Whose local time the cut-off is in, where the clause says ("5:00 p.m. (recipient's local time)"). */
  cutoffZone?: 'recipient';
}

export type RenewalType = 'automatic' | 'option' | 'mutual' | 'evergreen' | 'none';

export interface Renewal {
  type: RenewalType;
  term: Period | null;
}

export interface Provision {
  type: ProvisionType;
  /** Who may use the right: 'either', a party's defined name, or null when the text does not say. */
  party: string | null;
  section: string | null;
  heading?: string | null;
  notice: Period | null;
  /**
   * The other end of a notice window: "not less than sixty (60) nor more than one hundred twenty (120) days before
   * the end of the term" — the notice may not be given earlier than this before the anchor.
   */
  noEarlierThan?: Period;
  /**
   * A lock-in: the termination may not take effect before this day ("no such termination shall be effective
   * prior to the first anniversary of the Effective Date"); `date` is null where the agreement does not fix it.
   */
  /**
   * A lock-in; `holder` names the one party of a mutual right it binds ("provided that Licensee may not terminate
   * before ..."); `exercise` marks wording ("may not terminate before") that may also bar giving notice before it.
   */
  notEffectiveBefore?: { date: string | null; text: string; holder?: string; exercise?: boolean };
  /** The notice must end on the last day of a calendar month, quarter or year ("such notice to expire on the last day of a calendar month"). */
  endsOn?: 'month' | 'quarter' | 'year';
  /** For termination-for-cause (and breach-triggered suspension): the cure period. */
  cure: Period | null;
  grounds: Ground[];
  flags: Flag[];
  text: string;
  start: number;
  end: number;
  page: number | null;
  /** notice-delivery only. */
  deliveries?: DeemedReceipt[];
  /** notice-delivery: the agreement moves a last day that falls on a weekend/holiday to the next business day. */
  nextBusinessDayRule?: boolean;
  /** renewal only. */
  renewal?: Renewal;
  /** governing-law only: jurisdiction code such as US-NY, GB, DE. */
  jurisdiction?: string;
  /** term only. */
  period?: Period | null;
  /** Termination rights: what the right ends, when the wording says. */
  object?: TerminationObject;
  /** Set when the provision is written outside the agreement's body (an exhibit, a state addendum, ...). */
  zone?: DocumentZone;
  /** Rights typed by the clause-role classifier: the features that decided the type, with their weight. */
  why?: { feature: string; weight: number }[];
}

export interface Party {
  name: string;
  aliases: string[];
  /** Role words the agreement gives the party ("Provider", "Customer"), lower-case; used to resolve letters. */
  role?: string | null;
}

export interface TermInfo {
  agreementDate: string | null;
  effectiveDate: string | null;
  /** The legal last day of the initial term, inclusive (the earlier reading where two exist). */
  expirationDate: string | null;
  /** Other readings of the last day the wording allows, each with its reason (later than expirationDate). */
  expirationAlternatives?: { date: string; reason: string }[];
  /**
   * Where the expiration date comes from: written as a date ('stated'), a named day such as "until
   * the fifth anniversary" ('named-day'), or the last day of a length counted from the start ('length').
   */
  expirationBasis?: 'stated' | 'named-day' | 'length';
  initialTerm: Period | null;
  renewal: Renewal | null;
}

export type DocumentKind = 'agreement' | 'letter' | 'unknown';

/** The extracted text of a file: the text, and where each page starts in it. */
export interface ExtractedText {
  text: string;
  pages: number;
  /** pageStarts[i] is the offset in `text` where page i+1 begins (length === pages). */
  pageStarts: number[];
  format: 'pdf' | 'txt' | 'docx' | 'eml' | 'msg';
  /** An email's own headers (the original message's, for a forwarded one): better sending evidence than its body. */
  envelope?: EmailEnvelope;
  /** Present when some of the text was read by OCR: the engine and each OCR'd word's confidence (0–100). */
  ocr?: OcrReading;
}

export interface EmailEnvelope {
  from: string | null;
  to: string[];
  cc: string[];
  /** ISO instant with the sender's offset ("2021-01-09T18:07:00-08:00"), from the Date header. */
  sentAt: string | null;
  subject: string | null;
}

export interface OcrReading {
  engine: 'tesseract' | 'textract';
  meanConfidence: number;
  /** Offsets into `ExtractedText.text`. */
  words: { start: number; end: number; confidence: number }[];
}

/**
 * A word read by OCR below its engine's threshold where a fact stands (a date, a period, a section, the
 * sender), kept with the analysis so a verdict judged later, from stored analyses, still names it.
 */
export interface OcrDoubt {
  word: string;
  confidence: number;
  /**
   * Words of a date the letter states that were read (at any confidence) into something that is no date: the
   * scan must be checked there, whatever the engine was sure of.
   */
  notADate?: true;
  /** Offsets into the document's text. */
  start: number;
  end: number;
}

/** What the extractor finds in an agreement: the `notice-check extract --json` object without `file`. */
export interface AgreementAnalysis {
  kind: DocumentKind;
  pages: number;
  parties: Party[];
  provisions: Provision[];
  term: TermInfo;
  governingLaw: string | null;
  /** An IANA zone the agreement names for notices ("Pacific Time" → America/Los_Angeles), if any. */
  zone?: string | null;
  /** Doubtful OCR words in the agreement's periods; the verdict names those inside the provisions it applies. */
  ocrDoubts?: OcrDoubt[];
  /** What the agreement is for, where it is service, maintenance or repair (statutes on renewal depend on it). */
  subjectMatter?: SubjectMatter | null;
}

/** The words that show an agreement is for service, maintenance or repair ("Equipment Maintenance Agreement"). */
export interface SubjectMatter {
  kind: 'service' | 'maintenance' | 'repair';
  text: string;
  start: number;
  end: number;
}

/** A statute that may govern part of the agreement: a flag for review, not legal advice. */
export interface StatutoryFlag {
  /** Stable id: 'ny-gol-5-903'. */
  statute: string;
  title: string;
  authority: string;
  /** What the statute requires, in plain words, and that this is a flag, not advice. */
  text: string;
  /** The section of the agreement the flag concerns. */
  section: string | null;
}

// 'extension': a letter exercising an option to renew or extend the term.
export type LetterAction = 'termination' | 'suspension' | 'non-renewal' | 'breach-notice' | 'extension';

/** A date (and optional wall time) as written, before it is placed in a zone. */
export interface WrittenMoment {
  date: string; // YYYY-MM-DD
  time?: string | null; // HH:mm (24h)
  /** The zone label as written ("PST", "Pacific Time", "UTC", "+01:00"), if any. */
  zoneLabel?: string | null;
  /** The time was not written as a clock time but fixed by a convention: "close of business" is 17:00 local. */
  timeConvention?: 'close-of-business' | null;
  /**
   * A date written with slashes ("04/03/2024"), as written: `date` reads it month first (US usage); the verdict
   * re-reads it day first where the agreement's governing law is outside the US.
   */
  slashed?: { first: number; second: number; year: number } | null;
  /** Set when the moment is not the letter's own words but an email's Date header (the exact instant sent). */
  source?: 'email-header' | null;
  text: string;
  start: number;
  end: number;
}

export interface LetterAnalysis {
  /** Names as written in the letter; resolved to parties by the verdict. */
  senderText: string | null;
  recipientText: string | null;
  sent: WrittenMoment | null;
  deliveryMethod: DeliveryMethod | null;
  action: LetterAction | null;
  effective:
    | { kind: 'immediate' }
    | { kind: 'end-of-term' }
    | { kind: 'moment'; moment: WrittenMoment }
    | { kind: 'after-period'; period: Period }
    | null;
  sectionsCited: string[];
  grounds: Ground[];
  /** A breach notice's stated cure period ("you have thirty (30) days to cure"). */
  curePeriod: Period | null;
  problems: string[];
  /** Every name the letter gives its sender / recipient (header, "on behalf of", letterhead, signature, "Dear X"), strongest first. */
  senderCandidates?: string[];
  recipientCandidates?: string[];
  /** The zone of the recipient's address as the letter gives it (inside address, "To:" line), if it names a place. */
  recipientZone?: string | null;
  /** Every delivery method stated ("by email and FedEx"), in the order written; `deliveryMethod` is the first. */
  deliveryMethods?: DeliveryMethod[];
  /** The subject or "Re:" line. */
  subject?: string | null;
  /**
   * An earlier notice (of breach) the letter refers to, with its date where the letter gives one ("our letter
   * of March 1, 2024"); `moment` is null when the letter mentions the earlier notice without dating it.
   */
  earlierNotice?: { moment: WrittenMoment | null; text: string } | null;
  /** The end date of the term the letter states ("the current term expires on June 30, 2027"), YYYY-MM-DD. */
  statedTermEnd?: string | null;
  /** The letter ends the agreement at the end of its term ("at the end of the Initial Term on June 30, 2027"). */
  endsAtTermEnd?: boolean;
  /** Doubtful OCR words behind the letter's facts; any makes the verdict NEEDS_REVIEW. */
  ocrDoubts?: OcrDoubt[];
}

export type DeadlineKind =
  | 'non-renewal-notice'
  | 'term-end'
  | 'cure-period-end'
  | 'termination-effective'
  | 'suspension-effective'
  // The last day to exercise an option to renew or extend.
  | 'extension-notice'
  // A window a statute sets for a party's notice (N.Y. Gen. Oblig. Law § 5-903: the provider's reminder).
  | 'statutory-reminder';

export interface Deadline {
  kind: DeadlineKind;
  date: string; // YYYY-MM-DD (the last day, in `zone`)
  at: string | null; // ISO instant with offset, when a time is known (end of day otherwise)
  zone: string; // IANA zone
  section: string | null;
  /** The clause quoted for alerts. */
  text?: string;
  /** The earliest date any reading allows (alerts use it); equal to `date` when all readings agree. */
  safeDate?: string;
  /** The latest date a reading allows, where readings differ. */
  latestDate?: string;
  /** Why the readings differ, where they do. */
  readingReason?: string;
  /** A notice window's first day: a notice received before it is premature ("nor more than 120 days before"). */
  notBefore?: string;
  /** For a window (a statutory reminder): its first day; `date` is its last. */
  windowStart?: string;
  /** The party who must act by this deadline, where it is not the reader's own (the provider's reminder). */
  party?: string;
  /** The statute that sets the deadline, where one does. */
  authority?: string;
}

export type VerdictStatus = 'COMPLIANT' | 'NON_COMPLIANT' | 'CONDITIONAL' | 'NEEDS_REVIEW';

export interface ProvisionAssessment {
  section: string | null;
  type: ProvisionType;
  party: string | null;
  notice: Period | null;
  cure: Period | null;
  applies: boolean;
  satisfied: boolean | null;
  condition: string | null;
  earliestEffectiveAt: string | null;
  earliestEffectiveDate: string | null;
  text: string;
  start: number;
  end: number;
  page: number | null;
}

export interface Verdict {
  status: VerdictStatus;
  action: LetterAction | null;
  sender: string | null;
  recipient: string | null;
  deliveryMethod: DeliveryMethod | null;
  noticeGivenAt: string | null;
  noticeReceivedAt: string | null;
  effectiveAt: string | null;
  earliestCompliantAt: string | null;
  earliestCompliantDate: string | null;
  shortfall: { amount: number; unit: Unit } | null;
  provisions: ProvisionAssessment[];
  deadlines: Deadline[];
  rules: string[];
  explanation: string[];
  /** Why a NEEDS_REVIEW verdict needs review (empty otherwise). */
  reviewReasons?: string[];
  zone: string;
  /** Each way the facts or the agreement can be read, with the answer under it (first: the prevailing reading). */
  readings?: { name: string; description: string; status: VerdictStatus; earliestCompliantDate: string | null }[];
  /** Days to spare (>= 0) or short (< 0) against the earliest compliant date; null where no date applies. */
  /**
   * Days to spare (negative: short or late) against the earliest compliant date, or, for an option to extend
   * exercised too late, against the last day for notice (`earliestCompliantDate` null).
   */
  margin?: { days: number; earliestCompliantDate: string | null; lastNoticeDate?: string } | null;
  /** Statutes that may change the answer (a renewal that may not bind the customer): flags, not advice. */
  statutoryFlags?: StatutoryFlag[];
}
