import { greyPng } from './png.ts';

/** The pdf.js page methods this module uses. */
export interface PdfPageLike {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: ObjectStore;
  commonObjs: ObjectStore;
}

interface ObjectStore {
  get(name: string, callback: (image: unknown) => void): void;
}

/** pdf.js OPS.paintImageXObject: draws an image XObject. */
const PAINT_IMAGE_XOBJECT = 85;
/** pdf.js OPS.paintImageMaskXObject: paints the fill colour through a 1-bit stencil (how some fax software stores a page). */
const PAINT_IMAGE_MASK_XOBJECT = 83;

/** pdf.js ImageKind: 1 = 1 bit per pixel (fax-like scans), 2 = RGB, 3 = RGBA. */
interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

const isDecodedImage = (value: unknown): value is DecodedImage =>
  typeof value === 'object' && value !== null && 'width' in value && 'height' in value && 'data' in value && 'kind' in value;

/** Greyscale pixels from pdf.js's decoded image, whatever its kind. */
function toGrey(image: DecodedImage): Uint8Array {
  const { width, height, kind, data } = image;
  const grey = new Uint8Array(width * height);
  if (kind === 1) {
    // Rows are padded to whole bytes; a set bit is white (pdf.js has already applied any /Decode inversion).
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1) grey[y * width + x] = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1 ? 255 : 0;
    return grey;
  }
  const channels = kind === 3 ? 4 : 3;
  for (let i = 0; i < width * height; i += 1) {
    const at = i * channels;
    grey[i] = Math.round(0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0));
  }
  return grey;
}

/**
 * The largest image painted on a page, as a PNG: a scanned page is one picture of the paper. pdf.js has
 * decoded it already (JPEG, Flate, CCITT fax, JBIG2), so no rasteriser or canvas package is needed.
 * Null when the page paints no image.
 * @example await largestPageImage(await document.getPage(1)) // Uint8Array with the PNG of the scan
 */
export async function largestPageImage(page: PdfPageLike): Promise<Uint8Array | null> {
  const operators = await page.getOperatorList();
  // An image used on several pages is decoded once into the document-wide store, under a "g_" name.
  const stored = (name: string) =>
    new Promise<unknown>((resolve) => (name.startsWith('g_') ? page.commonObjs : page.objs).get(name, resolve));
  let best: DecodedImage | null = null;
  for (let index = 0; index < operators.fnArray.length; index += 1) {
    const operator = operators.fnArray[index];
    const arg = operators.argsArray[index]?.[0];
    let image: unknown = null;
    if (operator === PAINT_IMAGE_XOBJECT && typeof arg === 'string') image = await stored(arg);
    else if (operator === PAINT_IMAGE_MASK_XOBJECT) image = await stencil(arg, stored);
    if (isDecodedImage(image) && (!best || image.width * image.height > best.width * best.height)) best = image;
  }
  return best ? greyPng(toGrey(best), best.width, best.height) : null;
}

/**
 * A stencil mask as a 1-bit image: pdf.js hands over its bits with a set bit where nothing is painted (any
 * /Decode already applied), which is the 1-bit image's "set bit is white"; the fill painted through it is
 * taken as ink, as a fax's is.
 */
async function stencil(arg: unknown, stored: (name: string) => Promise<unknown>): Promise<DecodedImage | null> {
  if (typeof arg !== 'object' || arg === null || !('width' in arg) || !('height' in arg) || !('data' in arg)) return null;
  const { width, height, data } = arg as { width: unknown; height: unknown; data: unknown };
  const bits = typeof data === 'string' ? ((await stored(data)) as { data?: unknown } | null)?.data : data;
  if (typeof width !== 'number' || typeof height !== 'number' || !(bits instanceof Uint8Array || bits instanceof Uint8ClampedArray))
    return null;
  return { width, height, kind: 1, data: bits };
}
