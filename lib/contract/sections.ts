/**
 * The outline of an agreement: where each section and sub-section begins, its full number
 * ("7.2(b)(ii)") and the nearest heading. Built in one linear pass; looked up by binary search.
 */
import { headingAfter } from './structure/headings.ts';
import { findMarkers, type Marker } from './structure/markers.ts';

export interface SectionRef {
  /** The most specific section number: "7.2(b)(ii)", "14.2", "6", "Article IV", "(a)"; null before the first section. */
  section: string | null;
  heading: string | null;
}

export interface OutlineEntry extends SectionRef {
  start: number;
}

export interface Outline {
  entries: OutlineEntry[];
  /** The most specific section containing `offset` (the last section that began at or before it). */
  sectionAt(offset: number): SectionRef;
}

type ParenStyle = 'lower' | 'roman' | 'upper' | 'upper-roman' | 'digit';
interface ParenLevel {
  style: ParenStyle;
  label: string;
  heading: string | null;
}

const ROMAN = /^[ivxl]+$/;
const UPPER_ROMAN = /^[IVXL]+$/;

/** "(i)" after "(h)" is a letter; otherwise a roman numeral. Same for (v)/(u) and (x)/(w). */
function styleOf(label: string, stack: ParenLevel[]): ParenStyle {
  if (/^\d+$/.test(label)) return 'digit';
  const isLower = label === label.toLowerCase();
  const letterLevel = stack.find((l) => l.style === (isLower ? 'lower' : 'upper'));
  const followsLetter =
    label.length === 1 &&
    letterLevel !== undefined &&
    letterLevel.label.length === 1 &&
    letterLevel.label.charCodeAt(0) + 1 === label.charCodeAt(0);
  if (isLower) return ROMAN.test(label) && !followsLetter ? 'roman' : 'lower';
  return UPPER_ROMAN.test(label) && !followsLetter ? 'upper-roman' : 'upper';
}

/** A numbered section nested in an article by its number ("4.1" in Article IV) keeps its own number. */
function sectionLabel(marker: Marker): string {
  return marker.kind === 'article' ? `Article ${marker.label}` : marker.label;
}

/**
 * Builds the outline of `text`.
 * @example buildOutline('7. Term.\n7.2 Renewal.\n(b) Notice. Either party ...').sectionAt(30) // { section: '7.2(b)', heading: 'Notice' }
 */
export function buildOutline(text: string): Outline {
  const entries: OutlineEntry[] = [];
  let numbered: { label: string; heading: string | null } | null = null;
  let parens: ParenLevel[] = [];
  const headings = new Map<string, string | null>();
  for (const marker of findMarkers(text)) {
    const heading = headingAfter(text, marker.end);
    if (marker.kind !== 'paren') {
      // A numbered section without its own heading ("5.2 In addition ...") takes its parent's ("5 Fees").
      const label = sectionLabel(marker);
      const parent = label.includes('.') ? label.slice(0, label.lastIndexOf('.')) : null;
      numbered = { label, heading: heading ?? (parent !== null ? (headings.get(parent) ?? null) : null) };
      headings.set(label, numbered.heading);
      parens = [];
      entries.push({ start: marker.start, section: numbered.label, heading: numbered.heading });
      continue;
    }
    const style = styleOf(marker.label, parens);
    const at = parens.findIndex((l) => l.style === style);
    parens = at >= 0 ? parens.slice(0, at) : parens;
    const inherited = parens.at(-1)?.heading ?? numbered?.heading ?? null;
    parens.push({ style, label: marker.label, heading: heading ?? inherited });
    const path = parens.map((l) => `(${l.label})`).join('');
    entries.push({ start: marker.start, section: `${numbered?.label ?? ''}${path}`, heading: heading ?? inherited });
  }
  return {
    entries,
    sectionAt(offset: number): SectionRef {
      let lo = 0;
      let hi = entries.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((entries[mid] as OutlineEntry).start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return { section: null, heading: null };
      const entry = entries[found] as OutlineEntry;
      return { section: entry.section, heading: entry.heading };
    },
  };
}
