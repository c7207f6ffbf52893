import { describe, expect, it } from 'vitest';
import { ocrEngineFor } from '../../lib/adapters/ocr-engines.ts';
import { loadConfig } from '../../lib/config.ts';

const config = (OCR_ENGINE: string) =>
  loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b', TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:alerts', OCR_ENGINE });

describe('the OCR engine chosen by configuration', () => {
  it('Textract on AWS, tesseract locally, none when switched off', async () => {
    expect(ocrEngineFor(config('textract'))?.name).toBe('textract');
    const tesseract = ocrEngineFor(config('tesseract'));
    expect(tesseract?.name).toBe('tesseract');
    // Not started until a page needs it, so closing costs nothing.
    await tesseract?.close();
    expect(ocrEngineFor(config('none'))).toBeUndefined();
  });
});
