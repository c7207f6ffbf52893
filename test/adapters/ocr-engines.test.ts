import { describe, expect, it } from 'vitest';
import { ocrEngineFor } from '../../lib/adapters/ocr-engines.ts';
import { loadConfig } from '../../lib/config.ts';

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
