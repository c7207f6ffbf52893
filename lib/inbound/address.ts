/**
 * Which contract an inbound address names. Contract ids are unique only within a tenant (the table keys
 * them under `TENANT#<tenantId>`), so a bare contract id may name contracts of several tenants: the
 * address carries the tenant too, `notices+<tenantId>.<contractId>@<domain>`. Ids may themselves contain
 * dots, so every split of the tag is a candidate; the mail is delivered only when exactly one of them is a
 * contract that exists, and is otherwise unmatched — a guess never writes into another tenant's contract.
 */
import { isValidId } from '../adapters/keys.ts';

export interface ContractRef {
  tenantId: string;
  contractId: string;
}

/** The mailbox inbound notices are sent to; the tag after "+" names the contract. */
export const INBOUND_MAILBOX = 'notices';

/**
 * The tag of an address at the inbound domain (`notices+<tag>@<domain>`, case-insensitive mailbox and
 * domain); null for any other address. An empty `domain` accepts every domain (the local inbox).
 * @example inboundTag('Notices+acme.c-1@Inbound.Example.com', 'inbound.example.com') // 'acme.c-1'
 * @example inboundTag('notices@inbound.example.com', 'inbound.example.com') // ''
 * @example inboundTag('billing+acme@inbound.example.com', 'inbound.example.com') // null
 */
export function inboundTag(address: string, domain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const local = address.slice(0, at);
  const host = address.slice(at + 1).toLowerCase();
  if (domain !== '' && host !== domain.toLowerCase()) return null;
  const plus = local.indexOf('+');
  const mailbox = (plus < 0 ? local : local.slice(0, plus)).toLowerCase();
  if (mailbox !== INBOUND_MAILBOX) return null;
  return plus < 0 ? '' : local.slice(plus + 1);
}

/**
 * Every (tenant, contract) a tag could mean: each split at a dot, plus the bare tag as a contract of
 * `defaultTenant` when there is one (the local stack has a single tenant).
 * @example contractCandidates('acme.c.1') // [{ tenantId: 'acme', contractId: 'c.1' }, { tenantId: 'acme.c', contractId: '1' }]
 * @example contractCandidates('c-1', 'demo') // [{ tenantId: 'demo', contractId: 'c-1' }]
 */
export function contractCandidates(tag: string, defaultTenant?: string): ContractRef[] {
  const candidates: ContractRef[] = [];
  if (defaultTenant && isValidId(tag)) candidates.push({ tenantId: defaultTenant, contractId: tag });
  for (let dot = tag.indexOf('.'); dot >= 0; dot = tag.indexOf('.', dot + 1)) {
    const tenantId = tag.slice(0, dot);
    const contractId = tag.slice(dot + 1);
    if (isValidId(tenantId) && isValidId(contractId)) candidates.push({ tenantId, contractId });
  }
  return candidates;
}

/**
 * Tenants a tag could name for unmatched mail: the whole tag (`notices+<tenantId>@…`), and the tenant part
 * of each split.
 * @example tenantCandidates('acme.unknown') // ['acme.unknown', 'acme']
 */
export function tenantCandidates(tag: string): string[] {
  const tenants = new Set<string>();
  if (isValidId(tag)) tenants.add(tag);
  for (const { tenantId } of contractCandidates(tag)) tenants.add(tenantId);
  return [...tenants];
}
