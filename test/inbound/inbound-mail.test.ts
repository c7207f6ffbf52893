import { describe, expect, it } from 'vitest';
import { inboundMessageId, routeInboundMail } from '../../lib/app/inbound-mail.ts';
import { parseObjectKey } from '../../lib/app/object-key.ts';
import { fakeContracts, mail, memoryMailStore } from './fakes.ts';

const DOMAIN = 'inbound.example.com';
const RAW = 'inbound/0000014644fe5ef6-9a483358';

function setup(contracts: Parameters<typeof fakeContracts>[0], defaultTenant?: string) {
  const store = memoryMailStore();
  const deps = {
    config: { inboundEmailDomain: DOMAIN },
    contracts: fakeContracts(contracts),
    mail: store,
    ...(defaultTenant ? { defaultTenant } : {}),
  };
  return { store, deps };
}

describe('routing inbound mail to the contract its address names', () => {
  it('stores mail to notices+<tenant>.<contract>@ as a letter of that contract, under the tenant prefix, and removes the raw copy', async () => {
    const { store, deps } = setup([{ tenantId: 'acme', contractId: 'c-hosting' }]);
    await store.put(RAW, mail({ From: 'Ana <ana@stratoshelf.example>', To: `notices+acme.c-hosting@${DOMAIN}` }), 'message/rfc822');
    const outcome = await routeInboundMail(deps, { key: RAW });
    expect(outcome).toEqual({
      outcome: 'delivered',
      messageId: inboundMessageId(RAW),
      contracts: [{ tenantId: 'acme', contractId: 'c-hosting' }],
    });
    const [key] = [...store.objects.keys()];
    expect(parseObjectKey(key ?? '')).toMatchObject({ tenantId: 'acme', contractId: 'c-hosting', kind: 'letter', fileName: 'notice.eml' });
    expect(store.objects.has(RAW)).toBe(false);
  });

  it('finds a Bcc recipient in the Received line SES adds, and ignores addresses at other domains', async () => {
    const { store, deps } = setup([
      { tenantId: 'acme', contractId: 'c1' },
      { tenantId: 'other', contractId: 'c1' },
    ]);
    await store.put(
      RAW,
      mail({
        Received: `from mx.example by inbound-smtp.us-east-1.amazonaws.com with SMTP id x for notices+acme.c1@${DOMAIN}; Sat, 9 Jan 2021`,
        From: 'a@b.example',
        To: 'notices+other.c1@elsewhere.example',
      }),
      'message/rfc822',
    );
    const outcome = await routeInboundMail(deps, { key: RAW });
    expect(outcome).toMatchObject({ outcome: 'delivered', contracts: [{ tenantId: 'acme', contractId: 'c1' }] });
  });

  it('never delivers on a guess: a tag two tenants could each claim is unmatched', async () => {
    // "a.b.c" is tenant "a" with contract "b.c", or tenant "a.b" with contract "c": both exist.
    const { store, deps } = setup([
      { tenantId: 'a', contractId: 'b.c' },
      { tenantId: 'a.b', contractId: 'c' },
    ]);
    await store.put(RAW, mail({ From: 'x@y.example', To: `notices+a.b.c@${DOMAIN}` }), 'message/rfc822');
    const outcome = await routeInboundMail(deps, { key: RAW });
    expect(outcome.outcome).toBe('unrouted');
    expect([...store.objects.keys()].some((key) => key.startsWith('tenants/'))).toBe(false);
  });

  it('keeps mail to an unknown contract of a known tenant in that tenant’s unmatched list, never creating the contract', async () => {
    const { store, deps } = setup([{ tenantId: 'acme', contractId: 'c1' }]);
    await store.put(RAW, mail({ From: 'x@y.example', To: `notices+acme.c-unknown@${DOMAIN}` }), 'message/rfc822');
    const outcome = await routeInboundMail(deps, { key: RAW });
    expect(outcome).toEqual({ outcome: 'unmatched', messageId: inboundMessageId(RAW), tenantId: 'acme' });
    expect([...store.objects.keys()]).toEqual([`tenants/acme/unmatched/${inboundMessageId(RAW)}/notice.eml`]);
  });

  it('keeps mail to notices+<tenant>@ (no contract named) as unmatched for that tenant', async () => {
    const { store, deps } = setup([{ tenantId: 'acme', contractId: 'c1' }]);
    await store.put(RAW, mail({ From: 'x@y.example', To: `Notices+acme@${DOMAIN.toUpperCase()}` }), 'message/rfc822');
    expect(await routeInboundMail(deps, { key: RAW })).toMatchObject({ outcome: 'unmatched', tenantId: 'acme' });
  });

  it('keeps mail naming no known tenant for the operators, outside every tenant prefix', async () => {
    const { store, deps } = setup([{ tenantId: 'acme', contractId: 'c1' }]);
    await store.put(RAW, mail({ From: 'x@y.example', To: `notices+nobody.c1@${DOMAIN}` }), 'message/rfc822');
    expect(await routeInboundMail(deps, { key: RAW })).toMatchObject({ outcome: 'unrouted' });
    expect([...store.objects.keys()]).toEqual([`inbound-unrouted/${inboundMessageId(RAW)}.eml`]);
  });

  it('the local inbox: a bare contract id is a contract of the one local tenant, and unknown mail is that tenant’s', async () => {
    const { store, deps } = setup([{ tenantId: 'demo', contractId: 'c-hosting' }], 'demo');
    await store.put(RAW, mail({ From: 'x@y.example' }), 'message/rfc822');
    expect(await routeInboundMail(deps, { key: RAW, recipients: [`notices+c-hosting@${DOMAIN}`] })).toMatchObject({
      outcome: 'delivered',
      contracts: [{ tenantId: 'demo', contractId: 'c-hosting' }],
    });
    await store.put('inbound/2', mail({ From: 'x@y.example' }), 'message/rfc822');
    expect(await routeInboundMail(deps, { key: 'inbound/2', recipients: [`notices+nope@${DOMAIN}`] })).toMatchObject({
      outcome: 'unmatched',
      tenantId: 'demo',
    });
  });

  it('a redelivered event whose message was already routed is ignored', async () => {
    const { deps } = setup([]);
    expect(await routeInboundMail(deps, { key: RAW })).toMatchObject({ outcome: 'ignored' });
  });
});
