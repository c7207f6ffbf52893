import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import type { Verdict } from '../../lib/domain/types.ts';
import { fixturePath } from '../text/fixture-files.ts';
import { fakeIo } from './fake-io.ts';

// Through the real extraction, analysis and verdict modules: the motivating case (a suspension by email
// on a Saturday evening, effective the next night, under a right to suspend "immediately upon notice" for
// a policy violation) is compliant only if the violation happened.
describe('notice-check check end to end', () => {
  it('a PDF agreement and a .txt letter give CONDITIONAL with the suspension right cited, exit 4', async () => {
    const io = fakeIo();
    const code = await main(['check', '--json', fixturePath('hosting-agreement.pdf'), fixturePath('suspension-letter.txt')], io);
    const verdict = JSON.parse(io.out()) as Verdict;
    expect(verdict).toMatchObject({
      status: 'CONDITIONAL',
      action: 'suspension',
      sender: 'Brightwave Hosting LLC',
      deliveryMethod: 'email',
      noticeGivenAt: '2021-01-09T18:07:00-08:00',
      effectiveAt: '2021-01-10T23:59:00-08:00',
    });
    expect(code).toBe(4);
    const governing = verdict.provisions.filter((provision) => provision.applies);
    expect(governing.map((provision) => [provision.section, provision.type, provision.page])).toContainEqual(['4.1', 'suspension', 1]);
    expect(verdict.rules.length).toBeGreaterThan(0);
  });

  it('the readable report opens with the status and quotes the governing section', async () => {
    const io = fakeIo();
    await main(['check', fixturePath('hosting-agreement.docx'), fixturePath('suspension-letter.txt')], io);
    expect(io.out()).toMatch(/^CONDITIONAL — /);
    expect(io.out()).toMatch(
      /§4\.1(, p\.1)? suspension \(Brightwave Hosting LLC\)\n {4}“(4\.1 )?Provider may suspend the Services immediately upon notice/,
    );
  });
});
