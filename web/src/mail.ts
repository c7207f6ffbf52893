/** Words for inbound mail: the address a contract's notices go to, the contracts to file a message under, failures. */
import { ApiError } from './api.ts';
import type { ContractSummary } from './types.ts';
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
