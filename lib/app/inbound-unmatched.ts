/**
 * Unmatched inbound mail of one tenant: listed with its parties, subject and date (the original message's
 * when it is a forward, with who forwarded it) and the agreements whose parties the email or its forwarder
 * names (candidates only: a person chooses), and assigned to a contract, which stores it as that contract's
 * letter for the ordinary ingest to judge.
 */
import { assertId } from '../adapters/keys.ts';
import { NoticeCheckError } from '../errors.ts';
import { matchingAgreements } from '../inbound/party-match.ts';
import { summariseMail } from '../inbound/mail-summary.ts';
import { MAIL_FILE_NAME, type MailStore, mailKeys } from './inbound-ports.ts';
import { buildObjectKey } from './object-key.ts';
import type { ContractRepository } from './ports.ts';
import type { ContractSummary } from './records.ts';

export interface UnmatchedDeps {
  contracts: Pick<ContractRepository, 'getContract' | 'listContracts'>;
  mail: MailStore;
}

export interface UnmatchedMail {
  messageId: string;
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  date: string | null;
  receivedAt: string | null;
  /**
   * Present when the mail forwards a letter (the fields above are then the original's): who forwarded it and
   * when, and the original's date as an inline forward printed it when that gives no zone (`date` is then null).
   */
  forwarded?: { by: string | null; at: string | null; printedDate?: string };
  candidates: { contractId: string; parties: string[] }[];
}

/** The most messages listed at once, and the most agreements compared with them. */
export const UNMATCHED_LIMIT = 100;
const AGREEMENTS_COMPARED = 1_000;

async function tenantAgreements(deps: UnmatchedDeps, tenantId: string): Promise<ContractSummary[]> {
  const all: ContractSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.contracts.listContracts(tenantId, { limit: 100, cursor });
    all.push(...page.items.filter((c) => c.parties.length > 0));
    cursor = page.cursor;
  } while (cursor && all.length < AGREEMENTS_COMPARED);
  return all;
}

/** The message id of an unmatched key: `tenants/<t>/unmatched/<messageId>/notice.eml`. */
const messageIdOf = (key: string, prefix: string): string => key.slice(prefix.length).split('/')[0] ?? '';

/**
 * @example (await listUnmatchedMail(deps, 'acme'))[0]?.candidates // [{ contractId: 'c-hosting', parties: ['StratoShelf, Inc.', 'Acme LLC'] }]
 */
export async function listUnmatchedMail(deps: UnmatchedDeps, tenantId: string): Promise<UnmatchedMail[]> {
  const prefix = mailKeys.unmatchedPrefix(assertId(tenantId, 'tenantId'));
  const [stored, agreements] = await Promise.all([deps.mail.list(prefix, UNMATCHED_LIMIT), tenantAgreements(deps, tenantId)]);
  const items = await Promise.all(
    stored.map(async ({ key, storedAt }): Promise<UnmatchedMail | null> => {
      const bytes = await deps.mail.get(key);
      if (!bytes) return null;
      const summary = await summariseMail(bytes);
      // The original's parties, and the forwarder's: a forward often comes from the tenant's own staff.
      const forwarder = summary.forwardedBy;
      const addresses = [
        summary.from,
        ...summary.to,
        ...summary.cc,
        forwarder?.from,
        ...(forwarder?.to ?? []),
        ...(forwarder?.cc ?? []),
      ].filter((address): address is string => typeof address === 'string');
      return {
        messageId: messageIdOf(key, prefix),
        from: summary.from,
        to: summary.to,
        cc: summary.cc,
        subject: summary.subject,
        date: summary.date,
        receivedAt: storedAt,
        ...(forwarder
          ? { forwarded: { by: forwarder.from, at: forwarder.date, ...(summary.printedDate ? { printedDate: summary.printedDate } : {}) } }
          : {}),
        candidates: matchingAgreements(agreements, addresses).map((c) => ({
          contractId: c.contractId,
          parties: c.parties.map((p) => p.name),
        })),
      };
    }),
  );
  return items.filter((item) => item !== null);
}

/**
 * Stores an unmatched message as a letter of one of the tenant's contracts (ingest then judges it) and
 * removes it from the unmatched list. NOT_FOUND when the message or the contract is not the tenant's.
 * @example await assignUnmatchedMail(deps, 'acme', 'mail-3f…', 'c-hosting') // { contractId: 'c-hosting', documentId: 'mail-3f…' }
 */
export async function assignUnmatchedMail(
  deps: UnmatchedDeps,
  tenantId: string,
  messageId: string,
  contractId: string,
): Promise<{ contractId: string; documentId: string }> {
  assertId(messageId, 'messageId');
  assertId(contractId, 'contractId');
  const key = mailKeys.unmatched(assertId(tenantId, 'tenantId'), messageId);
  const [bytes, contract] = await Promise.all([deps.mail.get(key), deps.contracts.getContract(tenantId, contractId)]);
  if (!bytes) throw new NoticeCheckError('NOT_FOUND', 'No unmatched message with this id');
  if (!contract) throw new NoticeCheckError('NOT_FOUND', 'Contract not found');
  await deps.mail.put(
    buildObjectKey({ tenantId, contractId, kind: 'letter', documentId: messageId, fileName: MAIL_FILE_NAME }),
    bytes,
    'message/rfc822',
  );
  await deps.mail.delete(key);
  return { contractId, documentId: messageId };
}
