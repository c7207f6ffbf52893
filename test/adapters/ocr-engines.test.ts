import { StartDocumentTextDetectionCommand } from '@aws-sdk/client-textract';
import { describe, expect, it } from 'vitest';
import { ocrEngineFor, textractOcr, textractResumeOcr } from '../../lib/adapters/ocr-engines.ts';
import { loadConfig } from '../../lib/config.ts';
import { isNoticeCheckError } from '../../lib/errors.ts';
import { fakeTextract } from '../support/fake-textract.ts';

const config = (OCR_ENGINE: string) =>
  loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b', TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:alerts', OCR_ENGINE });

describe('the OCR engine chosen by configuration', () => {
  it('Textract on AWS, tesseract locally, none when switched off', async () => {
    const textract = ocrEngineFor(config('textract'));
    expect(textract?.name).toBe('textract');
    // A stored scan gets an engine of its own, which reads a multi-page scan in one job.
    expect(textract?.forDocument?.({ bucket: 'docs', key: 'tenants/t/contracts/c/letter/l1/scan.pdf' }).name).toBe('textract');
    const tesseract = ocrEngineFor(config('tesseract'));
    expect(tesseract?.name).toBe('tesseract');
    // Not started until a page needs it, so closing costs nothing.
    await tesseract?.close();
    expect(ocrEngineFor(config('none'))).toBeUndefined();
  });
});

describe('Textract’s hand-off, enabled by the completion channel', () => {
  const DOCUMENT = { bucket: 'docs', key: 'tenants/t/contracts/c/letter/l1/scan.pdf', versionId: 'v1' };
  const PAGE_TWO_OF_THREE = { bytes: new Uint8Array([1]), page: 2, pages: 3 };
  const CHANNEL = { TEXTRACT_TOPIC_ARN: 'arn:aws:sns:us-east-1:1:ocr', TEXTRACT_ROLE_ARN: 'arn:aws:iam::1:role/publish' };
  /** Waits are counted, not slept: the hand-off time is a budget of waits between polls. */
  const counting = () => {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  };

  it('with the channel, a job still running after TEXTRACT_HAND_OFF_MS is handed off (OCR_PENDING) with its job and tag', async () => {
    const textract = fakeTextract([[], ['terminate']]);
    const { waits, sleep } = counting();
    const settings = loadConfig({
      TABLE_NAME: 't',
      BUCKET_NAME: 'b',
      TOPIC_ARN: 'arn:aws:sns:us-east-1:1:a',
      ...CHANNEL,
      TEXTRACT_HAND_OFF_MS: '8000',
    });
    const engine = textractOcr(textract.client, settings, sleep).forDocument?.(DOCUMENT);
    const error = await engine?.recognise(PAGE_TWO_OF_THREE).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isNoticeCheckError(error) && error.code).toBe('OCR_PENDING');
    expect(isNoticeCheckError(error) && error.details).toEqual({
      jobId: textract.jobsFor(DOCUMENT.key)[0]?.jobId,
      jobTag: expect.any(String),
    });
    // 1 + 2 + 4 s waited; the next 5 s would pass 8 s.
    expect(waits.reduce((a, b) => a + b, 0)).toBe(7_000);
  });

  it('without the channel nothing could resume it, so ingest keeps waiting for the job', async () => {
    const textract = fakeTextract([[], ['terminate']]);
    const { waits, sleep } = counting();
    const settings = loadConfig({
      TABLE_NAME: 't',
      BUCKET_NAME: 'b',
      TOPIC_ARN: 'arn:aws:sns:us-east-1:1:a',
      TEXTRACT_HAND_OFF_MS: '1000',
    });
    const engine = textractOcr(textract.client, settings, async (ms) => {
      await sleep(ms);
      if (waits.length === 6) textract.finish(textract.jobsFor(DOCUMENT.key)[0]!.jobId);
    }).forDocument?.(DOCUMENT);
    expect((await engine?.recognise(PAGE_TWO_OF_THREE))?.lines).toEqual([[{ text: 'terminate', confidence: 99 }]]);
    expect(waits).toHaveLength(6);
  });

  it('the resume engine answers from the finished job and starts none', async () => {
    const textract = fakeTextract([[], ['terminate']], { finishAtOnce: true });
    const started = await textract.client.send(
      new StartDocumentTextDetectionCommand({
        DocumentLocation: { S3Object: { Bucket: 'docs', Name: DOCUMENT.key } },
        ClientRequestToken: 'token-1',
      }),
    );
    const jobId = (started as { JobId: string }).JobId;
    const page = await textractResumeOcr(textract.client, jobId).forDocument?.(DOCUMENT).recognise(PAGE_TWO_OF_THREE);
    expect(page?.lines).toEqual([[{ text: 'terminate', confidence: 99 }]]);
    expect(textract.calls.filter((call) => call === 'start')).toHaveLength(1);
  });
});
