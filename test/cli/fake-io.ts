import type { CliIo } from '../../lib/cli/io.ts';

export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
}

/** An in-memory terminal: collects what main() writes; not a TTY unless asked, fixed clock. */
export function fakeIo(overrides: Partial<CliIo> = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    now: () => new Date('2024-06-01T12:00:00Z'),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
