import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ENGLISH_DATA_PATH } from '../../../lib/text/ocr/tesseract-engine.ts';
import { fixturePath } from '../fixture-files.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('tesseract engine', () => {
  it('uses the English data on disk, never a CDN', () => {
    expect(ENGLISH_DATA_PATH).not.toMatch(/^https?:/);
    expect(ENGLISH_DATA_PATH).toMatch(/@tesseract\.js-data[\\/]eng[\\/]4\.0\.0$/);
  });

  it('recognises a page in a process whose network access is blocked', { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', join(here, 'block-network.mjs'), '--import', 'tsx', join(here, 'recognise-offline.ts'), fixturePath('scan-page.png')],
      { timeout: 110_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { blocked: boolean; meanConfidence: number };
    expect(result.blocked).toBe(true);
    expect(typeof result.meanConfidence).toBe('number');
  });
});
