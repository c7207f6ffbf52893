/**
 * Amazon Textract as the OCR engine on AWS. A page image is read synchronously (DetectDocumentText with the
 * bytes: one page, at most 10 MB), which fits inside the ingest function's timeout; each call is bounded by
 * `timeoutMs` so a slow Textract turns into a retry, never a Lambda timeout in the middle of a write.
 */
import { type Block, DetectDocumentTextCommand, type TextractClient } from '@aws-sdk/client-textract';
import type { OcrEngine, OcrPage, OcrWord } from '../text/ocr/ocr-engine.ts';
import { NoticeCheckError } from '../errors.ts';

export interface TextractEngineOptions {
  /** Per page; keep it well under the ingest function's timeout. */
  timeoutMs: number;
}

/** Textract's LINE blocks in reading order, each with its WORD children. */
function linesOf(blocks: readonly Block[]): OcrWord[][] {
  const byId = new Map(blocks.filter((b) => b.Id).map((b) => [b.Id as string, b]));
  return blocks
    .filter((block) => block.BlockType === 'LINE')
    .map((line) =>
      (line.Relationships ?? [])
        .filter((relation) => relation.Type === 'CHILD')
        .flatMap((relation) => relation.Ids ?? [])
        .map((id) => byId.get(id))
        .filter((word): word is Block => word?.BlockType === 'WORD' && typeof word.Text === 'string')
        .map((word) => ({ text: word.Text as string, confidence: word.Confidence ?? 0 })),
    )
    .filter((words) => words.length > 0);
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
      const lines = linesOf(blocks);
      const words = lines.flat();
      const meanConfidence = words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
      return { lines, meanConfidence };
    },
    close: async () => undefined,
  };
}
