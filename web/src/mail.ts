/** Words for inbound mail: the address a contract's notices go to, the contracts to file a message under, failures. */
import { ApiError } from './api.ts';
import { formatStatedMoment } from './dates.ts';
import type { ContractSummary, UnmatchedMail } from './types.ts';
import { partyNames } from './words.ts';

/** Where the contract's id goes in a configured inbound address. */
const CONTRACT_SLOT = '{contractId}';

/**
 * The address mail for one contract is sent to, from the deployment's pattern; null when it gives none.
 * @example inboundAddressFor('notices+{contractId}@inbound.localhost', 'c-1') // 'notices+c-1@inbound.localhost'
 */
export function inboundAddressFor(pattern: string | null | undefined, contractId: string): string | null {
  if (!pattern?.includes(CONTRACT_SLOT)) return null;
  return pattern.replaceAll(CONTRACT_SLOT, contractId);
}

/**
 * An agreement as a person names it: its parties, or its id while no party is known.
 * @example agreementName(['Stratoshelf Hosting, Inc.', 'Kestrel Analytics LLC'], 'c-1') // 'Stratoshelf Hosting, Inc. and Kestrel Analytics LLC'
 * @example agreementName([], 'c-1') // 'contract c-1'
 */
export function agreementName(parties: readonly string[], contractId: string): string {
  return parties.length > 0 ? parties.join(' and ') : `contract ${contractId}`;
}

export interface ContractChoice {
  contractId: string;
  label: string;
}

/**
 * Every contract a message may be filed under, by parties; the id tells apart two contracts of the same parties.
 * @example contractChoices([{ contractId: 'c-2', parties: [{ name: 'Beta', aliases: [] }] }, …]) // [{ contractId: 'c-2', label: 'Beta (c-2)' }, …]
 */
export function contractChoices(contracts: readonly Pick<ContractSummary, 'contractId' | 'parties'>[]): ContractChoice[] {
  return contracts
    .map((contract) => ({
      contractId: contract.contractId,
      label: `${contract.parties.length > 0 ? partyNames(contract.parties) : 'Parties not yet known'} (${contract.contractId})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export interface FilingFailure {
  message: string;
  /** The message is no longer waiting (filed from another window, or by someone else): drop it from the list. */
  messageGone: boolean;
}

/**
 * Why filing a message failed, in words a person can act on; the API's codes and field paths stay out of sight.
 * @example filingFailure(new ApiError(404, 'NOT_FOUND', 'Contract not found')).message // 'That contract no longer exists. Choose another one.'
 */
export function filingFailure(error: unknown): FilingFailure {
  if (!(error instanceof ApiError)) return { message: 'The message could not be filed. Try again.', messageGone: false };
  if (error.status === 404 && /message/i.test(error.message))
    return { message: 'This message is no longer waiting here: someone may have filed it already.', messageGone: true };
  if (error.status === 404) return { message: 'That contract no longer exists. Choose another one.', messageGone: false };
  if (error.status === 400)
    return { message: 'The service did not accept that contract. Choose it again from the list.', messageGone: false };
  if (error.status >= 500)
    return { message: 'The service could not file the message just now. Try again in a moment.', messageGone: false };
  // 0 (unreachable), 401 and 403 already carry plain words (api.ts).
  return { message: error.message, messageGone: false };
}

/**
 * When a message was sent, in its sender's time: for a forward, the original's (as the forward printed it
 * when it gave no zone).
 * @example sentText({ date: '2021-01-09T18:07:00-08:00' }) // "Sat, 9 Jan 2021, 18:07 (UTC−08:00), the sender's time"
 */
export function sentText(message: Pick<UnmatchedMail, 'date' | 'forwarded'>): string {
  if (message.date) return `${formatStatedMoment(message.date)}, the sender's time`;
  const printed = message.forwarded?.printedDate;
  if (printed) return `${printed}, as the forward shows it (no time zone given)`;
  return 'The email gives no date';
}

/**
 * Who forwarded a message and when, or null when it is not a forward.
 * @example forwardedText({ forwarded: { by: 'Tomas <t@k.example>', at: '2021-01-11T09:31:40+01:00' } }) // 'Tomas <t@k.example>, on Mon, 11 Jan 2021, 09:31 (UTC+01:00)'
 */
export function forwardedText(message: Pick<UnmatchedMail, 'forwarded'>): string | null {
  const forwarded = message.forwarded;
  if (!forwarded) return null;
  const by = forwarded.by ?? 'an unstated sender';
  return forwarded.at ? `${by}, on ${formatStatedMoment(forwarded.at)}` : by;
}
