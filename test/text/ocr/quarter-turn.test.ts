import { describe, expect, it } from 'vitest';
import { greyPng } from '../../../lib/text/ocr/png.ts';
import { greyPngPixels, quarterTurnedPng } from '../../../lib/text/ocr/quarter-turn.ts';

// A 3×2 image, pixels numbered in reading order:  1 2 3
//                                                 4 5 6
const IMAGE = greyPng(new Uint8Array([1, 2, 3, 4, 5, 6]), 3, 2);

const turned = (turns: 1 | 2 | 3) => {
  const png = quarterTurnedPng(IMAGE, turns);
  return png ? greyPngPixels(png) : null;
};

describe('turning a page image by quarter turns', () => {
  it('a quarter turn clockwise puts the left column on top, read bottom to top', () => {
    expect(turned(1)).toEqual({ width: 2, height: 3, pixels: new Uint8Array([4, 1, 5, 2, 6, 3]) });
  });

  it('a half turn reverses the pixels and keeps the size', () => {
    expect(turned(2)).toEqual({ width: 3, height: 2, pixels: new Uint8Array([6, 5, 4, 3, 2, 1]) });
  });

  it('three quarter turns put the right column on top', () => {
    expect(turned(3)).toEqual({ width: 2, height: 3, pixels: new Uint8Array([3, 6, 2, 5, 1, 4]) });
  });

  it('a quarter turn and three more give the image back', () => {
    const once = quarterTurnedPng(IMAGE, 1);
    const back = once && quarterTurnedPng(once, 3);
    expect(back && greyPngPixels(back)).toEqual(greyPngPixels(IMAGE));
  });

  it('bytes that are not a PNG written by greyPng are left alone (null)', () => {
    expect(quarterTurnedPng(new Uint8Array([1, 2, 3]), 2)).toBeNull();
    const rgb = Buffer.from(IMAGE);
    rgb[8 + 8 + 9] = 2; // IHDR colour type: truecolour
    expect(quarterTurnedPng(new Uint8Array(rgb), 2)).toBeNull();
  });
});
