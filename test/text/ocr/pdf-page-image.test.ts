import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { largestPageImage, type PdfPageLike } from '../../../lib/text/ocr/pdf-page-image.ts';
import { greyPngPixels } from '../../../lib/text/ocr/quarter-turn.ts';
import { imagePdf } from '../../fixtures/scans/make-scans.ts';

const pageImage = async (pdf: Uint8Array) => {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const png = await largestPageImage((await document.getPage(1)) as unknown as PdfPageLike);
  return png && greyPngPixels(png);
};

// 11 pixels a row, so each row of the 1-bit image is padded to two bytes.
const WIDTH = 11;
const PIXELS = new Uint8Array([
  ...[0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0],
  ...[255, 255, 255, 0, 0, 0, 255, 255, 255, 0, 0],
  ...[0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255],
]);
const IMAGE = { width: WIDTH, height: PIXELS.length / WIDTH, pixels: PIXELS };

describe('the page image of a scanned page', () => {
  it('a fax stored at one bit per pixel comes out black where the fax is black, row padding skipped', async () => {
    expect(await pageImage(imagePdf(IMAGE, 1))).toEqual(IMAGE);
  });

  it('a fax stored as a stencil mask painted in black comes out black where the ink is', async () => {
    expect(await pageImage(imagePdf(IMAGE, 1, true))).toEqual(IMAGE);
  });

  it('an 8-bit grey scan comes out with its grey levels', async () => {
    const grey = { ...IMAGE, pixels: PIXELS.map((p, i) => (p === 0 ? 40 + i : 230)) };
    expect(await pageImage(imagePdf(grey, 8))).toEqual(grey);
  });
});
