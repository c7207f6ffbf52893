import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';

const required = { TABLE_NAME: 't', BUCKET_NAME: 'b', TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:alerts' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig(required)).toMatchObject({
      maxUploadBytes: 25 * 1024 * 1024,
      defaultZone: 'UTC',
      alertOffsets: [30, 14, 7, 1, 0],
      tenantClaim: 'custom:tenantId',
      ocrEngine: 'tesseract',
      region: 'us-east-1',
      endpoints: {},
    });
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({ ...required, TABLE_NAME: '' })).toThrow(
      expect.objectContaining({ code: 'CONFIG', message: 'Environment variable TABLE_NAME is required' }),
    );
  });

  it.each([
    ['DEFAULT_ZONE', 'Mars/Olympus'],
    ['ALERT_OFFSETS', '30,seven'],
    ['MAX_UPLOAD_BYTES', '-1'],
    ['S3_ENDPOINT', 'not a url'],
    ['OCR_ENGINE', 'abbyy'],
    // Past 40 s the hand-off could come after the ingest function's time for OCR has run out.
    ['TEXTRACT_HAND_OFF_MS', '45000'],
    ['TEXTRACT_HAND_OFF_MS', '500'],
  ])('refuses an invalid %s', (name, value) => {
    expect(() => loadConfig({ ...required, [name]: value })).toThrow(
      expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining(`${name} is invalid`) }),
    );
  });

  it('gives Textract its completion channel only when both the topic and the role are set', () => {
    const channel = { TEXTRACT_TOPIC_ARN: 'arn:aws:sns:us-east-1:1:ocr', TEXTRACT_ROLE_ARN: 'arn:aws:iam::1:role/publish' };
    expect(loadConfig({ ...required, ...channel }).textractNotification).toEqual({
      topicArn: channel.TEXTRACT_TOPIC_ARN,
      roleArn: channel.TEXTRACT_ROLE_ARN,
    });
    expect(loadConfig({ ...required, TEXTRACT_TOPIC_ARN: channel.TEXTRACT_TOPIC_ARN }).textractNotification).toBeUndefined();
  });

  it('waits 25 s for a multi-page Textract job before handing it off, unless told otherwise', () => {
    expect(loadConfig(required).textractHandOffMs).toBe(25_000);
    expect(loadConfig({ ...required, TEXTRACT_HAND_OFF_MS: '15000' }).textractHandOffMs).toBe(15_000);
  });

  it('reads offsets largest first without duplicates', () => {
    expect(loadConfig({ ...required, ALERT_OFFSETS: '1, 7,30,7' }).alertOffsets).toEqual([30, 7, 1]);
  });
});
