import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignUnmatchedMail, listUnmatchedMail } from '../../lib/app/inbound-unmatched.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';
import { summariseMail } from '../../lib/inbound/mail-summary.ts';
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

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/email/${name}`, import.meta.url)));

/** The forwarder's delivery headers, as a receiving server adds them above the forwarded email. */
const delivered = (bytes: Uint8Array): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from('Delivered-To: notices+acme@inbound.example.com\r\n'), Buffer.from(bytes)]));

const FORWARD_CONTRACTS = [
  { tenantId: 'acme', contractId: 'c-hosting', parties: [{ name: 'StratoShelf, Inc.', aliases: [] }] },
  { tenantId: 'acme', contractId: 'c-license', parties: [{ name: 'Harbor & Pine LLP', aliases: [] }] },
  { tenantId: 'acme', contractId: 'c-clinics', parties: [{ name: 'Cedar Valley Clinics', aliases: [] }] },
  { tenantId: 'acme', contractId: 'c-cleaning', parties: [{ name: 'Brightway Cleaning Co.', aliases: ['Brightway'] }] },
];

describe('unmatched mail that forwards a notice', () => {
  it.each([
    [
      'forwarded inline (Gmail)',
      'gmail-forwarded-suspension.eml',
      {
        from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
        to: ['Tomas Lindqvist <tomas@kestrelanalytics.example>'],
        subject: 'Notice of Suspension - Account KA-20417',
        // Gmail prints the original's date without a zone: it is listed as printed, not given an instant.
        date: null,
        forwarded: {
          by: 'Tomas Lindqvist <tomas@kestrelanalytics.example>',
          at: '2021-01-11T09:31:40+01:00',
          printedDate: 'Sat, Jan 9, 2021 at 6:07 PM',
        },
      },
      ['c-hosting'],
    ],
    [
      'forwarded as an attachment (Thunderbird), the forwarder a party too',
      'thunderbird-forward-as-attachment-breach-notice.eml',
      {
        from: 'Harbor & Pine Legal <legal@harborpine.example>',
        to: ['Lucia Alvarez <lalvarez@cedarvalleyclinics.example>'],
        subject: 'Notice of Material Breach - Software License and Support Agreement',
        date: '2024-03-04T16:20:03-08:00',
        forwarded: { by: 'Lucia Alvarez <lalvarez@cedarvalleyclinics.example>', at: '2024-03-06T08:12:55-05:00' },
      },
      ['c-license', 'c-clinics'],
    ],
  ])(
    '%s: listed by the original’s sender and date, offering the agreements its parties match',
    async (_case, file, expected, candidates) => {
      const store = memoryMailStore();
      const deps = { contracts: fakeContracts(FORWARD_CONTRACTS), mail: store };
      await store.put('tenants/acme/unmatched/mail-1/notice.eml', delivered(fixture(file)), 'message/rfc822');
      const [item] = await listUnmatchedMail(deps, 'acme');
      expect(item).toMatchObject(expected);
      expect(item?.candidates.map((c) => c.contractId)).toEqual(candidates);
    },
  );

  it('offers the agreement the forwarder’s own company is party to when the original names no party', async () => {
    const store = memoryMailStore();
    const forward = mail(
      { From: 'Jo <jo@brightway.example>', To: 'notices+acme@inbound.example.com', Subject: 'Fwd: Notice' },
      '---------- Forwarded message ---------\r\nFrom: Someone <someone@gmail.example>\r\nDate: Sat, Jan 9, 2021 at 6:07 PM\r\n\r\nWe terminate.',
    );
    await store.put('tenants/acme/unmatched/mail-1/notice.eml', forward, 'message/rfc822');
    const [item] = await listUnmatchedMail({ contracts: fakeContracts(FORWARD_CONTRACTS), mail: store }, 'acme');
    expect(item).toMatchObject({ from: 'Someone <someone@gmail.example>', forwarded: { by: 'Jo <jo@brightway.example>' } });
    expect(item?.candidates.map((c) => c.contractId)).toEqual(['c-cleaning']);
  });

  it('keeps the forwarding email’s own delivery addresses for routing', async () => {
    const summary = await summariseMail(delivered(fixture('thunderbird-forward-as-attachment-breach-notice.eml')));
    expect(summary.recipients).toEqual(['counsel@cedarvalleyclinics.example', 'notices+acme@inbound.example.com']);
    expect(summary.forwardedBy).toMatchObject({ to: ['Counsel <counsel@cedarvalleyclinics.example>'] });
  });

  it('a forward nested deeper than a letter is read is described by its own headers, not refused', async () => {
    const wrap = (inner: string, level: number): string =>
      [
        `From: Level ${level} <l${level}@brightway.example>`,
        'Date: Sat, 9 Jan 2021 18:07:12 -0800',
        `Subject: Fwd: level ${level}`,
        `Content-Type: multipart/mixed; boundary="b${level}"`,
        '',
        `--b${level}`,
        'Content-Type: text/plain',
        '',
        'FYI',
        `--b${level}`,
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment; filename="fwd.eml"',
        '',
        inner,
        `--b${level}--`,
        '',
      ].join('\r\n');
    let nested = 'From: Origin <o@stratoshelf.example>\r\nDate: Fri, 8 Jan 2021 10:00:00 +0000\r\nSubject: Notice\r\n\r\nWe terminate.\r\n';
    for (let level = 5; level >= 1; level -= 1) nested = wrap(nested, level);
    const summary = await summariseMail(new TextEncoder().encode(nested));
    expect(summary).toMatchObject({ from: 'Level 1 <l1@brightway.example>', forwardedBy: null });
  });

  it('a mail that forwards nothing has no forwarder', async () => {
    const summary = await summariseMail(fixture('gmail-suspension.eml'));
    expect(summary).toMatchObject({ from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>', forwardedBy: null });
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
