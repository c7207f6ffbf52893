import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import type { Deadline } from '../../lib/domain/types.ts';
import { fixturePath } from '../text/fixture-files.ts';
import { fakeIo } from './fake-io.ts';

// Through the real modules: "at least sixty (60) days prior to the end of the then-current term" (§2.2).
describe('notice-check deadlines end to end', () => {
  it('gives the term end and a non-renewal notice deadline sixty days before it, in the governing law’s zone', async () => {
    const io = fakeIo();
    expect(await main(['deadlines', '--json', '--now', '2020-06-01', fixturePath('hosting-agreement.pdf')], io)).toBe(0);
    const { deadlines } = JSON.parse(io.out()) as { deadlines: Deadline[] };
    const termEnd = deadlines.find((deadline) => deadline.kind === 'term-end');
    const notice = deadlines.find((deadline) => deadline.kind === 'non-renewal-notice');
    expect(termEnd).toMatchObject({ section: '2.1', zone: 'America/Los_Angeles' });
    expect(notice).toMatchObject({ section: '2.2', zone: 'America/Los_Angeles' });
    expect(DateTime.fromISO(notice!.date).plus({ days: 60 }).toISODate()).toBe(termEnd!.date);
  });
});
