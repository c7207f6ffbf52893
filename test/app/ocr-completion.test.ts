import { describe, expect, it } from 'vitest';
import { parseOcrCompletion } from '../../lib/app/ocr-completion.ts';
import { loadEvent } from '../support/events.ts';

/** The Textract message inside the sample SNS event, as an object a test can change one field of. */
const textractMessage = (): Record<string, unknown> => JSON.parse(loadEvent('sns-ocr-completion').Records[0]!.Sns.Message);
const parse = (message: unknown) => parseOcrCompletion(JSON.stringify(message));

describe('the completion message Textract publishes when a job ends', () => {
  it('names the job, its status and tag, the object it read and when it ended', () => {
    const sent = textractMessage();
    expect(parse(sent)).toEqual({
      ok: true,
      completion: {
        jobId: sent.JobId,
        status: 'SUCCEEDED',
        jobTag: sent.JobTag,
        bucket: 'contract-notice-checker-dev-us-east-1-documents',
        objectKey: 'tenants/acme/contracts/hosting-2020/letter/5f0c1e2a-7d3b-4c55-9a1e-2b8f3c4d5e6f/scanned notice.pdf',
        at: new Date(sent.Timestamp as number).toISOString(),
      },
    });
  });

  it.each(['FAILED', 'ERROR'])('a job that ended %s is read as such', (status) => {
    const parsed = parse({ ...textractMessage(), Status: status });
    expect(parsed.ok && parsed.completion.status).toBe(status);
  });

  it('a job started without a tag has a null tag (no stored upload can match it)', () => {
    const { JobTag: _tag, ...untagged } = textractMessage();
    const parsed = parse(untagged);
    expect(parsed.ok && parsed.completion.jobTag).toBeNull();
  });

  it('fields Textract may add later are ignored', () => {
    expect(parse({ ...textractMessage(), Warnings: [] }).ok).toBe(true);
  });

  it.each([
    ['no JobId', { JobId: undefined }, /JobId/],
    ['an unknown status', { Status: 'IN_PROGRESS' }, /Status/],
    ['a Timestamp that is a string', { Timestamp: '2026-01-09T02:08:52Z' }, /Timestamp/],
    ['no object location', { DocumentLocation: undefined }, /DocumentLocation/],
    ['an empty object name', { DocumentLocation: { S3ObjectName: '', S3Bucket: 'docs' } }, /S3ObjectName/],
    ['another Textract API', { API: 'StartDocumentAnalysis' }, /StartDocumentAnalysis/],
  ])('a message with %s is refused with the reason', (_case, change, reason) => {
    const parsed = parse({ ...textractMessage(), ...change });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('a body that is not JSON is refused, not thrown', () => {
    expect(parseOcrCompletion('Textract job done')).toEqual({ ok: false, reason: 'the message is not JSON' });
  });
});
