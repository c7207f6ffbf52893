import type { MailStore } from '../../lib/app/inbound-ports.ts';
import type { ContractRepository } from '../../lib/app/ports.ts';
import type { ContractSummary } from '../../lib/app/records.ts';
import type { Party } from '../../lib/domain/types.ts';

/** An in-memory mail store; `storedAt` counts up so listing order is the order of puts. */
export function memoryMailStore(): MailStore & { objects: Map<string, Uint8Array> } {
  const objects = new Map<string, Uint8Array>();
  const stored = new Map<string, string>();
  let tick = 0;
  return {
    objects,
    get: async (key) => objects.get(key) ?? null,
    put: async (key, bytes) => {
      objects.set(key, bytes);
      stored.set(key, new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString());
    },
    list: async (prefix, limit) =>
      [...objects.keys()]
        .filter((key) => key.startsWith(prefix))
        .map((key) => ({ key, storedAt: stored.get(key) ?? null }))
        .slice(0, limit),
    delete: async (key) => {
      objects.delete(key);
    },
  };
}

const summary = (tenantId: string, contractId: string, parties: Party[]): ContractSummary =>
  ({ tenantId, contractId, parties, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }) as ContractSummary;

/** Contracts by tenant, as the repository's getContract and listContracts see them. */
export function fakeContracts(
  contracts: { tenantId: string; contractId: string; parties?: Party[] }[],
): Pick<ContractRepository, 'getContract' | 'listContracts'> {
  const all = contracts.map((c) => summary(c.tenantId, c.contractId, c.parties ?? []));
  return {
    getContract: async (tenantId, contractId) => all.find((c) => c.tenantId === tenantId && c.contractId === contractId) ?? null,
    listContracts: async (tenantId, { limit }) => ({ items: all.filter((c) => c.tenantId === tenantId).slice(0, limit), cursor: null }),
  };
}

export const mail = (headers: Record<string, string>, body = 'We give notice of termination.'): Uint8Array =>
  new TextEncoder().encode(
    `${Object.entries({ Date: 'Sat, 9 Jan 2021 18:07:12 -0800', Subject: 'Notice', ...headers })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n')}\r\n\r\n${body}\r\n`,
  );
