import type { Block } from '@aws-sdk/client-textract';
import type { OcrPage, OcrWord } from '../text/ocr/ocr-engine.ts';

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
 * One page's Textract blocks as an OCR page: its lines of words, and the mean of its word confidences
 * (Textract gives no page confidence of its own).
 * @example ocrPageOf(response.Blocks).lines[0] // [{ text: 'We', confidence: 99.1 }, { text: 'terminate', confidence: 98.4 }]
 */
export function ocrPageOf(blocks: readonly Block[]): OcrPage {
  const lines = linesOf(blocks);
  const words = lines.flat();
  const meanConfidence = words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
  return { lines, meanConfidence };
}
