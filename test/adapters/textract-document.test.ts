import { GetDocumentTextDetectionCommand, StartDocumentTextDetectionCommand } from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { perDocumentTextract, textractDocumentEngine } from '../../lib/adapters/textract-document.ts';
import type { OcrEngine } from '../../lib/text/ocr/ocr-engine.ts';

const line = (id: string, page: number, words: [string, number][]) => [
  { BlockType: 'LINE', Id: id, Page: page, Relationships: [{ Type: 'CHILD', Ids: words.map((_, i) => `${id}w${i}`) }] },
  ...words.map(([text, confidence], i) => ({ BlockType: 'WORD', Id: `${id}w${i}`, Page: page, Text: text, Confidence: confidence })),
];

const DOCUMENT = { bucket: 'docs', key: 'tenants/t/contracts/c/letter/l1/scan.pdf', versionId: 'v7' };
const OPTIONS = {
  pollMs: 100,
  maxPollMs: 300,
  notification: { topicArn: 'arn:aws:sns:us-east-1:1:done', roleArn: 'arn:aws:iam::1:role/publish' },
};

/** A hand fake of the Textract client's `send`: the job runs for `polls` requests, then answers in batches. */
function fakeTextract(batches: unknown[][], polls = 2, status = 'SUCCEEDED') {
  const sent: unknown[] = [];
  let asked = 0;
  const client = {
    send: async (command: unknown) => {
      sent.push(command);
      if (command instanceof StartDocumentTextDetectionCommand) return { JobId: 'job-1' };
      if (!(command instanceof GetDocumentTextDetectionCommand)) throw new Error('unexpected command');
      if (asked++ < polls) return { JobStatus: 'IN_PROGRESS' };
      const at = command.input.NextToken ? Number(command.input.NextToken) : 0;
      const next = at + 1 < batches.length ? { NextToken: String(at + 1) } : {};
      return { JobStatus: status, StatusMessage: status === 'FAILED' ? 'unsupported document' : undefined, Blocks: batches[at], ...next };
    },
  };
  return { client, sent };
}

const image = (page: number, pages = 3) => ({ bytes: new Uint8Array([1]), page, pages });

describe('Textract asynchronous text detection of a stored scan', () => {
  it('starts one job for the object version with the completion topic, waits, follows NextToken and answers each page', async () => {
    const { client, sent } = fakeTextract([
      line('a', 1, [['NOTICE', 99]]),
      [
        ...line('b', 2, [
          ['effective', 97],
          ['2028', 61],
        ]),
        ...line('c', 3, [['Yours', 98]]),
      ],
    ]);
    const waits: number[] = [];
    const engine = textractDocumentEngine(client as never, DOCUMENT, { ...OPTIONS, sleep: async (ms) => void waits.push(ms) });
    const page2 = await engine.recognise(image(2));
    const page3 = await engine.recognise(image(3));
    expect(page2.lines).toEqual([
      [
        { text: 'effective', confidence: 97 },
        { text: '2028', confidence: 61 },
      ],
    ]);
    expect(page2.meanConfidence).toBe(79);
    expect(page3.lines).toEqual([[{ text: 'Yours', confidence: 98 }]]);
    const starts = sent.filter((c) => c instanceof StartDocumentTextDetectionCommand) as StartDocumentTextDetectionCommand[];
    expect(starts).toHaveLength(1);
    expect(starts[0]!.input).toMatchObject({
      DocumentLocation: { S3Object: { Bucket: 'docs', Name: DOCUMENT.key, Version: 'v7' } },
      NotificationChannel: { SNSTopicArn: OPTIONS.notification.topicArn, RoleArn: OPTIONS.notification.roleArn },
    });
    expect(starts[0]!.input.ClientRequestToken).toMatch(/^[0-9a-f]{64}$/);
    expect(waits).toEqual([100, 200]);
    const gets = sent.filter((c) => c instanceof GetDocumentTextDetectionCommand) as GetDocumentTextDetectionCommand[];
    expect(gets.map((g) => g.input.NextToken)).toEqual([undefined, undefined, undefined, '1']);
  });

  it('a retried ingest of the same version asks for the same job; another version for another', async () => {
    const tokenOf = async (versionId: string) => {
      const { client, sent } = fakeTextract([line('a', 1, [['x', 99]])], 0);
      await textractDocumentEngine(client as never, { ...DOCUMENT, versionId }, OPTIONS).recognise(image(1));
      return (sent[0] as StartDocumentTextDetectionCommand).input.ClientRequestToken;
    };
    expect(await tokenOf('v7')).toBe(await tokenOf('v7'));
    expect(await tokenOf('v8')).not.toBe(await tokenOf('v7'));
  });

  it('the waits grow to the longest allowed and no further', async () => {
    const { client } = fakeTextract([line('a', 1, [['x', 99]])], 5);
    const waits: number[] = [];
    await textractDocumentEngine(client as never, DOCUMENT, { ...OPTIONS, sleep: async (ms) => void waits.push(ms) }).recognise(image(1));
    expect(waits).toEqual([100, 200, 300, 300, 300]);
  });

  it('a failed job is TRANSIENT with Textract’s reason, and the next read starts again', async () => {
    const { client, sent } = fakeTextract([[]], 0, 'FAILED');
    const engine = textractDocumentEngine(client as never, DOCUMENT, { ...OPTIONS, sleep: async () => undefined });
    await expect(engine.recognise(image(1))).rejects.toMatchObject({
      code: 'TRANSIENT',
      message: expect.stringContaining('unsupported document'),
    });
    await expect(engine.recognise(image(1))).rejects.toMatchObject({ code: 'TRANSIENT' });
    expect(sent.filter((c) => c instanceof StartDocumentTextDetectionCommand)).toHaveLength(2);
  });

  it('a page the job returned nothing for reads as empty', async () => {
    const { client } = fakeTextract([line('a', 1, [['x', 99]])], 0);
    expect(await textractDocumentEngine(client as never, DOCUMENT, OPTIONS).recognise(image(2))).toEqual({ lines: [], meanConfidence: 0 });
  });
});

describe('Textract per stored document', () => {
  const recording = (label: string, calls: string[]): OcrEngine => ({
    name: 'textract',
    recognise: async (img) => {
      calls.push(`${label}:${img.page}`);
      return { lines: [], meanConfidence: 0 };
    },
    close: async () => undefined,
  });

  it('a one-page scan is read synchronously from its image, a longer one by one job for all its pages', async () => {
    const calls: string[] = [];
    let jobs = 0;
    const engine = perDocumentTextract(recording('page', calls), () => {
      jobs += 1;
      return recording('job', calls);
    });
    await engine.recognise(image(1, 1));
    await engine.recognise(image(1, 4));
    await engine.recognise(image(3, 4));
    expect(calls).toEqual(['page:1', 'job:1', 'job:3']);
    expect(jobs).toBe(1);
  });
});
