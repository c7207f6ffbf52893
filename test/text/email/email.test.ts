import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectType } from '../../../lib/text/detect-type.ts';
import { extractText } from '../../../lib/text/extract-text.ts';
import { EMAIL_FIXTURES } from '../../fixtures/email/email-fixtures.ts';
import { emailFixtureBytes, emailFixturePath } from './email-fixture-files.ts';

const read = (name: string) => extractText(emailFixtureBytes(name), { fileName: name });

describe('email fixtures', () => {
  it.each(Object.keys(EMAIL_FIXTURES))('%s is what the fixture script writes', (name) => {
    const built = EMAIL_FIXTURES[name]?.();
    expect(Buffer.from(readFileSync(emailFixturePath(name))).equals(Buffer.from(built ?? ''))).toBe(true);
  });
});

describe('reading emails', () => {
  it.each([
    ['gmail-suspension.eml', 'eml', '2021-01-09T18:07:12-08:00'],
    ['apple-mail-suspension.eml', 'eml', '2021-01-09T18:07:12-08:00'],
    ['html-only-suspension.eml', 'eml', '2021-01-09T18:07:12-08:00'],
    ['outlook-suspension.msg', 'msg', '2021-01-09T18:07:12-08:00'],
    ['outlook-non-renewal.eml', 'eml', '2024-11-12T15:42:05+00:00'],
  ] as const)('%s: the Date header gives the sent instant in the sender offset', async (name, format, sentAt) => {
    const doc = await read(name);
    expect(doc.format).toBe(format);
    expect(doc.envelope?.sentAt).toBe(sentAt);
  });

  it('the envelope carries From, To, Cc and a decoded Subject (Outlook, ISO-8859-1 quoted-printable)', async () => {
    const doc = await read('outlook-non-renewal.eml');
    expect(doc.envelope).toMatchObject({
      from: 'Ana Beltrán <ana.beltran@marisolfoods.example>',
      to: ['Lumenfold Legal <legal@lumenfold.example>'],
      cc: ['Procurement <procurement@marisolfoods.example>'],
      subject: 'Notice of non-renewal - Software Subscription Agreement',
    });
    expect(doc.text).toContain('Marisol Foods, Inc. hereby gives notice under Section 2.2');
  });

  it('an HTML-only body becomes text with its paragraphs and without the converter line wrapping', async () => {
    const doc = await read('html-only-suspension.eml');
    expect(doc.text).toMatch(/Dear Mr\. Lindqvist,\n\nOver the past week/);
    expect(doc.text).toContain('your account will be suspended effective Sunday, January 10, 2021, 11:59 PM PST.');
    expect(doc.text).not.toMatch(/<p>|logo\.png/);
  });

  it('a .msg without transport headers falls back to the UTC submit time; an HTML body is read', async () => {
    const doc = await read('outlook-html-non-renewal.msg');
    expect(doc.envelope?.sentAt).toBe('2024-11-12T15:42:05+00:00');
    expect(doc.envelope?.cc).toEqual(['Procurement <procurement@marisolfoods.example>']);
    expect(doc.text).toContain('that it will not renew the Agreement. The Agreement will accordingly expire');
  });

  it('a Gmail forward is judged by the original message, not the forwarder', async () => {
    const doc = await read('gmail-forwarded-suspension.eml');
    expect(doc.envelope).toMatchObject({
      from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
      to: ['Tomas Lindqvist <tomas@kestrelanalytics.example>'],
      subject: 'Notice of Suspension - Account KA-20417',
      // Gmail prints the original date without a zone: no instant is invented.
      sentAt: null,
    });
    expect(doc.text).toMatch(/^From: Stratoshelf Trust & Safety/);
    expect(doc.text).not.toContain('Can you check whether they were allowed');
  });

  it('an Outlook forward (FW: and a line of underscores) is judged by the original From and Sent lines', async () => {
    const doc = await read('outlook-forwarded-non-renewal.eml');
    expect(doc.envelope?.from).toBe('Ana Beltrán <ana.beltran@marisolfoods.example>');
    expect(doc.text).toMatch(/^From: Ana Beltrán.*\nSent: Tuesday, November 12, 2024 10:42 AM/);
  });

  it('an Outlook forward saved as .msg is judged by the original message, not the forwarder', async () => {
    const doc = await read('outlook-forwarded-suspension.msg');
    expect(doc.format).toBe('msg');
    expect(doc.envelope).toMatchObject({
      from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
      to: ['Tomas Lindqvist <tomas@kestrelanalytics.example>'],
      subject: 'Notice of Suspension - Account KA-20417',
      // Outlook prints the original's Sent line without a zone; the forwarder's Date header is not the original's.
      sentAt: null,
    });
    expect(doc.text).toMatch(/^From: Stratoshelf Trust & Safety.*\nSent: Saturday, January 9, 2021 6:07 PM/);
    expect(doc.text).not.toContain('Can you check whether they were allowed');
  });

  it('a Word letter attached to an Outlook .msg is read as a further page, sent when the message was', async () => {
    const doc = await read('outlook-docx-attached-breach-notice.msg');
    expect(doc.pages).toBe(2);
    const attachmentText = doc.text.slice(doc.pageStarts[1]);
    expect(attachmentText).toContain('Attachment: Notice of Material Breach.docx');
    expect(attachmentText).toContain('is in material breach');
    expect(doc.envelope?.sentAt).toBe('2024-03-04T16:20:03-08:00');
  });

  it('an attached PDF letter is read as a further page after the cover email', async () => {
    const doc = await read('breach-notice-pdf-attached.eml');
    expect(doc.pages).toBe(2);
    const attachmentText = doc.text.slice(doc.pageStarts[1]);
    expect(attachmentText).toContain('Attachment: Notice of Material Breach.pdf');
    expect(attachmentText).toContain('is in material breach');
    expect(doc.envelope?.sentAt).toBe('2024-03-04T16:20:03-08:00');
  });

  it('an email with no body and no readable attachment is NO_TEXT', async () => {
    const raw =
      'From: a@x.example\r\nTo: b@y.example\r\nDate: Sat, 9 Jan 2021 18:07:12 -0800\r\nMessage-ID: <1@x.example>\r\nMIME-Version: 1.0\r\n\r\n';
    await expect(extractText(new TextEncoder().encode(raw), { fileName: 'empty.eml' })).rejects.toMatchObject({ code: 'NO_TEXT' });
  });

  it('a compound file named .msg that is not a message is refused with a clear code', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    await expect(extractText(bytes, { fileName: 'broken.msg' })).rejects.toMatchObject({ code: 'UNSUPPORTED_TYPE' });
  });
});

describe('detecting emails', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    [
      'a raw message with transport headers, whatever its name',
      'From: a@x.example\nMIME-Version: 1.0\nSubject: x\n\nbody',
      'upload.bin',
      undefined,
      'eml',
    ],
    ['the .eml extension', 'From: a@x.example\nSubject: x\n\nbody', 'notice.eml', undefined, 'eml'],
    ['message/rfc822', 'From: a@x.example\n\nbody', 'upload', 'message/rfc822', 'eml'],
    [
      'a printed email pasted into a .txt stays text',
      'From: Ana\nSent: Saturday, January 9, 2021\nTo: Tomas\n\nDear',
      'letter.txt',
      undefined,
      'txt',
    ],
  ] as const)('%s', (_case, text, fileName, contentType, expected) => {
    expect(detectType(bytes(text), { fileName, ...(contentType ? { contentType } : {}) })).toBe(expected);
  });

  it('an Outlook message is recognised by its property streams, even without the .msg name', () => {
    expect(detectType(emailFixtureBytes('outlook-suspension.msg'), { fileName: 'attachment.bin' })).toBe('msg');
  });
});
