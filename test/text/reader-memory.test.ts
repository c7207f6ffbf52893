import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { residentPeakBytes, watchResidentMemory } from '../../lib/text/reader-memory.ts';

const MB = 1024 * 1024;

describe('the reader memory watch (Linux /proc)', () => {
  it('reads a live process’s resident high-water mark, and nothing for one that has exited', () => {
    expect(residentPeakBytes(process.pid)).toBeGreaterThan(10 * MB);
    const exited = spawnSync(process.execPath, ['-e', '']).pid as number;
    expect(residentPeakBytes(exited)).toBeNull();
  });

  it('calls back once when the process has passed the limit, and never while it stays under', async () => {
    let over = 0;
    const stopOver = watchResidentMemory(process.pid, 1, () => {
      over += 1;
    });
    let under = 0;
    const stopUnder = watchResidentMemory(process.pid, 1_000_000, () => {
      under += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stopOver();
    stopUnder();
    expect(over).toBe(1);
    expect(under).toBe(0);
  });
});
