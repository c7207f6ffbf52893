import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import type { Verdict } from '../../lib/domain/types.ts';
import { emailFixturePath, examplePath } from '../text/email/email-fixture-files.ts';
import { fakeIo } from './fake-io.ts';

const check = async (agreement: string, letter: string): Promise<Verdict> => {
  const io = fakeIo();
  await main(['check', '--json', agreement, letter], io);
  return JSON.parse(io.out()) as Verdict;
};

// Every email style must give the verdict its example letter gives: the envelope only adds evidence.
describe('notice-check check with an email notice', () => {
  it.each([
    ['hosting-suspension', 'gmail-suspension.eml'],
    ['hosting-suspension', 'apple-mail-suspension.eml'],
    ['hosting-suspension', 'html-only-suspension.eml'],
    ['hosting-suspension', 'gmail-forwarded-suspension.eml'],
    ['hosting-suspension', 'outlook-suspension.msg'],
    ['late-non-renewal', 'outlook-non-renewal.eml'],
    ['late-non-renewal', 'outlook-forwarded-non-renewal.eml'],
    ['late-non-renewal', 'outlook-html-non-renewal.msg'],
    ['hosting-suspension', 'outlook-forwarded-suspension.msg'],
    ['breach-notice', 'breach-notice-pdf-attached.eml'],
    ['breach-notice', 'outlook-docx-attached-breach-notice.msg'],
    ['hosting-suspension', 'outlook-forward-as-attachment-suspension.msg'],
    ['breach-notice', 'thunderbird-forward-as-attachment-breach-notice.eml'],
  ])('%s: %s gives the example letter verdict', async (example, email) => {
    const fromEmail = await check(examplePath(`${example}/agreement.txt`), emailFixturePath(email));
    const fromLetter = await check(examplePath(`${example}/agreement.txt`), examplePath(`${example}/letter.txt`));
    expect(fromEmail.status).toBe(fromLetter.status);
    expect(fromEmail.action).toBe(fromLetter.action);
    expect(fromEmail.sender).toBe(fromLetter.sender);
  });

  it('judges by the Date header: the instant sent, in the sender offset, rounded up to the minute', async () => {
    const verdict = await check(examplePath('hosting-suspension/agreement.txt'), emailFixturePath('gmail-suspension.eml'));
    expect(verdict.noticeGivenAt).toBe('2021-01-09T18:08:00-08:00');
    expect(verdict.deliveryMethod).toBe('email');
    expect(verdict.explanation).toContain(
      `The email's Date header, "Sat, 9 Jan 2021 18:07:12 -0800", gives the moment it was sent; the part of a minute counts as the whole minute, so the notice is never taken as sent earlier than it was.`,
    );
  });

  it('a letter read from its own words says nothing of a Date header', async () => {
    const verdict = await check(examplePath('hosting-suspension/agreement.txt'), examplePath('hosting-suspension/letter.txt'));
    expect(verdict.explanation.some((sentence) => sentence.includes('Date header'))).toBe(false);
  });

  it('a forward is judged by the original, whose printed date is no Date header', async () => {
    const verdict = await check(examplePath('hosting-suspension/agreement.txt'), emailFixturePath('gmail-forwarded-suspension.eml'));
    expect(verdict.explanation.some((sentence) => sentence.includes('Date header'))).toBe(false);
  });

  it.each(['breach-notice-pdf-attached.eml', 'outlook-docx-attached-breach-notice.msg'])(
    'an emailed letter is sent by email when the email is sent, whatever the attached letter says (%s)',
    async (email) => {
      const verdict = await check(examplePath('breach-notice/agreement.txt'), emailFixturePath(email));
      expect(verdict.deliveryMethod).toBe('email');
      expect(verdict.noticeGivenAt).toBe('2024-03-04T16:21:00-08:00');
    },
  );

  it.each([
    ['hosting-suspension', 'outlook-forward-as-attachment-suspension.msg', '2021-01-09T18:08:00-08:00', 'Sat, 9 Jan 2021 18:07:12 -0800'],
    ['breach-notice', 'thunderbird-forward-as-attachment-breach-notice.eml', '2024-03-04T16:21:00-08:00', 'Mon, 4 Mar 2024 16:20:03 -0800'],
  ])(
    'a message forwarded as an attachment is judged by its own Date header, not the forward (%s, %s)',
    async (example, email, given, header) => {
      const verdict = await check(examplePath(`${example}/agreement.txt`), emailFixturePath(email));
      expect(verdict.noticeGivenAt).toBe(given);
      expect(verdict.explanation.some((sentence) => sentence.includes(`The email's Date header, "${header}"`))).toBe(true);
    },
  );
});
