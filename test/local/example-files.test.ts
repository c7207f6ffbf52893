import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExampleContracts } from '../../lib/local/example-files.ts';

describe('findExampleContracts', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'examples-'));
    const files = [
      'Two Sides/agreement.txt',
      'Two Sides/agreement.pdf',
      'Two Sides/letter-from-provider.txt',
      'Two Sides/letter-from-client.pdf',
      'Two Sides/README.md',
      'no-agreement/letter.txt',
      'make-pdfs.ts',
    ];
    for (const file of files) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), 'x');
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('one contract per folder with an agreement, agreement first, the PDF preferred to its text', async () => {
    const contracts = await findExampleContracts(root);
    expect(contracts).toEqual([
      {
        contractId: 'two-sides',
        documents: [
          expect.objectContaining({ kind: 'agreement', fileName: 'agreement.pdf', contentType: 'application/pdf' }),
          expect.objectContaining({ kind: 'letter', fileName: 'letter-from-client.pdf' }),
          expect.objectContaining({ kind: 'letter', fileName: 'letter-from-provider.txt', contentType: 'text/plain' }),
        ],
      },
    ]);
  });
});
