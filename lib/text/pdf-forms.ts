import type { Line } from './pdf-lines.ts';

/** The fields of a pdf.js annotation this module reads. */
export interface PdfAnnotation {
  annotationType?: number;
  subtype?: string;
  fieldType?: string;
  fieldValue?: unknown;
  rect?: number[];
  contentsObj?: { str?: string };
  contents?: string;
}

/**
 * Typed values that are not in the page's text layer: filled-in text and choice fields (a date or a notice
 * address typed into a form) and free-text annotations (the typewriter tool used to fill flat forms). Sticky
 * notes and other comments are a reader's remarks, not the document, and are left out.
 */
function typedValue(annotation: PdfAnnotation): string | null {
  if (annotation.subtype === 'Widget' && (annotation.fieldType === 'Tx' || annotation.fieldType === 'Ch')) {
    const value = Array.isArray(annotation.fieldValue) ? annotation.fieldValue.join(', ') : annotation.fieldValue;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }
  if (annotation.subtype === 'FreeText') {
    const value = annotation.contentsObj?.str ?? annotation.contents ?? '';
    return value.trim() !== '' ? value.trim() : null;
  }
  return null;
}

/**
 * Places form-field values and free-text annotations among the page's lines: on the printed line they sit on
 * (after the label "Effective Date:"), else as a line of their own at their height.
 * @example withTypedValues(lines, [{ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'July 1, 2025', rect: [200, 700, 320, 714] }])
 * // the "Effective Date:" line now reads "Effective Date: July 1, 2025"
 */
export function withTypedValues(lines: readonly Line[], annotations: readonly PdfAnnotation[]): Line[] {
  const result = lines.map((line) => ({ ...line }));
  for (const annotation of annotations) {
    const value = typedValue(annotation);
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = annotation.rect ?? [];
    if (value === null) continue;
    const top = Math.max(y1, y2);
    const bottom = Math.min(y1, y2);
    const size = Math.max(Math.min(top - bottom, 14), 6);
    const sameLine = result.find((line) => line.y >= bottom - size * 0.5 && line.y <= top);
    const text = value.replace(/\s*\n\s*/g, ' ');
    if (sameLine) {
      if (x1 >= sameLine.xEnd - 1) {
        sameLine.text = `${sameLine.text.trimEnd()} ${text}`;
        sameLine.xEnd = Math.max(sameLine.xEnd, x2);
      } else {
        sameLine.text = `${text} ${sameLine.text.trimStart()}`;
        sameLine.xStart = Math.min(sameLine.xStart, x1);
      }
      continue;
    }
    const line: Line = { text, y: bottom + size * 0.2, size, xStart: x1, xEnd: x2 };
    const below = result.findIndex((other) => other.y < line.y);
    result.splice(below < 0 ? result.length : below, 0, line);
  }
  return result;
}
