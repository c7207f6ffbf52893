/** The CLI's readable output fits 80 columns (or the terminal's width) without losing words or styles. */
import { describe, expect, it } from 'vitest';
import { outputWidth, wrapToWidth } from '../../lib/cli/format/wrap.ts';
import { main } from '../../lib/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const rule =
  '  - calendar-days: the day of the triggering event (such as receipt of notice) is excluded and the last day of the period is included (N.Y. Gen. Constr. Law § 20)';

describe('wrapToWidth', () => {
  it('breaks a long bullet at words, continuation lines hanging under the text', () => {
    const lines = wrapToWidth(rule, 60).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines[0]?.startsWith('  - calendar-days:')).toBe(true);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {4}\S/);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(rule.trim());
  });

  it('keeps an indented paragraph indented and leaves short lines alone', () => {
    const text = `Zone:               America/New_York\n    ${'word '.repeat(30).trim()}`;
    const [first, ...rest] = wrapToWidth(text, 40).split('\n');
    expect(first).toBe('Zone:               America/New_York');
    for (const line of rest) expect(line).toMatch(/^ {4}word/);
  });

  it('measures styled text by what is visible and keeps the colour on every piece', () => {
    const dim = (s: string) => `\u001b[2m${s}\u001b[22m`;
    const lines = wrapToWidth(`    ${dim('alpha beta gamma delta epsilon zeta eta theta iota kappa')}`, 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.replace(/\u001b\[\d+m/g, '').length).toBeLessThanOrEqual(30);
      expect(line).toContain('\u001b[2m');
    }
  });

  it('does not cut a word longer than the width', () => {
    const url = `https://example.com/${'x'.repeat(90)}`;
    expect(wrapToWidth(`  see ${url}`, 40).split('\n')).toContain(`  ${url}`);
  });

  it('uses the terminal width when there is one, else 80', () => {
    expect(outputWidth(undefined)).toBe(80);
    expect(outputWidth(132)).toBe(132);
    expect(outputWidth(10)).toBe(80);
  });
});

describe('help fits 80 columns', () => {
  it.each([[[]], [['check']], [['extract']], [['deadlines']], [['alerts']]])('help %j', async (args) => {
    const io = fakeIo();
    await main(['help', ...args], io);
    expect(io.out().length).toBeGreaterThan(100);
    for (const line of io.out().split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
