/**
 * How many messages wait on the unmatched-mail page, for the navigation's badge. Listing them reads every
 * message, so the app asks once when it opens; the mail page keeps the figure current as messages are filed.
 */
import { createContext } from 'preact';

export interface UnmatchedCount {
  /** null until known, and when it could not be read: no badge then. */
  count: number | null;
  set(count: number): void;
}

export const UnmatchedCountContext = createContext<UnmatchedCount>({ count: null, set: () => undefined });
