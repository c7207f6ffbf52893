import { describe, expect, it } from 'vitest';
import { findForwarded } from '../../../lib/text/email-forward.ts';

const NOTICE = 'We hereby give notice of termination of the Agreement, effective March 31, 2024.';

describe('finding the original message of a forwarded email', () => {
  it.each([
    [
      'Outlook, "-----Original Message-----" under a FW: subject',
      'FW: Notice of termination',
      `Please see below.\n\n-----Original Message-----\nFrom: Ana Ruiz <ana@acme.example>\nSent: Friday, March 1, 2024 4:12 PM\nTo: Legal <legal@globex.example>\nCc: Bo Chen <bo@acme.example>\nSubject: Notice of termination\n\n${NOTICE}`,
      { from: 'Ana Ruiz <ana@acme.example>', date: 'Friday, March 1, 2024 4:12 PM', cc: ['Bo Chen <bo@acme.example>'] },
    ],
    [
      'Apple Mail, "Begin forwarded message:"',
      'Fwd: Notice of termination',
      `Begin forwarded message:\n\nFrom: Ana Ruiz <ana@acme.example>\nSubject: Notice of termination\nDate: March 1, 2024 at 4:12:09 PM PST\nTo: Legal <legal@globex.example>\n\n${NOTICE}`,
      { from: 'Ana Ruiz <ana@acme.example>', date: 'March 1, 2024 at 4:12:09 PM PST', cc: [] },
    ],
    [
      'Thunderbird, "-------- Forwarded Message --------"',
      'Fwd: Notice of termination',
      `For the file.\n\n-------- Forwarded Message --------\nSubject: \tNotice of termination\nDate: \tFri, 1 Mar 2024 16:12:09 -0800\nFrom: \tAna Ruiz <ana@acme.example>\nTo: \tLegal <legal@globex.example>, Bo Chen <bo@acme.example>\n\n${NOTICE}`,
      { from: 'Ana Ruiz <ana@acme.example>', date: 'Fri, 1 Mar 2024 16:12:09 -0800', cc: [] },
    ],
  ])('%s: the original From and date are the envelope', (_client, subject, body, expected) => {
    const forwarded = findForwarded(body, subject);
    expect(forwarded?.headers).toMatchObject({ ...expected, subject: 'Notice of termination' });
    expect(body.slice(forwarded?.start)).toMatch(/^(?:From|Subject): /);
  });

  it('a reply quoting "-----Original Message-----" is no forward: the reply is judged as itself', () => {
    const body = `We confirm receipt.\n\n-----Original Message-----\nFrom: Ana Ruiz <ana@acme.example>\nSent: Friday, March 1, 2024 4:12 PM\nSubject: Notice of termination\n\n${NOTICE}`;
    expect(findForwarded(body, 'RE: Notice of termination')).toBeNull();
  });

  it('a chain forwarded twice is followed to the innermost original', () => {
    const body = [
      'Forwarding again.',
      '',
      '---------- Forwarded message ---------',
      'From: Bo Chen <bo@acme.example>',
      'Date: Mon, Mar 4, 2024 at 9:00 AM',
      'Subject: Fwd: Notice of termination',
      'To: Dee <dee@acme.example>',
      '',
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Ana Ruiz <ana@acme.example>',
      'Date: Fri, Mar 1, 2024 at 4:12 PM',
      'Subject: Notice of termination',
      'To: Legal <legal@globex.example>',
      '',
      NOTICE,
    ].join('\n');
    expect(findForwarded(body, 'Fwd: Fwd: Notice of termination')?.headers).toMatchObject({
      from: 'Ana Ruiz <ana@acme.example>',
      date: 'Fri, Mar 1, 2024 at 4:12 PM',
    });
  });

  it('a reply quoted inside the forwarded original is not followed: the original is the message forwarded', () => {
    const body = `FYI\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@acme.example>\nDate: Fri, Mar 1, 2024 at 4:12 PM\nSubject: RE: Renewal\nTo: Legal <legal@globex.example>\n\n${NOTICE}\n\n-----Original Message-----\nFrom: Legal <legal@globex.example>\nSent: Thursday, February 29, 2024 9:00 AM\nSubject: Renewal\n\nShall we renew?`;
    expect(findForwarded(body, 'Fwd: RE: Renewal')?.headers.from).toBe('Ana Ruiz <ana@acme.example>');
  });

  it('a mail that forwards nothing has no original', () => {
    expect(findForwarded(`Dear Sir,\n\n${NOTICE}`, 'Notice of termination')).toBeNull();
  });
});
