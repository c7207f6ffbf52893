/**
 * Sections a letter cites ("Section 7.2(b)", "Sections 4.1 and 4.3", "§ 14.2", "§§ 3 and 4", "Clause 12.1"),
 * normalised to the agreement's numbering ("7.2(b)", "14.2").
 */

const SECTION_NUMBER = '(\\d+(?:\\.\\d+)*(?:\\s?\\([a-z0-9ivx]+\\))*|[IVXLC]+\\b(?:\\.\\d+)*)';
const CITATION = new RegExp(
  `(?:\\bsections?|\\bsec(?:s)?\\.|\\bclauses?|\\barticles?|\\bparagraphs?|§§?)\\s*${SECTION_NUMBER}((?:\\s*(?:,|and|or|&|through|to)\\s*${SECTION_NUMBER})*)`,
  'gi',
);
const FOLLOWING = new RegExp(SECTION_NUMBER, 'gi');

const normalise = (value: string): string => value.replace(/\s+/g, '').replace(/\.$/, '');

/**
 * Every section cited in `text`, in order, without duplicates.
 * @example readSectionsCited('pursuant to Sections 5.1 and 12.4(a) of the Agreement') // ['5.1', '12.4(a)']
 */
export function readSectionsCited(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CITATION)) {
    if (m[1]) out.push(normalise(m[1]));
    for (const more of (m[2] ?? '').matchAll(FOLLOWING)) if (more[1]) out.push(normalise(more[1]));
  }
  return [...new Set(out)];
}
