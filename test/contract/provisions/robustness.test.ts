import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareContext, findProvisions } from '../../../lib/contract/provisions/index.ts';

const contractWord = fc.constantFrom(
  'Either',
  'party',
  'may',
  'terminate',
  'this',
  'Agreement',
  'upon',
  'thirty',
  '(30)',
  'days',
  "days'",
  'prior',
  'written',
  'notice',
  'unless',
  'renew',
  'automatically',
  'if',
  'breach',
  'cure',
  'within',
  '(a)',
  '(ii)',
  ':',
  ';',
  '.',
  'Inc.',
  '7.2',
  '[***]',
  'suspend',
  'email',
  'deemed',
  'received',
  'when',
  'sent',
  '\n\n',
  'until',
  'terminated',
  'by',
);

describe('findProvisions on arbitrary text', () => {
  it('never throws on any string and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        return findProvisions(text, bareContext()).every(
          (p) => p.start >= 0 && p.end <= text.length && text.slice(p.start, p.end) === p.text,
        );
      }),
    );
  });

  it('never throws on clause-like text and always quotes exactly', () => {
    fc.assert(
      fc.property(fc.array(contractWord, { maxLength: 120 }), (words) => {
        const text = words.join(' ');
        return findProvisions(text, bareContext()).every((p) => text.slice(p.start, p.end) === p.text);
      }),
    );
  });

  it('never throws with party names full of pattern characters', () => {
    const parties = [{ name: 'A.B. (US) Inc.+', aliases: ['[Provider]', '*', 'we'], role: 'provider?' }];
    fc.assert(
      fc.property(fc.array(contractWord, { maxLength: 60 }), (words) => {
        const text = `A.B. (US) Inc.+ ${words.join(' ')}`;
        return Array.isArray(findProvisions(text, bareContext(parties)));
      }),
    );
  });

  it('handles a long text without sentence ends', () => {
    const text = `${'notice '.repeat(20_000)}either party may terminate upon thirty (30) days notice`;
    expect(() => findProvisions(text, bareContext())).not.toThrow();
  });
});
