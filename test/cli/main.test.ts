import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import { fakeIo } from './fake-io.ts';

describe('notice-check main', () => {
  it('with no command prints the overview and exits 2', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('Usage: notice-check COMMAND');
  });

  it('--version prints the package version and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^notice-check \d+\.\d+\.\d+\n$/);
  });

  it('help lists every command and documents the exit codes and error codes', async () => {
    const io = fakeIo();
    expect(await main(['help'], io)).toBe(0);
    for (const name of ['extract', 'check', 'deadlines', 'alerts', 'help']) expect(io.out()).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(io.out()).toMatch(/^ {2}3 {3}check: NON_COMPLIANT$/m);
    expect(io.out()).toMatch(/^ {2}70 {2}internal error/m);
    expect(io.out()).toContain('ENCRYPTED_PDF');
  });

  it.each([
    ['help', 'check'],
    ['check', '--help'],
    ['deadlines', '-h'],
  ])('%s %s prints the command usage', async (...argv) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: notice-check (check|deadlines) /);
  });

  it('an unknown command is a usage error on stderr, exit 2', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/^notice-check: INVALID_INPUT: unknown command "frobnicate"\n/);
    expect(io.out()).toBe('');
  });

  it('an unknown option names itself and the command synopsis, exit 2', async () => {
    const io = fakeIo();
    expect(await main(['extract', '--jsn', 'a.pdf'], io)).toBe(2);
    expect(io.err()).toContain("notice-check: INVALID_INPUT: Unknown option '--jsn'");
    expect(io.err()).toContain('Usage: notice-check extract [--json] FILE...');
  });

  it.each([
    [['extract'], /extract needs at least one FILE/],
    [['check', 'only-one.pdf'], /check needs AGREEMENT and LETTER \(got 1 file\)/],
    [['deadlines'], /deadlines needs AGREEMENT/],
    [['check', '--zone', 'Mars/Olympus', 'a.txt', 'b.txt'], /--zone Mars\/Olympus is not an IANA time zone/],
    [['deadlines', '--now', 'next tuesday', 'a.txt'], /--now next tuesday is not an ISO date/],
  ])('%j is a usage error', async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('a missing file in check is FILE_NOT_FOUND, exit 1', async () => {
    const io = fakeIo();
    expect(await main(['check', 'no-such-agreement.pdf', 'no-such-letter.txt'], io)).toBe(1);
    expect(io.err()).toBe(
      'notice-check: FILE_NOT_FOUND: no-such-agreement.pdf does not exist. Check the path and the current directory.\n',
    );
  });
});
