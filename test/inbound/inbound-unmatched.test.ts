import { describe, expect, it } from 'vitest';
import { assignUnmatchedMail, listUnmatchedMail } from '../../lib/app/inbound-unmatched.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';
import { partyNamedIn } from '../../lib/inbound/party-match.ts';
import { fakeContracts, mail, memoryMailStore } from './fakes.ts';

const CONTRACTS = [
  {
    tenantId: 'acme',
    contractId: 'c-hosting',
    parties: [
      { name: 'StratoShelf, Inc.', aliases: [] },
      { name: 'Acme LLC', aliases: [] },
    ],
  },
  { tenantId: 'acme', contractId: 'c-cleaning', parties: [{ name: 'Brightway Cleaning Co.', aliases: ['Brightway'] }] },
  { tenantId: 'other', contractId: 'c-other', parties: [{ name: 'StratoShelf, Inc.', aliases: [] }] },
];

function setup() {
  const store = memoryMailStore();
  return { store, deps: { contracts: fakeContracts(CONTRACTS), mail: store } };
}

describe('unmatched inbound mail', () => {
  it('lists the tenant’s unmatched mail with parties, subject and sent date, and the agreements whose parties the email names', async () => {
    const { store, deps } = setup();
    await store.put(
      'tenants/acme/unmatched/mail-1/notice.eml',
      mail({ From: 'Ana Ruiz <ana@stratoshelf.example>', To: 'notices+acme@inbound.example.com', Subject: 'Notice of Suspension' }),
      'message/rfc822',
    );
    await store.put('tenants/other/unmatched/mail-2/notice.eml', mail({ From: 'x@stratoshelf.example' }), 'message/rfc822');
    const items = await listUnmatchedMail(deps, 'acme');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      messageId: 'mail-1',
      from: 'Ana Ruiz <ana@stratoshelf.example>',
      subject: 'Notice of Suspension',
      date: '2021-01-09T18:07:12-08:00',
      candidates: [{ contractId: 'c-hosting', parties: ['StratoShelf, Inc.', 'Acme LLC'] }],
    });
  });

  it('assigning stores the message as a letter of the tenant’s contract and takes it off the list', async () => {
    const { store, deps } = setup();
    await store.put('tenants/acme/unmatched/mail-1/notice.eml', mail({ From: 'a@b.example' }), 'message/rfc822');
    expect(await assignUnmatchedMail(deps, 'acme', 'mail-1', 'c-hosting')).toEqual({ contractId: 'c-hosting', documentId: 'mail-1' });
    expect([...store.objects.keys()]).toEqual(['tenants/acme/contracts/c-hosting/letter/mail-1/notice.eml']);
    expect(await listUnmatchedMail(deps, 'acme')).toEqual([]);
  });

  it('refuses to assign to another tenant’s contract, or a message that is not the tenant’s', async () => {
    const { store, deps } = setup();
    await store.put('tenants/acme/unmatched/mail-1/notice.eml', mail({ From: 'a@b.example' }), 'message/rfc822');
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (e: unknown) => (isNoticeCheckError(e) ? e.code : 'other'),
      );
    expect(await codeOf(assignUnmatchedMail(deps, 'acme', 'mail-1', 'c-other'))).toBe('NOT_FOUND');
    expect(await codeOf(assignUnmatchedMail(deps, 'other', 'mail-1', 'c-other'))).toBe('NOT_FOUND');
    expect(await codeOf(assignUnmatchedMail(deps, 'acme', '../x', 'c-hosting'))).toBe('INVALID_INPUT');
    expect(store.objects.size).toBe(1);
  });
});

describe('a party named in an email address', () => {
  it.each([
    ['the display name, legal form aside', { name: 'Acme Widgets, Inc.', aliases: [] }, 'Jo Smith, Acme Widgets <jo@mail.example>', true],
    ['the domain written as one word', { name: 'Acme Widgets, Inc.', aliases: [] }, 'legal@acmewidgets.example', true],
    ['an alias', { name: 'Brightway Cleaning Co.', aliases: ['Brightway'] }, 'ops@brightway.example', true],
    ['only a shared generic word', { name: 'Acme Widgets, Inc.', aliases: [] }, 'Widgets Direct <sales@widgetsdirect.example>', false],
    ['a free-mail domain', { name: 'Acme Widgets, Inc.', aliases: [] }, 'someone@gmail.example', false],
  ])('%s', (_case, party, address, expected) => {
    expect(partyNamedIn(party, [address])).toBe(expected);
  });
});
