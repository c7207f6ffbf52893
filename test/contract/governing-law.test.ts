import { describe, expect, it } from 'vitest';
import { findGoverningLaw } from '../../lib/contract/governing-law.ts';
import { noticeZone } from '../../lib/contract/time-zone.ts';

describe('findGoverningLaw', () => {
  it.each([
    [
      'This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflicts of law principles.',
      'US-NY',
    ],
    ['This Agreement will be governed by the laws of the State of Washington.', 'US-WA'],
    ['This Agreement shall be governed by and construed in accordance with the laws of England and Wales.', 'GB'],
    ['This Agreement shall be governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.', 'CA-ON'],
    ['This JV Agreement is governed by the laws of Italy.', 'IT'],
    ['This Agreement shall be governed by the laws of the Federal Republic of Germany.', 'DE'],
    ['The validity of this Agreement shall be construed in accordance with the laws of the Commonwealth of Massachusetts.', 'US-MA'],
  ])('%s → %s', (text, code) => {
    expect(findGoverningLaw(text)?.jurisdiction).toBe(code);
  });

  it('keeps the clause with no code when the jurisdiction is unknown', () => {
    expect(findGoverningLaw('This Agreement is governed by the laws of Atlantis.')).toMatchObject({ jurisdiction: null, start: 0 });
  });

  it('gives null without a governing-law clause', () => {
    expect(findGoverningLaw('Either party may terminate on thirty (30) days notice.')).toBeNull();
  });
});

describe('noticeZone', () => {
  it('maps "5:00 p.m. Pacific Time" to America/Los_Angeles', () => {
    expect(noticeZone('if sent after 5:00 p.m. Pacific Time, on the next business day')).toBe('America/Los_Angeles');
  });
  it('maps "17:00 (New York City time)" to America/New_York', () => {
    expect(noticeZone('received before 17:00 (New York City time) on a Business Day')).toBe('America/New_York');
  });
  it('gives null when no clock time names a zone', () => {
    expect(noticeZone('Notices are effective on receipt. Pacific Time is mentioned alone.')).toBeNull();
  });
});

describe('choice-of-law wording beyond "governed by"', () => {
  it.each([
    ['This Agreement shall be governed and construed according to the law of Tennessee.', 'US-TN'],
    ['This Agreement shall be interpreted under the laws of the State of Nevada.', 'US-NV'],
    ['(d) This Agreement shall be interpreted in accordance with the laws of the State of Indiana.', 'US-IN'],
    ['THIS AGREEMENT SHALL BE GOVERNED BY, AND CONSTRUED AND INTERPRETED IN ACCORDANCE WITH, THE LAW OF THE STATE OF NEW YORK.', 'US-NY'],
    [
      'This Agreement, and any and all issues arising from it, shall be governed by and construed exclusively in accordance with the laws and decisions of the State of Michigan.',
      'US-MI',
    ],
    [
      'This Agreement shall be construed, and legal relations between the parties hereto shall be determined, in accordance with the laws of the State of Maryland.',
      'US-MD',
    ],
  ])('%s → %s', (clause, code) => {
    expect(findGoverningLaw(`1. Term. One year.\n\n2. Law. ${clause}`)?.jurisdiction).toBe(code);
  });

  it('does not take incorporation or a body of law for the governing law', () => {
    const text =
      'Acme Inc., a corporation organized under the laws of the State of Delaware, and Beta LLC agree. ' +
      '"Invention" means any improvement, whether or not patentable, as determined in accordance with the patent laws of the United States of America.';
    expect(findGoverningLaw(text)?.jurisdiction ?? null).toBeNull();
  });
});
