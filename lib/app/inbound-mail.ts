/**
 * Routes one inbound message (stored raw by SES's receipt rule, or by the local SMTP inbox) to the contract
 * its address names: copied to that contract's letter key, where the ordinary ingest reads and judges it.
 * The address must name exactly one contract that exists (lib/inbound/address.ts); otherwise the message
 * is kept as unmatched for the tenant the address names, for a person to assign, and a mail that names no
 * tenant at all is kept for the operators only. Routing is idempotent: the document id comes from the raw
 * object's key, so a redelivered event writes the same keys.
 */
import { createHash } from 'node:crypto';
import { type ContractRef, contractCandidates, inboundTag, tenantCandidates } from '../inbound/address.ts';
import { mailRecipients } from '../inbound/mail-summary.ts';
import { MAIL_FILE_NAME, type MailStore, mailKeys } from './inbound-ports.ts';
import { buildObjectKey } from './object-key.ts';
import type { ContractRepository } from './ports.ts';

export interface InboundDeps {
  config: { inboundEmailDomain: string };
  contracts: Pick<ContractRepository, 'getContract' | 'listContracts'>;
  mail: MailStore;
  /** The one tenant of the local stack, for `notices+<contractId>@…`; never set on AWS. */
  defaultTenant?: string;
}

export interface InboundInput {
  /** The raw message's key in the mail store. */
  key: string;
  /** Envelope recipients when the receiver knows them (SMTP's RCPT TO); else read from the headers. */
  recipients?: readonly string[];
}

export type InboundOutcome =
  | { outcome: 'delivered'; messageId: string; contracts: ContractRef[] }
  | { outcome: 'unmatched'; messageId: string; tenantId: string }
  | { outcome: 'unrouted'; messageId: string }
  | { outcome: 'ignored'; reason: string };

/** A stable id for the message, usable as a document id. */
export const inboundMessageId = (key: string): string => `mail-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;

const unique = <T>(items: T[], keyOf: (item: T) => string): T[] => [...new Map(items.map((item) => [keyOf(item), item])).values()];

/** The one contract a tag names, or null when it names none or several (ambiguous: never guessed). */
async function contractOf(deps: InboundDeps, tag: string): Promise<ContractRef | null> {
  const candidates = contractCandidates(tag, deps.defaultTenant);
  const existing = (
    await Promise.all(candidates.map(async (ref) => ((await deps.contracts.getContract(ref.tenantId, ref.contractId)) ? ref : null)))
  ).filter((ref): ref is ContractRef => ref !== null);
  return existing.length === 1 ? (existing[0] ?? null) : null;
}

const hasContracts = async (deps: InboundDeps, tenantId: string): Promise<boolean> =>
  (await deps.contracts.listContracts(tenantId, { limit: 1 })).items.length > 0;

/** The one tenant the tags name (a tenant is known when it has a contract), else the default tenant. */
async function tenantOf(deps: InboundDeps, tags: string[]): Promise<string | null> {
  const named = [...new Set(tags.flatMap((tag) => tenantCandidates(tag)))];
  const known = (await Promise.all(named.map(async (t) => ((await hasContracts(deps, t)) ? t : null)))).filter((t) => t !== null);
  if (known.length === 1) return known[0] ?? null;
  return known.length === 0 ? (deps.defaultTenant ?? null) : null;
}

/**
 * @example await routeInboundMail(deps, { key: 'inbound/0000014644fe5ef6' }) // { outcome: 'delivered', contracts: [{ tenantId: 'acme', contractId: 'c-1' }], … }
 */
export async function routeInboundMail(deps: InboundDeps, input: InboundInput): Promise<InboundOutcome> {
  const bytes = await deps.mail.get(input.key);
  if (!bytes) return { outcome: 'ignored', reason: 'the message is no longer stored (already routed)' };
  const messageId = inboundMessageId(input.key);
  const recipients = input.recipients ?? (await mailRecipients(bytes));
  const tags = [...new Set(recipients.map((r) => inboundTag(r, deps.config.inboundEmailDomain)).filter((t) => t !== null))];

  const contracts = unique(
    (await Promise.all(tags.map((tag) => contractOf(deps, tag)))).filter((ref) => ref !== null),
    (ref) => `${ref.tenantId}/${ref.contractId}`,
  );
  let outcome: InboundOutcome;
  if (contracts.length > 0) {
    for (const ref of contracts) {
      const key = buildObjectKey({ ...ref, kind: 'letter', documentId: messageId, fileName: MAIL_FILE_NAME });
      await deps.mail.put(key, bytes, 'message/rfc822');
    }
    outcome = { outcome: 'delivered', messageId, contracts };
  } else {
    const tenantId = await tenantOf(deps, tags);
    if (tenantId) {
      await deps.mail.put(mailKeys.unmatched(tenantId, messageId), bytes, 'message/rfc822');
      outcome = { outcome: 'unmatched', messageId, tenantId };
    } else {
      await deps.mail.put(`${mailKeys.unroutedPrefix}${messageId}.eml`, bytes, 'message/rfc822');
      outcome = { outcome: 'unrouted', messageId };
    }
  }
  // Deleted last: a failure before this leaves the raw message for the retry, which writes the same keys.
  await deps.mail.delete(input.key);
  return outcome;
}
