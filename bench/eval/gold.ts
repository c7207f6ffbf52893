/**
 * The gold-label shapes of the CUAD development set (labels.jsonl), reduced to what the
 * evaluation reads. See the corpus README for the full record format.
 */

export type GoldValue = number | 'REDACTED' | null;

export interface GoldPeriod {
  party: string;
  value: GoldValue;
  unit: string | null;
  uncertain?: boolean;
  note?: string;
}

export interface GoldDate {
  iso: string | null;
  year?: number;
  month?: number;
  partial?: boolean;
  raw?: string;
  uncertain?: boolean;
  note?: string;
}

export interface GoldRenewal {
  kind: 'automatic' | 'option' | 'mutual' | 'evergreen' | 'none';
  value: GoldValue;
  unit: string | null;
  uncertain?: boolean;
}

export interface GoldRecord {
  id: string;
  txt_file: string;
  selection_group: string;
  /** CUAD's normalised "Parties" answer: names with their aliases, separated by ";". */
  parties?: string;
  gold: {
    notice_to_terminate_renewal: GoldPeriod[];
    termination_for_convenience: GoldPeriod[];
    renewal: GoldRenewal | null;
    agreement_date: GoldDate | null;
    effective_date: GoldDate | null;
    expiration_date: GoldDate | null;
    cure_and_immediate_termination: { cure: GoldPeriod[] };
  };
}

/**
 * Opt-in notices (a party must give notice to *extend* or *renew*) are labelled in the same list as
 * non-renewal notices; the README says to leave them out when scoring non-renewal.
 */
export const isOptInNotice = (item: GoldPeriod): boolean => /TO EXTEND|TO RENEW/.test(item.party);

/** Parses labels.jsonl (one record a line; blank lines ignored). */
export function parseLabels(jsonl: string): GoldRecord[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord);
}
