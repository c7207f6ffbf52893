import type { Party } from '../../domain/types.ts';

/**
 * What the provision finder needs to know about the whole agreement, supplied by the composition
 * (analyzeAgreement): where sections and pages are, and who the parties are. Keeping it an
 * interface lets provisions be found without re-reading the structure of the text.
 */
export interface ProvisionContext {
  /** The section number and heading containing `offset` ("7.2(b)", "Termination"). */
  sectionAt(offset: number): { section: string | null; heading: string | null };
  /** The parties with their defined names, aliases ("we", "Provider") and roles. */
  parties: Party[];
  /** The 1-based page holding `offset`, or null when pages are unknown. */
  pageAt(offset: number): number | null;
}

/**
 * A context for text with no known structure: no sections, no parties, no pages.
 * @example findProvisions(text, bareContext()) // parties are then read from the clause wording alone
 */
export function bareContext(parties: Party[] = []): ProvisionContext {
  return {
    sectionAt: () => ({ section: null, heading: null }),
    parties,
    pageAt: () => null,
  };
}
