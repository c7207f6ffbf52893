import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/text/extract-text.ts';
import { extractTextBounded } from '../../lib/text/extract-text-bounded.ts';
import type { OcrEngine } from '../../lib/text/ocr/ocr-engine.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/files/${name}`, import.meta.url));
const worker = (name: string) => new URL(`./workers/${name}`, import.meta.url);

// Each case starts a child process that loads the PDF engine: seconds on a busy machine.
describe('extractTextBounded', { timeout: 60_000 }, () => {
  it('reads a PDF in the child process exactly as extractText reads it in the calling one', async () => {
    const bytes = await fixture('hosting-agreement.pdf');
    const inWorker = await extractTextBounded(bytes, { fileName: 'hosting-agreement.pdf' });
    expect(inWorker).toEqual(await extractText(bytes, { fileName: 'hosting-agreement.pdf' }));
  });

  it('passes a document error out of the child process with its code and message', async () => {
    const bytes = await fixture('encrypted.pdf');
    await expect(extractTextBounded(bytes, { fileName: 'encrypted.pdf' })).rejects.toMatchObject({
      name: 'NoticeCheckError',
      code: 'ENCRYPTED_PDF',
      message: expect.stringContaining('encrypted.pdf is password-protected'),
    });
  });

  it('tells an observer the reader process’s id while the reader runs, and does not start one for plain text', async () => {
    const started: { pid: number; alive: boolean }[] = [];
    const onReaderStarted = (pid: number) => {
      // process.kill with signal 0 throws unless the process exists.
      started.push({ pid, alive: (() => process.kill(pid, 0))() });
    };
    await extractTextBounded(await fixture('hosting-agreement.pdf'), { fileName: 'hosting-agreement.pdf', onReaderStarted });
    expect(started).toEqual([{ pid: expect.any(Number), alive: true }]);
    expect(started[0]?.pid).not.toBe(process.pid);
    await extractTextBounded(new TextEncoder().encode('Notice of termination'), { fileName: 'notice.txt', onReaderStarted });
    expect(started).toHaveLength(1);
  });

  it('keeps the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(await fixture('hosting-agreement.docx'));
    const copy = Uint8Array.from(bytes);
    await extractTextBounded(bytes, { fileName: 'hosting-agreement.docx' });
    expect(bytes).toEqual(copy);
  });

  it('stops a reader that never yields when the time limit is up: TIMEOUT', async () => {
    const bytes = await fixture('hosting-agreement.pdf');
    const started = performance.now();
    await expect(
      extractTextBounded(bytes, { fileName: 'stuck.pdf', workerUrl: worker('never-yields.ts'), limits: { timeoutMs: 1_500 } }),
    ).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('stuck.pdf could not be read within 2 s') });
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('turns the reader running out of heap into TOO_COMPLEX, and the calling process lives on', async () => {
    const bytes = await fixture('hosting-agreement.pdf');
    await expect(
      extractTextBounded(bytes, { fileName: 'dense.docx', workerUrl: worker('exhausts-heap.ts'), limits: { maxHeapMb: 64 } }),
    ).rejects.toMatchObject({ code: 'TOO_COMPLEX', message: expect.stringContaining('needs more than 64 MB of memory') });
    expect(await extractTextBounded(bytes, { fileName: 'after.pdf' })).toMatchObject({ pages: 2 });
  });

  it('turns one array grown past the heap limit into TOO_COMPLEX too (the shape that aborts a worker thread’s whole process)', async () => {
    const bytes = await fixture('hosting-agreement.pdf');
    await expect(
      extractTextBounded(bytes, { fileName: 'grown.pdf', workerUrl: worker('grows-one-array.ts'), limits: { maxHeapMb: 64 } }),
    ).rejects.toMatchObject({ code: 'TOO_COMPLEX' });
  });

  it('stops a reader whose memory outside the heap passes the resident limit: TOO_COMPLEX, and the calling process lives on', async () => {
    const bytes = await fixture('hosting-agreement.pdf');
    const started = performance.now();
    await expect(
      extractTextBounded(bytes, {
        fileName: 'images.pdf',
        workerUrl: worker('fills-memory-outside-heap.ts'),
        limits: { maxReaderMb: 256, timeoutMs: 20_000 },
      }),
    ).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      message: expect.stringContaining('images.pdf needs more than 256 MB of memory'),
      details: { limitReaderMb: 256 },
    });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect((await extractTextBounded(bytes, { fileName: 'after.pdf' })).pages).toBeGreaterThan(0);
  });

  it('runs OCR for the reader in the calling process, not counting it against the time limit', async () => {
    const bytes = await fixture('scanned.pdf');
    // OCR slower than the whole time limit: the read succeeds only if the limit is paused while OCR runs.
    const ocrMs = 8_000;
    let pages = 0;
    const slowOcr: OcrEngine = {
      name: 'tesseract',
      recognise: async () => {
        pages += 1;
        await new Promise((resolve) => setTimeout(resolve, ocrMs));
        return { lines: [[{ text: 'Notice of termination under section 12 of the agreement', confidence: 95 }]], meanConfidence: 95 };
      },
      close: async () => undefined,
    };
    const doc = await extractTextBounded(bytes, { fileName: 'scanned.pdf', ocr: slowOcr, limits: { timeoutMs: 7_000 } });
    expect(pages).toBeGreaterThan(0);
    expect(doc.text).toContain('Notice of termination under section 12');
    expect(doc.ocr?.engine).toBe('tesseract');
  });
});
