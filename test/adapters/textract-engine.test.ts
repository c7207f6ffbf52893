import { DetectDocumentTextCommand } from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { createTextractEngine } from '../../lib/adapters/textract-engine.ts';

const BLOCKS = [
  { BlockType: 'PAGE', Id: 'p' },
  { BlockType: 'LINE', Id: 'l1', Text: 'We terminate', Relationships: [{ Type: 'CHILD', Ids: ['w1', 'w2'] }] },
  { BlockType: 'LINE', Id: 'l2', Text: 'March 31, 2028', Relationships: [{ Type: 'CHILD', Ids: ['w3', 'w4', 'w5'] }] },
  { BlockType: 'WORD', Id: 'w1', Text: 'We', Confidence: 99.1 },
  { BlockType: 'WORD', Id: 'w2', Text: 'terminate', Confidence: 98.4 },
  { BlockType: 'WORD', Id: 'w3', Text: 'March', Confidence: 97 },
  { BlockType: 'WORD', Id: 'w4', Text: '31,', Confidence: 95 },
  { BlockType: 'WORD', Id: 'w5', Text: '2028', Confidence: 61 },
];

describe('Textract engine', () => {
  it('sends the page bytes to DetectDocumentText and returns its lines of words with confidences', async () => {
    const sent: unknown[] = [];
    const client = {
      send: async (command: unknown) => {
        sent.push(command);
        return { Blocks: BLOCKS };
      },
    };
    const engine = createTextractEngine(client as never, { timeoutMs: 1000 });
    const page = await engine.recognise({ bytes: new Uint8Array([1, 2, 3]), page: 1 });
    expect(sent[0]).toBeInstanceOf(DetectDocumentTextCommand);
    expect((sent[0] as DetectDocumentTextCommand).input.Document?.Bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(page.lines.map((line) => line.map((w) => w.text).join(' '))).toEqual(['We terminate', 'March 31, 2028']);
    expect(page.lines[1]?.[2]).toEqual({ text: '2028', confidence: 61 });
    expect(engine.name).toBe('textract');
  });

  it('a call that does not finish within the time allowed is TRANSIENT, so ingest retries it', async () => {
    const client = {
      send: (_command: unknown, options: { abortSignal: AbortSignal }) =>
        new Promise((_resolve, reject) => options.abortSignal.addEventListener('abort', () => reject(new Error('aborted')))),
    };
    const engine = createTextractEngine(client as never, { timeoutMs: 20 });
    await expect(engine.recognise({ bytes: new Uint8Array([1]), page: 2 })).rejects.toMatchObject({ code: 'TRANSIENT' });
  });
});
