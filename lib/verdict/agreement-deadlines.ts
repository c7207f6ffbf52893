import type { AgreementAnalysis, Deadline } from '../domain/types.ts';

export interface DeadlineOptions {
  /** ISO instant: deadlines are the next ones after this moment. Passed in: the domain never reads the clock. */
  now: string;
  defaultZone: string;
}

/** Deadlines from an agreement alone (non-renewal notice, term end). STUB — owned by the verdict workstream. */
export function agreementDeadlines(_agreement: AgreementAnalysis, _options: DeadlineOptions): Deadline[] {
  throw new Error('not implemented');
}
