/** Plain words for the API's codes: people read "processing" and "the file is password-protected", not PENDING or ENCRYPTED_PDF. */
import type { DocumentView, ReviewStatus, VerdictStatus } from './types.ts';

export const VERDICT_WORDS: Record<VerdictStatus, { label: string; tone: 'good' | 'bad' | 'warn' | 'review'; summary: string }> = {
  COMPLIANT: { label: 'Compliant', tone: 'good', summary: 'The notice gave at least the notice the agreement requires.' },
  NON_COMPLIANT: { label: 'Not compliant', tone: 'bad', summary: 'The notice gave less notice than the agreement requires.' },
  CONDITIONAL: {
    label: 'Compliant only if the stated ground exists',
    tone: 'warn',
    summary: 'The notice complies only if a fact it asserts is true.',
  },
  NEEDS_REVIEW: { label: 'Needs a person to review', tone: 'review', summary: 'The documents leave a question only a person can answer.' },
};

const DOCUMENT_ERRORS: Record<string, string> = {
  EMPTY_FILE: 'the file is empty',
  NOT_A_PDF: 'the file is not a PDF although it is named as one',
  CORRUPT_PDF: 'the PDF is damaged and could not be read',
  ENCRYPTED_PDF: 'the PDF is password-protected',
  NO_TEXT: 'no text could be read from the file (a scan without a text layer?)',
  TOO_LARGE: 'the file is larger than the service accepts; upload a smaller copy or split it',
  TOO_COMPLEX:
    'the document would take too much to open (too many pages, too much compressed content or too much memory); save or print it to a new file, or split it',
  TIMEOUT: 'reading the file took too long and was stopped; save or print it to a new file, or split a long scan, and upload that',
  UNSUPPORTED_TYPE: 'this kind of file is not supported',
  TRANSIENT: 'a temporary problem stopped the reading; upload the file again',
  STALE: 'this upload was never processed (the file did not arrive, or reading it never finished); upload it again',
};

export function documentStatus(document: DocumentView): { label: string; tone: 'good' | 'bad' | 'busy'; detail: string | null } {
  if (document.status === 'PROCESSED') return { label: 'Done', tone: 'good', detail: null };
  if (document.status === 'PENDING')
    return { label: document.uploadedAt ? 'Processing' : 'Waiting for the file', tone: 'busy', detail: null };
  const reason = (document.errorCode && DOCUMENT_ERRORS[document.errorCode]) ?? document.errorMessage ?? 'the file could not be read';
  return { label: 'Failed', tone: 'bad', detail: `Failed: ${reason}.` };
}

export const DEADLINE_WORDS: Record<string, string> = {
  'non-renewal-notice': 'Last day to give notice of non-renewal',
  'term-end': 'The term ends',
  'cure-period-end': 'The cure period ends',
  'termination-effective': 'Termination takes effect',
  'suspension-effective': 'Suspension takes effect',
  'extension-notice': 'Last day to exercise the option to renew or extend',
  'statutory-reminder': "Last day for the provider's renewal reminder",
};

export const REVIEW_WORDS: Record<ReviewStatus, string> = {
  proposed: 'Proposed — not yet reviewed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  dismissed: 'Dismissed',
};

export const ACTION_WORDS: Record<string, string> = {
  termination: 'termination',
  suspension: 'suspension',
  'non-renewal': 'non-renewal',
  'breach-notice': 'notice of breach',
  extension: 'exercise of an option to renew or extend',
};

export const PROVISION_WORDS: Record<string, string> = {
  'non-renewal': 'Notice of non-renewal',
  'extension-notice': 'Notice to extend or renew',
  'termination-for-convenience': 'Termination for convenience',
  'termination-for-cause': 'Termination for cause',
  'immediate-termination': 'Immediate termination',
  suspension: 'Suspension',
  'notice-delivery': 'How notices are delivered',
  term: 'Term',
  renewal: 'Renewal',
  'governing-law': 'Governing law',
};

/**
 * The verdict's sentences quote the machine vocabulary in brackets ("(policy-violation)") and start with the
 * status code; a person reads the words around them.
 * @example plainSentence('CONDITIONAL: complies only if a violation (policy-violation) happened') // 'Compliant only if the stated ground exists: complies only if a violation happened'
 */
export function plainSentence(sentence: string): string {
  let text = sentence.replace(/\s\((?:[a-z]+-)+[a-z]+\)|\s\((?:cause|breach|convenience|insolvency)\)/g, '');
  for (const [code, words] of Object.entries(VERDICT_WORDS)) {
    if (text.startsWith(`${code}:`)) text = `${words.label}:${text.slice(code.length + 1)}`;
  }
  for (const [code, words] of Object.entries(PROVISION_WORDS)) text = text.replaceAll(`(${code})`, `(${words.toLowerCase()})`);
  return text;
}

/**
 * A rule reads "name-of-rule: what it says (where it comes from)": the name becomes a heading in words.
 * @example ruleWords('calendar-days: the day of the event is excluded') // { title: 'Calendar days', text: 'the day of the event is excluded' }
 */
export function ruleWords(rule: string): { title: string; text: string } {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*):\s*(.*)$/s.exec(rule);
  if (!match) return { title: 'Rule', text: rule };
  const name = (match[1] ?? '').replace(/-/g, ' ');
  return { title: name.charAt(0).toUpperCase() + name.slice(1), text: match[2] ?? '' };
}

export function partyNames(parties: { name: string }[]): string {
  return parties.map((party) => party.name).join(' and ') || 'Parties not yet known';
}
