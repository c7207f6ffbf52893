import { describe, expect, it } from 'vitest';
import type { EmailEnvelope, ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { applyEnvelope } from '../../lib/letter/envelope.ts';

const EMAIL_TEXT = `From: Ana Ruiz <ana@stratoshelf.example>
To: Tomas Lindqvist <tomas@kestrelanalytics.example>
Date: Sat, 9 Jan 2021 18:07:12 -0800
Subject: Notice of Suspension

Dear Mr. Lindqvist,

Your account will be suspended effective Sunday, January 10, 2021, 11:59 PM PST for violations of the Acceptable Use Policy.

Regards,
Stratoshelf Hosting, Inc.`;

const envelope = (overrides: Partial<EmailEnvelope> = {}): EmailEnvelope => ({
  from: 'Ana Ruiz <ana@stratoshelf.example>',
  to: ['Tomas Lindqvist <tomas@kestrelanalytics.example>'],
  cc: [],
  sentAt: '2021-01-09T18:07:12-08:00',
  subject: 'Notice of Suspension',
  ...overrides,
});

const emailDoc = (text: string, env: EmailEnvelope | undefined): ExtractedText => ({
  text,
  pages: 1,
  pageStarts: [0],
  format: 'eml',
  ...(env ? { envelope: env } : {}),
});

describe('applyEnvelope', () => {
  it('the Date header is the sent moment at the sender offset, quoted from the Date line', () => {
    const doc = emailDoc(EMAIL_TEXT, envelope());
    const letter = applyEnvelope(analyzeLetter(doc), doc);
    expect(letter.sent).toMatchObject({ date: '2021-01-09', time: '18:08', zoneLabel: '-08:00', source: 'email-header' });
    expect(doc.text.slice(letter.sent?.start, letter.sent?.end)).toBe('Sat, 9 Jan 2021 18:07:12 -0800');
  });

  it('seconds round up to the next minute, across midnight too: a notice is never judged earlier than it was sent', () => {
    const doc = emailDoc(EMAIL_TEXT, envelope({ sentAt: '2021-01-09T23:59:30-08:00' }));
    expect(applyEnvelope(analyzeLetter(doc), doc).sent).toMatchObject({ date: '2021-01-10', time: '00:00', zoneLabel: '-08:00' });
  });

  it('the header outranks a different date typed in the body of a dated letter', () => {
    const text = 'Acme Corp\n\nMarch 1, 2024\n\nDear Sir,\n\nWe hereby terminate the Agreement effective immediately.';
    const doc = emailDoc(text, envelope({ sentAt: '2024-03-04T09:15:00+01:00' }));
    expect(analyzeLetter(doc).sent?.date).toBe('2024-03-01');
    expect(applyEnvelope(analyzeLetter(doc), doc).sent).toMatchObject({ date: '2024-03-04', time: '09:15', zoneLabel: '+01:00' });
  });

  it('a missing date problem disappears once the envelope dates the letter', () => {
    const text = 'Dear Sir,\n\nWe hereby terminate the Agreement effective immediately.';
    const doc = emailDoc(text, envelope());
    expect(analyzeLetter(doc).problems).toContain('no date of sending found');
    expect(applyEnvelope(analyzeLetter(doc), doc).problems).not.toContain('no date of sending found');
  });

  it('From and To come first among the candidates; the body names stay as fallbacks', () => {
    const doc = emailDoc(EMAIL_TEXT, envelope({ from: 'Ana Ruiz <ana.ruiz@gmail.example>' }));
    const letter = applyEnvelope(analyzeLetter(doc), doc);
    expect(letter.senderCandidates?.[0]).toBe('Ana Ruiz <ana.ruiz@gmail.example>');
    expect(letter.senderCandidates).toContain('Stratoshelf Hosting, Inc.');
    expect(letter.recipientCandidates?.[0]).toBe('Tomas Lindqvist <tomas@kestrelanalytics.example>');
  });

  it('email is the first delivery method, even when the body mentions a courier copy', () => {
    const text = `${EMAIL_TEXT}\n\nA copy follows by FedEx.`;
    const doc = emailDoc(text, envelope());
    const letter = applyEnvelope(analyzeLetter(doc), doc);
    expect(letter.deliveryMethod).toBe('email');
    expect(letter.deliveryMethods?.[0]).toBe('email');
  });

  it('without a sent instant (a forward printed without a zone) the body reading of the date stays', () => {
    const text = 'From: Ana <ana@x.example>\nSent: Tuesday, November 12, 2024 10:42 AM EST\n\nWe will not renew the Agreement.';
    const doc = emailDoc(text, envelope({ sentAt: null }));
    expect(applyEnvelope(analyzeLetter(doc), doc).sent).toMatchObject({ date: '2024-11-12', time: '10:42', zoneLabel: 'EST' });
  });

  it('a document without an envelope is returned unchanged', () => {
    const doc = emailDoc(EMAIL_TEXT, undefined);
    const letter = analyzeLetter(doc);
    expect(applyEnvelope(letter, doc)).toBe(letter);
  });
});
