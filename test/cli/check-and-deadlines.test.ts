import { describe, expect, it, vi, beforeEach } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import type { Deadline, Verdict } from '../../lib/domain/types.ts';
import { fixturePath } from '../text/fixture-files.ts';
import { fakeIo } from './fake-io.ts';

// The verdict rules are tested where they live; here the judge and deadline finder are stand-ins so the
// tests pin down what the CLI does with their results (printing, exit codes, the zone and clock it passes).
const judged = vi.hoisted(() => ({ verdict: null as unknown, calls: [] as unknown[], deadlineCalls: [] as unknown[] }));
vi.mock('../../lib/verdict/judge.ts', () => ({
  judgeLetter: (...args: unknown[]) => {
    judged.calls.push(args);
    return judged.verdict;
  },
}));
vi.mock('../../lib/verdict/agreement-deadlines.ts', () => ({
  agreementDeadlines: (...args: unknown[]) => {
    judged.deadlineCalls.push(args);
    const deadline: Deadline = {
      kind: 'non-renewal-notice',
      date: '2025-01-01',
      at: null,
      zone: 'America/Los_Angeles',
      section: '2.2',
      text: 'unless either party gives the other written notice of non-renewal at least sixty (60) days prior',
    };
    return [deadline];
  },
}));

const verdict = (overrides: Partial<Verdict> = {}): Verdict => ({
  status: 'CONDITIONAL',
  action: 'suspension',
  sender: 'Brightwave Hosting LLC',
  recipient: 'Juniper Analytics, Inc.',
  deliveryMethod: 'email',
  noticeGivenAt: '2021-01-09T18:07:00.000-08:00',
  noticeReceivedAt: '2021-01-09T18:07:00.000-08:00',
  effectiveAt: '2021-01-10T23:59:00.000-08:00',
  earliestCompliantAt: null,
  earliestCompliantDate: null,
  shortfall: null,
  provisions: [
    {
      section: '4.1',
      type: 'suspension',
      party: 'Brightwave Hosting LLC',
      notice: null,
      cure: null,
      applies: true,
      satisfied: true,
      condition: 'a security risk or a breach of the Acceptable Use Policy existed',
      earliestEffectiveAt: '2021-01-09T18:07:00.000-08:00',
      earliestEffectiveDate: '2021-01-09',
      text: 'Provider may suspend the Services immediately upon notice to Customer if ...',
      start: 1,
      end: 2,
      page: 1,
    },
  ],
  deadlines: [],
  rules: ['email notice effective when sent (§9.1)'],
  explanation: ['Section 4.1 lets Provider suspend "immediately upon notice" if ...'],
  zone: 'America/Los_Angeles',
  ...overrides,
});

const agreement = fixturePath('hosting-agreement.txt');
const letter = fixturePath('suspension-letter.txt');

beforeEach(() => {
  judged.calls.length = 0;
  judged.deadlineCalls.length = 0;
});

describe('notice-check check', () => {
  it.each([
    ['COMPLIANT', 0],
    ['NON_COMPLIANT', 3],
    ['CONDITIONAL', 4],
    ['NEEDS_REVIEW', 5],
  ] as const)('--json prints the verdict object; %s exits %i', async (status, exitCode) => {
    judged.verdict = verdict({ status });
    const io = fakeIo();
    expect(await main(['check', '--json', agreement, letter], io)).toBe(exitCode);
    expect(JSON.parse(io.out())).toEqual(verdict({ status }));
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it('passes the analysed agreement and letter, and --zone as the default zone', async () => {
    judged.verdict = verdict();
    await main(['check', '--zone', 'America/Chicago', agreement, letter], fakeIo());
    const [agreementAnalysis, letterAnalysis, options] = judged.calls[0] as [{ governingLaw: string }, { action: string }, unknown];
    expect(agreementAnalysis.governingLaw).toBe('US-WA');
    expect(letterAnalysis.action).toBe('suspension');
    expect(options).toEqual({ defaultZone: 'America/Chicago' });
  });

  it('uses DEFAULT_ZONE from the environment when --zone is absent, else UTC', async () => {
    judged.verdict = verdict();
    await main(['check', agreement, letter], fakeIo({ env: { DEFAULT_ZONE: 'Europe/Berlin' } }));
    await main(['check', agreement, letter], fakeIo());
    expect(judged.calls.map((call) => (call as unknown[])[2])).toEqual([{ defaultZone: 'Europe/Berlin' }, { defaultZone: 'UTC' }]);
  });

  it('the readable report puts the status first, then the facts, provisions with quotes, rules and explanation', async () => {
    judged.verdict = verdict({ shortfall: { amount: 29, unit: 'day' } });
    const io = fakeIo();
    await main(['check', agreement, letter], io);
    const report = io.out();
    expect(report.split('\n')[0]).toBe('CONDITIONAL — compliant only if the stated ground exists');
    expect(report).toMatch(/^Sender: +Brightwave Hosting LLC$/m);
    expect(report).toMatch(/^Shortfall: +29 days$/m);
    expect(report).toMatch(/§4\.1, p\.1 suspension/);
    // Long lines are wrapped at 80 columns, so quotes are compared with their line breaks folded.
    const folded = report.replace(/\s*\n\s*/g, ' ');
    expect(folded).toContain('“Provider may suspend the Services immediately upon notice to Customer if ...”');
    expect(folded).toContain('condition: a security risk or a breach of the Acceptable Use Policy existed');
    expect(report.indexOf('Rules applied')).toBeLessThan(report.indexOf('Explanation'));
    for (const line of report.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('a letter that cannot be read fails with its code and exit 1', async () => {
    const io = fakeIo();
    expect(await main(['check', agreement, fixturePath('scanned.pdf')], io)).toBe(1);
    expect(io.err()).toMatch(/^notice-check: NO_TEXT: .*OCR/);
    expect(judged.calls).toHaveLength(0);
  });
});

describe('notice-check deadlines', () => {
  it('passes --now and --zone through and prints JSON', async () => {
    const io = fakeIo();
    expect(await main(['deadlines', '--json', '--now', '2024-06-01T09:00:00-05:00', '--zone', 'America/Chicago', agreement], io)).toBe(0);
    expect(judged.deadlineCalls[0]).toEqual([
      expect.objectContaining({ governingLaw: 'US-WA' }),
      { now: '2024-06-01T09:00:00.000-05:00', defaultZone: 'America/Chicago' },
    ]);
    expect(JSON.parse(io.out())).toMatchObject({ file: agreement, deadlines: [{ kind: 'non-renewal-notice', date: '2025-01-01' }] });
  });

  it('reads the clock at the edge when --now is absent', async () => {
    await main(['deadlines', agreement], fakeIo({ now: () => new Date('2030-02-03T04:05:06Z') }));
    expect((judged.deadlineCalls[0] as unknown[])[1]).toEqual({ now: '2030-02-03T04:05:06.000Z', defaultZone: 'UTC' });
  });

  it('prints a readable line per deadline with the clause quoted', async () => {
    const io = fakeIo();
    await main(['deadlines', agreement], io);
    expect(io.out()).toContain('non-renewal-notice: 2025-01-01 America/Los_Angeles §2.2');
    expect(io.out()).toContain('“unless either party gives the other written notice of non-renewal');
  });
});
