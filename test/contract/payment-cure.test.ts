/** A late payment's cure is often written as the payment "not made within" a period after notice. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';

const cures = (clause: string) =>
  analyzeText(
    `SUPPLY AGREEMENT\n\nThis Agreement is made on 4 May 2026 between Harrowgate Mills Inc. ("Seller") and Olvera Foods LLC ("Buyer").\n\n11.3 ${clause}\n\n20. This Agreement is governed by the laws of the State of Ohio.`,
  )
    .provisions.filter((p) => p.type === 'termination-for-cause' && p.cure)
    .map((p) => `${p.cure?.amount} ${p.cure?.unit}`)
    .sort();

describe('a payment not made within a period after notice is a cure period', () => {
  it.each([
    [
      'If Buyer fails to pay an invoice when due, Seller may terminate this Agreement if the payment is not made within fifteen (15) days after Buyer has received written notice of the failure.',
      ['15 day'],
    ],
    [
      'Either party may terminate this Agreement (a) if a payment has not been made within ten (10) days following written notice of non-payment, or (b) if a material breach is not cured within forty-five (45) days after written notice describing it in reasonable detail.',
      ['10 day', '45 day'],
    ],
    [
      'If either party (a) fails to pay any sum due under this Agreement when it falls due for payment, or (b) fails to perform any other obligation under this Agreement, the other party may terminate this Agreement by written notice: in the case of (a), where the sum has not been paid within seven (7) days after the defaulting party receives written notice demanding it, and in the case of (b), where the failure has not been cured within twenty-one (21) days after the defaulting party receives written notice describing it.',
      ['21 day', '7 day'],
    ],
  ])('%s', (clause, expected) => {
    expect(cures(clause)).toEqual(expected);
  });

  it('a payment term alone ("invoices shall be paid within 30 days") is not a cure period', () => {
    expect(cures('Invoices shall be paid within thirty (30) days after receipt of an invoice.')).toEqual([]);
  });
});
