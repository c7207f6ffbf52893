/** Agreements that define "days" as business days count every plain-day period in business days. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';
import { definesDaysAsBusinessDays } from '../../lib/contract/provisions/day-definition.ts';

const agreement = (definition: string, right: string) =>
  analyzeText(
    `CONSULTING AGREEMENT\n\nThis Agreement is made as of June 1, 2026 between Redwood Advisory LLC ("Consultant") and Copperline Manufacturing Inc. ("Company").\n\n1. Definitions. ${definition}\n\n5. Termination. ${right}\n\n7. This Agreement is governed by the laws of the State of New York.`,
  );

describe('a definition of days as business days', () => {
  it.each([
    'In this Agreement, references to "days" are to Business Days.',
    '"Day" or "days" means a Business Day.',
    'All references to days in this Agreement shall mean business days.',
    'Unless otherwise specified, all references to "days" are to business days.',
  ])('%s', (definition) => {
    expect(definesDaysAsBusinessDays(definition)).toBe(true);
    const a = agreement(
      definition,
      "Either party may terminate this Agreement for any reason upon twenty (20) days' written notice to the other party.",
    );
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notice?.unit).toBe('business-day');
  });

  it('keeps a period the text calls calendar days', () => {
    const a = agreement(
      'References to "days" are to Business Days.',
      "Either party may terminate this Agreement for any reason upon thirty (30) calendar days' written notice to the other party.",
    );
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notice?.unit).toBe('day');
  });

  it('leaves days as calendar days without such a definition, or where days are defined as calendar days', () => {
    expect(definesDaysAsBusinessDays('"Business Day" means any day other than a Saturday or Sunday.')).toBe(false);
    expect(definesDaysAsBusinessDays('"Days" means calendar days.')).toBe(false);
    const a = agreement(
      '"Business Day" means any day on which banks in New York are open.',
      "Either party may terminate this Agreement upon twenty (20) days' written notice.",
    );
    expect(a.provisions.find((p) => p.type === 'termination-for-convenience')?.notice?.unit).toBe('day');
  });
});
