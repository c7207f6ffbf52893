import { describe, expect, it } from 'vitest';
import { buildObjectKey, parseObjectKey } from '../../lib/app/object-key.ts';

describe('object keys', () => {
  it('round-trip tenant, contract, kind, document and file name', () => {
    const parts = {
      tenantId: 'acme',
      contractId: 'hosting-2020',
      kind: 'letter' as const,
      documentId: 'd-1',
      fileName: 'Suspension notice.pdf',
    };
    expect(parseObjectKey(buildObjectKey(parts))).toEqual(parts);
  });

  it.each([
    ['another prefix', 'uploads/acme/contracts/c/letter/d/f.pdf'],
    ['an unknown kind', 'tenants/acme/contracts/c/invoice/d/f.pdf'],
    ['a nested path', 'tenants/acme/contracts/c/letter/d/sub/f.pdf'],
    ['a tenant with a key separator', 'tenants/acme#CONTRACT#x/contracts/c/letter/d/f.pdf'],
  ])('refuse %s', (_case, key) => {
    expect(parseObjectKey(key)).toBeNull();
  });

  it('refuse to build a key from a file name with a slash', () => {
    expect(() => buildObjectKey({ tenantId: 'a', contractId: 'c', kind: 'agreement', documentId: 'd', fileName: '../x' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
