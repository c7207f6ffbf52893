import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../lib/contract/sections.ts';

describe('buildOutline', () => {
  const text = [
    'ARTICLE IV',
    'TERM AND TERMINATION',
    '7. Term and Termination.   7.1 Term. The initial term of this Agreement commences as of the Effective Date.',
    '7.2 Termination.',
    '(a) Either party may terminate this Agreement upon thirty (30) days written notice.',
    '(b) Material Breach. If a party breaches:',
    '  (i) the breaching party has ten (10) days to cure;',
    '  (ii) otherwise the other party may terminate.',
    '(c) Survival. Sections 5 and 6 survive.',
    'Section 8. Notices. All notices shall be in writing.',
    '8.1  In addition, notices may be sent by email.',
  ].join('\n');
  const outline = buildOutline(text);
  const at = (needle: string) => outline.sectionAt(text.indexOf(needle));

  it('names an article with its heading on the next line', () => {
    expect(outline.sectionAt(3)).toEqual({ section: 'Article IV', heading: 'TERM AND TERMINATION' });
  });
  it('finds a section run into the same line after a run of spaces', () => {
    expect(at('The initial term')).toEqual({ section: '7.1', heading: 'Term' });
  });
  it('nests parenthesised items under the numbered section', () => {
    expect(at('upon thirty')).toEqual({ section: '7.2(a)', heading: 'Termination' });
    expect(at('ten (10) days to cure')).toEqual({ section: '7.2(b)(i)', heading: 'Material Breach' });
    expect(at('otherwise the other')).toEqual({ section: '7.2(b)(ii)', heading: 'Material Breach' });
    expect(at('Sections 5 and 6')).toEqual({ section: '7.2(c)', heading: 'Survival' });
  });
  it('reads "Section 8." and gives a sub-section without a heading its parent heading', () => {
    expect(at('All notices')).toEqual({ section: '8', heading: 'Notices' });
    expect(at('notices may be sent')).toEqual({ section: '8.1', heading: 'Notices' });
  });
  it('gives null before the first section', () => {
    expect(buildOutline('Preamble only. 7.2 is not at a line start').sectionAt(3)).toEqual({ section: null, heading: null });
  });
  it('treats (i) after (h) as a letter', () => {
    const list = '(g) one\n(h) two\n(i) three\n';
    expect(buildOutline(list).sectionAt(list.indexOf('three'))).toEqual({ section: '(i)', heading: null });
    expect(buildOutline(list).entries.map((e) => e.section)).toEqual(['(g)', '(h)', '(i)']);
  });
});
