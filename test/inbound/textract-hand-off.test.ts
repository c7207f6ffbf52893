import { GetDocumentTextDetectionCommand, StartDocumentTextDetectionCommand } from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { requestToken, textractDocumentEngine, textractJobEngine } from '../../lib/adapters/textract-document.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';

const DOCUMENT = { bucket: 'docs', key: 'tenants/t/contracts/c/letter/l1/scan.pdf', versionId: 'v7' };
const NOTIFY = { topicArn: 'arn:aws:sns:us-east-1:1:done', roleArn: 'arn:aws:iam::1:role/publish' };
const image = { bytes: new Uint8Array([1]), page: 2, pages: 3 };

/** A job that stays IN_PROGRESS for `polls` requests, then answers one page's word in two result pages. */
function fakeTextract(polls: number) {
  const sent: unknown[] = [];
  let asked = 0;
  return {
    sent,
    client: {
      send: async (command: unknown) => {
        sent.push(command);
        if (command instanceof StartDocumentTextDetectionCommand) return { JobId: 'job-1' };
        if (!(command instanceof GetDocumentTextDetectionCommand)) throw new Error('unexpected command');
        if (asked++ < polls) return { JobStatus: 'IN_PROGRESS' };
        if (!command.input.NextToken) return { JobStatus: 'SUCCEEDED', Blocks: [], NextToken: 'n1' };
        return {
          JobStatus: 'SUCCEEDED',
          Blocks: [
            { BlockType: 'LINE', Id: 'l', Page: 2, Relationships: [{ Type: 'CHILD', Ids: ['w'] }] },
            { BlockType: 'WORD', Id: 'w', Page: 2, Text: 'terminate', Confidence: 96 },
          ],
        };
      },
    },
  };
}

const noSleep = async () => undefined;

describe('a multi-page Textract job that outlives the ingest invocation', () => {
  it('is handed off with OCR_PENDING once waiting longer would pass the hand-off time, tagged with the object version', async () => {
    const { client, sent } = fakeTextract(100);
    const options = { pollMs: 1_000, maxPollMs: 4_000, handOffAfterMs: 10_000, notification: NOTIFY, sleep: noSleep };
    const error = await textractDocumentEngine(client as never, DOCUMENT, options)
      .recognise(image)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isNoticeCheckError(error) && error.code).toBe('OCR_PENDING');
    expect((sent[0] as StartDocumentTextDetectionCommand).input.JobTag).toBe(requestToken(DOCUMENT));
    // 1 + 2 + 4 s waited; the next 4 s wait would pass 10 s.
    expect(sent.filter((c) => c instanceof GetDocumentTextDetectionCommand)).toHaveLength(4);
  });

  it('without a completion channel nothing could resume it, so it is never handed off', async () => {
    const { client } = fakeTextract(5);
    const options = { pollMs: 1_000, maxPollMs: 4_000, handOffAfterMs: 1_000, sleep: noSleep };
    expect((await textractDocumentEngine(client as never, DOCUMENT, options).recognise(image)).lines[0]?.[0]?.text).toBe('terminate');
  });

  it('the resume reads the finished job’s result pages (NextToken followed) without starting a job', async () => {
    const { client, sent } = fakeTextract(0);
    const page = await textractJobEngine(client as never, 'job-1', { pollMs: 1, maxPollMs: 1 }).recognise(image);
    expect(page.lines).toEqual([[{ text: 'terminate', confidence: 96 }]]);
    expect(sent.some((c) => c instanceof StartDocumentTextDetectionCommand)).toBe(false);
    expect(sent).toHaveLength(2);
  });
});
