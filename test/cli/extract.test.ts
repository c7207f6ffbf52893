import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.ts';
import { fixturePath } from '../text/fixture-files.ts';
import { fakeIo } from './fake-io.ts';

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('notice-check extract', () => {
  it('--json prints one object with exactly the documented keys for a PDF', async () => {
    const io = fakeIo();
    const file = fixturePath('hosting-agreement.pdf');
    expect(await main(['extract', '--json', file], io)).toBe(0);
    const [line, ...rest] = jsonLines(io.out());
    expect(rest).toHaveLength(0);
    expect(Object.keys(line!)).toEqual(['file', 'kind', 'pages', 'parties', 'provisions', 'term', 'governingLaw']);
    expect(line).toMatchObject({ file, kind: 'agreement', pages: 2, governingLaw: 'US-WA' });
    expect(line!.term).toMatchObject({ effectiveDate: '2020-03-01' });
    expect(io.err()).toBe('');
  });

  it('--json gives a provision its section, offsets and page', async () => {
    const io = fakeIo();
    await main(['extract', '--json', fixturePath('hosting-agreement.pdf')], io);
    const provisions = jsonLines(io.out())[0]!.provisions as Array<Record<string, unknown>>;
    const law = provisions.find((provision) => provision.type === 'governing-law');
    expect(law).toMatchObject({ section: '10.1', page: 2 });
    expect(law!.text).toMatch(/laws of the State of Washington/);
  });

  it('keeps going after a failed file, reports each error with its code, exits 1', async () => {
    const io = fakeIo();
    const files = ['encrypted.pdf', 'hosting-agreement.txt', 'scanned.pdf', 'not-a-pdf.pdf', 'empty.txt', 'scan-page.png', 'truncated.pdf'];
    const code = await main(['extract', '--json', ...files.map(fixturePath)], io);
    expect(code).toBe(1);
    const lines = jsonLines(io.out());
    expect(lines.map((line) => (line.error as { code?: string } | undefined)?.code ?? line.kind)).toEqual([
      'ENCRYPTED_PDF',
      'agreement',
      'NO_TEXT',
      'NOT_A_PDF',
      'EMPTY_FILE',
      'UNSUPPORTED_TYPE',
      'CORRUPT_PDF',
    ]);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'error']);
    expect(lines[0]!.file).toBe(fixturePath('encrypted.pdf'));
  });

  it('shows progress on stderr for a long run, never on stdout', async () => {
    const io = fakeIo();
    const files = Array.from({ length: 6 }, () => fixturePath('hosting-agreement.txt'));
    expect(await main(['extract', '--json', ...files], io)).toBe(0);
    expect(io.err()).toMatch(/^\[1\/6\] .*hosting-agreement\.txt\n/);
    expect(io.err()).toContain('[6/6]');
    expect(jsonLines(io.out())).toHaveLength(6);
  });

  it('shows no progress for a short run to a pipe', async () => {
    const io = fakeIo();
    await main(['extract', '--json', fixturePath('hosting-agreement.txt'), fixturePath('hosting-agreement.docx')], io);
    expect(io.err()).toBe('');
  });

  it('without --json prints a readable summary, and failures as CODE: message on stderr', async () => {
    const io = fakeIo();
    const code = await main(['extract', fixturePath('hosting-agreement.docx'), fixturePath('encrypted.pdf')], io);
    expect(code).toBe(1);
    expect(io.out()).toMatch(/hosting-agreement\.docx — agreement, 1 page\n/);
    expect(io.out()).toMatch(/Governing law: US-WA/);
    expect(io.out()).toMatch(/Brightwave Hosting LLC \(Brightwave, Provider\)/);
    expect(io.err()).toMatch(/^notice-check: ENCRYPTED_PDF: .*encrypted\.pdf is password-protected/);
  });

  it('uses colour on a terminal only when NO_COLOR is unset', async () => {
    const file = fixturePath('hosting-agreement.txt');
    const terminal = fakeIo({ stdoutIsTTY: true });
    const noColour = fakeIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    const piped = fakeIo();
    await main(['extract', file], terminal);
    await main(['extract', file], noColour);
    await main(['extract', file], piped);
    expect(terminal.out()).toContain('\u001b[1m');
    expect(noColour.out()).not.toContain('\u001b[');
    expect(piped.out()).not.toContain('\u001b[');
  });
});

describe('notice-check extract size limit', () => {
  it('honours MAX_UPLOAD_BYTES like the service does', async () => {
    const io = fakeIo({ env: { MAX_UPLOAD_BYTES: '1000' } });
    expect(await main(['extract', '--json', fixturePath('hosting-agreement.pdf')], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('a MAX_UPLOAD_BYTES that is not a number is a CONFIG error', async () => {
    const io = fakeIo({ env: { MAX_UPLOAD_BYTES: '25MB' } });
    expect(await main(['extract', fixturePath('hosting-agreement.txt')], io)).toBe(1);
    expect(io.err()).toMatch(/^notice-check: CONFIG: MAX_UPLOAD_BYTES must be a positive whole number/);
  });
});
