import { describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import { fixturePath } from '../text/fixture-files.ts';
import { fakeIo } from './fake-io.ts';

// A bug inside the analysis must still end as one line and exit 70, never a stack trace.
vi.mock('../../lib/contract/analyze.ts', () => ({
  analyzeAgreement: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'start')");
  },
}));

describe('unexpected errors', () => {
  it('extract --json reports INTERNAL for the file, continues, and exits 70', async () => {
    const io = fakeIo();
    const code = await main(['extract', '--json', fixturePath('hosting-agreement.txt'), fixturePath('empty.txt')], io);
    expect(code).toBe(70);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.error.code)).toEqual(['INTERNAL', 'EMPTY_FILE']);
    expect(io.out()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('deadlines prints "notice-check: INTERNAL: ..." without a stack and exits 70', async () => {
    const io = fakeIo();
    expect(await main(['deadlines', fixturePath('hosting-agreement.txt')], io)).toBe(70);
    expect(io.err()).toBe("notice-check: INTERNAL: unexpected error: Cannot read properties of undefined (reading 'start')\n");
  });
});
