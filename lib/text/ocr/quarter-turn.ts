import { inflateSync } from 'node:zlib';
import { greyPng } from './png.ts';

export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The pixels of a PNG in the form `greyPng` writes (8-bit greyscale, not interlaced, no row filters), the
 * only form page images take here; null for any other PNG.
 * @example greyPngPixels(greyPng(new Uint8Array([0, 255]), 2, 1)) // { width: 2, height: 1, pixels: Uint8Array [0, 255] }
 */
export function greyPngPixels(png: Uint8Array): Grey | null {
  if (png.length < 8 || PNG_SIGNATURE.some((byte, i) => png[i] !== byte)) return null;
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      // Bit depth 8, colour type 0 (grey), interlace 0: what greyPng writes.
      if (body[8] !== 8 || body[9] !== 0 || body[12] !== 0) return null;
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0 || data.length === 0) return null;
  const raw = inflateSync(Buffer.concat(data));
  if (raw.length !== (width + 1) * height) return null;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width + 1);
    if (raw[row] !== 0) return null;
    pixels.set(raw.subarray(row + 1, row + 1 + width), y * width);
  }
  return { width, height, pixels };
}

/** Turns the image clockwise by a quarter turn `turns` times. */
function turn({ width, height, pixels }: Grey, turns: 1 | 2 | 3): Grey {
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = pixels[y * width + x] ?? 255;
      if (turns === 1) out[x * height + (height - 1 - y)] = value;
      else if (turns === 2) out[(height - 1 - y) * width + (width - 1 - x)] = value;
      else out[(width - 1 - x) * height + y] = value;
    }
  }
  return turns === 2 ? { width, height, pixels: out } : { width: height, height: width, pixels: out };
}

/**
 * A page image turned clockwise by `turns` quarter turns, as a PNG: a page scanned sideways or upside down
 * is read upright. Null when the image is not a PNG in the form `greyPng` writes.
 * @example quarterTurnedPng(greyPng(new Uint8Array([0, 255]), 2, 1), 1) // a 1×2 PNG: black above white
 */
export function quarterTurnedPng(png: Uint8Array, turns: 1 | 2 | 3): Uint8Array | null {
  const image = greyPngPixels(png);
  if (!image) return null;
  const turned = turn(image, turns);
  return greyPng(turned.pixels, turned.width, turned.height);
}
