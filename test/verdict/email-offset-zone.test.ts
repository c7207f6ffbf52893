/**
 * An email's Date header gives the instant at a bare offset ("+0000"); days are still counted in the
 * agreement's zone. Counted in UTC, a notice sent at 1:30 a.m. Tokyo time would fall on the previous calendar
 * day there, and a short notice could look long enough.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';
import { applyEnvelope } from '../../lib/letter/envelope.ts';
import { noticeTiming } from '../../lib/verdict/notice-timing.ts';

const agreement = analyzeText(
  [
    'HOSTING SERVICES AGREEMENT',
    'This Agreement is between Nimbus Hosting KK ("Provider") and Kite Apps Inc. ("Customer").',
    'All notices are to be given in Japan Standard Time. Notices sent by email are effective when sent.',
    'Either party may terminate this Agreement upon thirty (30) days\u2019 written notice to the other party.',
    'This Agreement is governed by the laws of Japan.',
  ].join('\n\n'),
);

const body =
  'Dear Customer,\n\nProvider terminates the Agreement with effect from the date thirty days after this notice.\n\nNimbus Hosting KK';
const doc = { text: body, pages: 1, pageStarts: [0], format: 'eml' as const };

describe('a bare offset in an email header', () => {
  it('fixes the instant but the days are counted in the agreement\u2019s zone', () => {
    // 2026-03-01 16:30 UTC is 2026-03-02 01:30 in Tokyo.
    const letter = applyEnvelope(analyzeLetter(doc), {
      text: body,
      envelope: { from: 'legal@nimbus.example', to: [], cc: [], sentAt: '2026-03-01T16:30:00+00:00', subject: null },
    });
    const timing = noticeTiming(agreement, letter, 'UTC');
    expect(timing.sentAt?.toUTC().toISO()).toBe('2026-03-01T16:30:00.000Z');
    expect(timing.zone).toBe('Asia/Tokyo');
    expect(timing.sentAt?.toISODate()).toBe('2026-03-02');
  });

  it('keeps the offset when the agreement names no zone at all', () => {
    const bare = analyzeText('Either party may terminate this Agreement upon thirty (30) days\u2019 written notice to the other party.');
    const letter = applyEnvelope(analyzeLetter(doc), {
      text: body,
      envelope: { from: 'legal@nimbus.example', to: [], cc: [], sentAt: '2026-03-01T16:30:00-08:00', subject: null },
    });
    const timing = noticeTiming(bare, letter, 'UTC');
    expect(timing.sentAt?.toUTC().toISO()).toBe('2026-03-02T00:30:00.000Z');
    expect(timing.sentAt?.toISODate()).toBe('2026-03-01');
  });
});
