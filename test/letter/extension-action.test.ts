import { describe, expect, it } from 'vitest';
import { readAction } from '../../lib/letter/action.ts';
import { splitSentences } from '../../lib/letter/sentences.ts';

describe('readAction: a letter exercising an option to renew or extend', () => {
  it.each([
    ['We hereby exercise our option to renew the Lease for the first Renewal Term.', null],
    ['Tenant elects to extend the term of the Agreement pursuant to Section 3.2.', null],
    ['This letter constitutes notice of renewal under Section 2.2.', null],
    ['Licensee hereby exercises its right to extend the Term for one additional year.', null],
    ['Please treat this letter as notice of the exercise of our renewal option.', null],
    ["Please accept this letter as Lessee's notice of its election to extend the Agreement under Section 1.2.", null],
    ['This is our notice of intention to renew the Lease for the second Renewal Term.', null],
    ['We write in connection with the Agreement.', 'Notice of Extension'],
  ])('"%s" exercises the option', (body, subject) => {
    expect(readAction(subject, splitSentences(body))).toBe('extension');
  });

  it.each([
    ['We do not intend to exercise our option to renew the Agreement.', null],
    ['Customer elects not to extend the Agreement beyond the Initial Term.', 'non-renewal'],
    ['If you wish, you may elect to extend the term by written notice.', null],
    ['This is notice of the exercise of our right to terminate the Agreement, effective March 31, 2026.', 'termination'],
    ['This letter is our notice of non-renewal.', 'non-renewal'],
    ['We have decided not to continue with the platform after December 31, 2024. Please consider this our formal notice.', 'non-renewal'],
    ['Please do not continue to invoice us at the old address.', null],
    ['Your account will be deactivated and the Agreement terminated effective March 1, 2025.', 'termination'],
    ['We regret to inform you that we will be ending our relationship with Vantor effective April 30, 2024.', 'termination'],
    ['At the end of the term, please return all equipment.', null],
    ['Marisol Foods will not be renewing the Software Subscription Agreement, which will expire on December 31, 2024.', 'non-renewal'],
    ['Please note that Marisol Foods does not intend to extend the Agreement beyond its current term.', 'non-renewal'],
    ['This email is to inform you that we are opting out of the automatic renewal of our subscription.', 'non-renewal'],
    ['Marisol Foods will let the Agreement lapse at the end of the current term.', 'non-renewal'],
    ['We will not extend the deadline for payment of the March invoice.', null],
    ['We are writing to give notice that we wish to discontinue the Services as of April 30, 2024.', 'termination'],
    ['Please treat this letter as notice that Pell & Tran is withdrawing from the Agreement effective April 30, 2024.', 'termination'],
    [
      'You have failed to meet the uptime commitment for three consecutive months. We demand that you correct this failure within thirty (30) days, failing which we will terminate the Agreement.',
      'breach-notice',
    ],
  ])('"%s" does not', (body, expected) => {
    expect(readAction(null, splitSentences(body))).toBe(expected);
  });
});
