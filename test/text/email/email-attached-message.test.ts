import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCoverNote, MAX_ATTACHED_MESSAGE_DEPTH } from '../../../lib/text/email-attached-message.ts';
import { extractText } from '../../../lib/text/extract-text.ts';
import { buildMsg, type MsgSpec } from '../../fixtures/email/msg-writer.ts';
import { emailFixtureBytes } from './email-fixture-files.ts';

const NOTICE = 'We hereby give notice of termination of the Agreement, effective March 31, 2024.\n\nAcme Corp.';

interface Mail {
  from: string;
  to: string;
  date: string;
  subject: string;
  body: string;
  attached?: string[];
}

/** A name no part of the content uses: a digest of it (so an outer boundary never repeats an inner one). */
const digest = (mail: Mail): string => createHash('sha1').update(JSON.stringify(mail)).digest('hex');

/** A raw email; attached messages go in as message/rfc822 parts, the way Gmail and Thunderbird forward them. */
function eml(mail: Mail): string {
  const head = `From: ${mail.from}\r\nTo: ${mail.to}\r\nDate: ${mail.date}\r\nSubject: ${mail.subject}\r\nMessage-ID: <${digest(mail)}@acme.example>\r\nMIME-Version: 1.0\r\n`;
  const body = mail.body.replace(/\n/g, '\r\n');
  if (!mail.attached?.length) return `${head}Content-Type: text/plain; charset=UTF-8\r\n\r\n${body}\r\n`;
  const boundary = `b${digest(mail)}`;
  const parts = [
    `Content-Type: text/plain; charset=UTF-8\r\n\r\n${body}\r\n`,
    ...mail.attached.map(
      (message, index) =>
        `Content-Type: message/rfc822; name="m${index}.eml"\r\nContent-Disposition: attachment; filename="m${index}.eml"\r\n\r\n${message}`,
    ),
  ];
  return `${head}Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}

const ORIGINAL: Mail = {
  from: 'Ana Ruiz <ana@acme.example>',
  to: 'Legal <legal@globex.example>',
  date: 'Fri, 1 Mar 2024 16:12:09 -0800',
  subject: 'Notice of termination',
  body: `Dear Globex,\n\n${NOTICE}`,
};
const forwardOf = (attached: string[], body: string, subject = 'Notice of termination'): Mail => ({
  from: 'Bo Chen <bo@globex.example>',
  to: 'Counsel <counsel@globex.example>',
  date: 'Mon, 4 Mar 2024 09:00:00 +0100',
  subject,
  body,
  attached,
});

const read = (raw: string | Uint8Array, fileName = 'forward.eml', limits = {}) =>
  extractText(typeof raw === 'string' ? new TextEncoder().encode(raw) : raw, { fileName, limits });

describe('an email forwarded as an attachment is judged by the attached message', () => {
  it('Outlook "Forward as attachment" (.msg): the embedded message gives the sent instant and the parties', async () => {
    const doc = await read(emailFixtureBytes('outlook-forward-as-attachment-suspension.msg'), 'fw.msg');
    expect(doc.format).toBe('msg');
    expect(doc.envelope).toEqual({
      from: 'Stratoshelf Trust & Safety <abuse@stratoshelf.example>',
      to: ['Tomas Lindqvist <tomas@kestrelanalytics.example>'],
      cc: [],
      // The embedded message's own transport Date, not the forward's (Mon, 11 Jan 2021 09:31:40 +0100).
      sentAt: '2021-01-09T18:07:12-08:00',
      subject: 'Notice of Suspension - Account KA-20417',
    });
    expect(doc.text).toMatch(/^From: Stratoshelf Trust & Safety.*\nTo: Tomas Lindqvist.*\nDate: Sat, 9 Jan 2021 18:07:12 -0800\n/);
    expect(doc.text).toContain('your account will be suspended effective Sunday, January 10, 2021');
    expect(doc.text).not.toContain('Can you check whether they were allowed');
  });

  it('Thunderbird "Forward As Attachment" (message/rfc822): its Date header, its parties and its attached PDF letter', async () => {
    const doc = await read(emailFixtureBytes('thunderbird-forward-as-attachment-breach-notice.eml'));
    expect(doc.envelope).toMatchObject({
      from: 'Harbor & Pine Legal <legal@harborpine.example>',
      to: ['Lucia Alvarez <lalvarez@cedarvalleyclinics.example>'],
      sentAt: '2024-03-04T16:20:03-08:00',
    });
    expect(doc.pages).toBe(2);
    const attachmentText = doc.text.slice(doc.pageStarts[1]);
    expect(attachmentText).toContain('Attachment: Notice of Material Breach.pdf');
    expect(attachmentText).toContain('is in material breach');
    expect(doc.text).not.toContain('Do we have');
  });

  it('a cover note without a forward subject ("see attached") still hands over to the attached message', async () => {
    const doc = await read(eml(forwardOf([eml(ORIGINAL)], 'See attached, received Friday.\n\nBo')));
    expect(doc.envelope).toMatchObject({
      from: 'Ana Ruiz <ana@acme.example>',
      sentAt: '2024-03-01T16:12:09-08:00',
      to: ['Legal <legal@globex.example>'],
    });
    expect(doc.text).not.toContain('received Friday');
  });

  it('an email with no body at all, only the attached message, is the attached message', async () => {
    const doc = await read(eml(forwardOf([eml(ORIGINAL)], '')));
    expect(doc.envelope?.from).toBe('Ana Ruiz <ana@acme.example>');
  });

  it('a notice that attaches an earlier message as evidence is judged as itself, as a reply quoting an original is', async () => {
    const notice = forwardOf(
      [eml(ORIGINAL)],
      'Dear Ana,\n\nGlobex hereby terminates the Agreement for cause, effective immediately. See your attached email.\n\nBo',
    );
    const doc = await read(eml(notice));
    expect(doc.envelope).toMatchObject({ from: 'Bo Chen <bo@globex.example>', sentAt: '2024-03-04T09:00:00+01:00' });
    expect(doc.text).toContain('Globex hereby terminates');
  });

  it('under a forward subject the note is dropped whatever it says, as for an inline forward', async () => {
    const note = 'We hereby object to this notice.\n\nBo';
    const attached = await read(eml(forwardOf([eml(ORIGINAL)], note, 'Fwd: Notice of termination')));
    const inline = await read(
      eml({
        ...forwardOf(
          [],
          `${note}\n\n---------- Forwarded message ---------\nFrom: ${ORIGINAL.from}\nDate: ${ORIGINAL.date}\nSubject: ${ORIGINAL.subject}\nTo: ${ORIGINAL.to}\n\n${ORIGINAL.body}`,
        ),
        subject: 'Fwd: Notice of termination',
      }),
    );
    expect(attached.envelope?.from).toBe('Ana Ruiz <ana@acme.example>');
    expect(inline.envelope?.from).toBe(attached.envelope?.from);
    expect(attached.text).not.toContain('We hereby object');
    expect(inline.text).not.toContain('We hereby object');
  });

  it('an inline forward in the body wins over a message attached to it', async () => {
    const other: Mail = { ...ORIGINAL, from: 'Someone Else <else@acme.example>', subject: 'Unrelated' };
    const body = `FYI\n\n---------- Forwarded message ---------\nFrom: ${ORIGINAL.from}\nDate: ${ORIGINAL.date}\nSubject: ${ORIGINAL.subject}\nTo: ${ORIGINAL.to}\n\n${ORIGINAL.body}`;
    const doc = await read(eml(forwardOf([eml(other)], body, 'Fwd: Notice of termination')));
    expect(doc.envelope?.from).toBe('Ana Ruiz <ana@acme.example>');
  });

  it('a message forwarded inside a forwarded message is followed to the innermost original', async () => {
    const middle = eml(forwardOf([eml(ORIGINAL)], 'Forwarding.', 'Fwd: Notice of termination'));
    const doc = await read(eml({ ...forwardOf([middle], 'For the file.'), from: 'Dee <dee@globex.example>' }));
    expect(doc.envelope).toMatchObject({ from: 'Ana Ruiz <ana@acme.example>', sentAt: '2024-03-01T16:12:09-08:00' });
  });

  it('several attached messages with text leave no one letter: the email is judged as itself', async () => {
    const second = eml({ ...ORIGINAL, from: 'Cy <cy@acme.example>', body: 'Please confirm receipt.' });
    const doc = await read(eml(forwardOf([eml(ORIGINAL), second], 'Both attached.')));
    expect(doc.envelope?.from).toBe('Bo Chen <bo@globex.example>');
  });

  it('of several attached messages, an empty one does not count: the one with text is the letter', async () => {
    const empty = eml({ ...ORIGINAL, from: 'Cy <cy@acme.example>', body: '' });
    const doc = await read(eml(forwardOf([empty, eml(ORIGINAL)], 'Attached.')));
    expect(doc.envelope?.from).toBe('Ana Ruiz <ana@acme.example>');
  });

  it('more than ten attached messages are a digest, not a forward: none is opened', async () => {
    const empties = Array.from({ length: 10 }, (_, index) => eml({ ...ORIGINAL, from: `n${index}@acme.example`, body: '' }));
    expect((await read(eml(forwardOf([...empties.slice(1), eml(ORIGINAL)], 'Attached.')))).envelope?.from).toBe(
      'Ana Ruiz <ana@acme.example>',
    );
    expect((await read(eml(forwardOf([...empties, eml(ORIGINAL)], 'Attached.')))).envelope?.from).toBe('Bo Chen <bo@globex.example>');
  });

  it('an Outlook message embedded in an embedded message, with the letter attached as a file inside it, is followed and read', async () => {
    const original: MsgSpec = {
      subject: 'Notice of termination',
      senderName: 'Ana Ruiz',
      senderEmail: 'ana@acme.example',
      recipients: [{ name: 'Legal', email: 'legal@globex.example', type: 'to' }],
      body: 'Dear Globex,\r\n\r\nPlease find our notice attached.',
      submitTime: '2024-03-02T00:12:09Z',
      attachments: [{ fileName: 'notice.txt', mimeType: 'text/plain', data: new TextEncoder().encode(NOTICE) }],
    };
    const forward = (inner: MsgSpec, name: string): MsgSpec => ({
      ...original,
      subject: `FW: ${inner.subject}`,
      senderName: name,
      senderEmail: `${name.toLowerCase()}@globex.example`,
      body: '',
      submitTime: '2024-03-04T08:00:00Z',
      attachments: [],
      attachedMessages: [inner],
    });
    const doc = await read(buildMsg(forward(forward(original, 'Bo'), 'Dee')), 'fw.msg');
    // Saved from the sender's own Sent Items: no transport headers, so the UTC submit time of the original.
    expect(doc.envelope).toMatchObject({ from: 'Ana Ruiz <ana@acme.example>', sentAt: '2024-03-02T00:12:09+00:00' });
    expect(doc.text.slice(doc.pageStarts[1])).toContain('We hereby give notice of termination');
  });
});

describe('a report is no forward', () => {
  it('a bounce (multipart/report) is judged as itself: the message it attaches was not delivered', async () => {
    const boundary = 'report-1';
    const bounce = `From: Mail Delivery Subsystem <mailer-daemon@globex.example>\r\nTo: ana@acme.example\r\nDate: Fri, 1 Mar 2024 16:12:30 -0800\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce-1@globex.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to legal@globex.example.\r\n\r\n--${boundary}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.globex.example\r\n\r\nFinal-Recipient: rfc822; legal@globex.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--${boundary}\r\nContent-Type: message/rfc822\r\n\r\n${eml(ORIGINAL)}\r\n--${boundary}--\r\n`;
    const doc = await read(bounce, 'bounce.eml');
    expect(doc.envelope?.from).toBe('Mail Delivery Subsystem <mailer-daemon@globex.example>');
    expect(doc.text).toContain('could not be delivered');
  });

  it('an Outlook non-delivery report (REPORT.IPM.Note.NDR) is judged as itself', async () => {
    const original: MsgSpec = {
      subject: 'Notice of termination',
      senderName: 'Ana Ruiz',
      senderEmail: 'ana@acme.example',
      recipients: [{ name: 'Legal', email: 'legal@globex.example', type: 'to' }],
      body: NOTICE,
      submitTime: '2024-03-02T00:12:09Z',
    };
    const report: MsgSpec = {
      ...original,
      messageClass: 'REPORT.IPM.Note.NDR',
      subject: 'Undeliverable: Notice of termination',
      senderName: 'Microsoft Outlook',
      senderEmail: 'postmaster@acme.example',
      body: "Your message to legal@globex.example couldn't be delivered.",
      attachedMessages: [original],
    };
    const doc = await read(buildMsg(report), 'ndr.msg');
    expect(doc.envelope?.from).toBe('Microsoft Outlook <postmaster@acme.example>');
  });
});

describe('hostile nesting of attached messages ends with a clear code', () => {
  const nested = (levels: number): string => {
    let message = eml(ORIGINAL);
    for (let level = 0; level < levels; level += 1) message = eml(forwardOf([message], '', 'Fwd: Notice of termination'));
    return message;
  };

  it(`${MAX_ATTACHED_MESSAGE_DEPTH} levels are read`, async () => {
    expect((await read(nested(MAX_ATTACHED_MESSAGE_DEPTH))).envelope?.from).toBe('Ana Ruiz <ana@acme.example>');
  });

  it.each([MAX_ATTACHED_MESSAGE_DEPTH + 1, 200])('%i levels of .eml are TOO_COMPLEX, named in plain words', async (levels) => {
    await expect(read(nested(levels), 'deep.eml')).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: expect.stringMatching(/^deep\.eml forwards messages inside forwarded messages more than 3 levels deep\./),
    });
  });

  it('Outlook messages embedded 40 deep are TOO_COMPLEX', async () => {
    let spec: MsgSpec = {
      subject: 'Notice',
      senderName: 'Ana',
      senderEmail: 'ana@acme.example',
      recipients: [{ name: 'Legal', email: 'legal@globex.example', type: 'to' }],
      body: NOTICE,
      submitTime: '2024-03-02T00:12:09Z',
    };
    for (let level = 0; level < 40; level += 1) spec = { ...spec, subject: `FW: ${spec.subject}`, body: '', attachedMessages: [spec] };
    await expect(read(buildMsg(spec), 'deep.msg')).rejects.toMatchObject({ code: 'TOO_COMPLEX' });
  });

  it('attached messages larger together than the decoded bytes limit are TOO_COMPLEX', async () => {
    await expect(read(nested(2), 'big.eml', { maxDecodedBytes: 1_000 })).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: expect.stringMatching(/^big\.eml carries attached messages/),
    });
  });
});

describe('a cover note', () => {
  it.each([
    ['', true],
    ['FYI', true],
    ['Their notice is attached. Can you check whether they were allowed to do this?\n\nTomas', true],
    [`Forwarding for the file. ${'The team asked for it. '.repeat(20)}`, true],
    [`Some words. ${'The team asked for it. '.repeat(20)}`, false],
    ['We hereby terminate the Agreement effective March 31, 2024. See attached.', false],
    ['This email constitutes formal notice of non-renewal. Our earlier message is attached.', false],
  ])('%j: %s', (body, expected) => {
    expect(isCoverNote(body)).toBe(expected);
  });
});
