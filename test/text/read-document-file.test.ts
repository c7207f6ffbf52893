import { describe, expect, it } from 'vitest';
import { NoticeCheckError } from '../../lib/errors.ts';
import { readDocumentFile } from '../../lib/text/read-document-file.ts';
import { fixturePath } from './fixture-files.ts';

const failure = (path: string, options = {}) =>
  readDocumentFile(path, options).then(
    () => expect.unreachable('expected a failure'),
    (error: unknown) => error as NoticeCheckError,
  );

describe('readDocumentFile', () => {
  it('reads a .txt from disk', async () => {
    const doc = await readDocumentFile(fixturePath('suspension-letter.txt'));
    expect(doc.text).toMatch(/^From: Trust & Safety/);
  });

  it('gives FILE_NOT_FOUND for a missing path', async () => {
    const error = await failure(fixturePath('no-such-file.pdf'));
    expect(error).toBeInstanceOf(NoticeCheckError);
    expect(error.code).toBe('FILE_NOT_FOUND');
  });

  it('refuses a directory with a clear message', async () => {
    const error = await failure(fixturePath(''));
    expect(error.code).toBe('UNSUPPORTED_TYPE');
    expect(error.message).toMatch(/directory/);
  });

  it('refuses a file over the limit from its size on disk', async () => {
    const error = await failure(fixturePath('hosting-agreement.pdf'), { maxBytes: 100 });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.details).toMatchObject({ limit: 100 });
  });
});
