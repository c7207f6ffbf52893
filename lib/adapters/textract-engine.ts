/**
 * Amazon Textract as the OCR engine on AWS. A page image is read synchronously (DetectDocumentText with the
 * bytes: one page, at most 10 MB), which fits inside the ingest function's timeout; each call is bounded by
 * `timeoutMs` so a slow Textract turns into a retry, never a Lambda timeout in the middle of a write.
 */
import { type Block, DetectDocumentTextCommand, type TextractClient } from '@aws-sdk/client-textract';
import type { OcrEngine, OcrPage } from '../text/ocr/ocr-engine.ts';
import { ocrPageOf } from './textract-blocks.ts';
import { NoticeCheckError } from '../errors.ts';

export interface TextractEngineOptions {
  /** Per page; keep it well under the ingest function's timeout. */
  timeoutMs: number;
}

/**
 * @example const engine = createTextractEngine(textractClient, { timeoutMs: 20_000 }); (await engine.recognise({ bytes: png, page: 1 })).lines
 */
export function createTextractEngine(client: Pick<TextractClient, 'send'>, options: TextractEngineOptions): OcrEngine {
  return {
    name: 'textract',
    async recognise(image): Promise<OcrPage> {
      const abort = AbortSignal.timeout(options.timeoutMs);
      let blocks: Block[];
      try {
        const response = await client.send(new DetectDocumentTextCommand({ Document: { Bytes: image.bytes } }), { abortSignal: abort });
        blocks = response.Blocks ?? [];
      } catch (cause) {
        throw new NoticeCheckError('TRANSIENT', `Text recognition of page ${image.page} did not finish; it will be retried.`, { cause });
      }
      return ocrPageOf(blocks);
    },
    close: async () => undefined,
  };
}
