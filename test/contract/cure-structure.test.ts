/**
 * Cure windows that the sentence's structure hides: limbs of a labelled sentence, the limbs of a ground's
 * definition ('"Cause" means ...'), and windows whose length is redacted.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/contract/analyze.ts';

const agreement = (body: string) =>
  analyzeText(
    `CONSULTING AGREEMENT\n\nThis Agreement is made on 2 March 2026 between Pellham Analytics Inc. ("Company") and Rosa Ibarra ("Consultant").\n\n${body}\n\n20. This Agreement is governed by the laws of the State of Delaware.`,
  );

const curesOf = (body: string) =>
  agreement(body)
    .provisions.filter((p) => p.cure)
    .map((p) => (p.cure?.amount === null ? 'redacted' : `${p.cure?.amount} ${p.cure?.unit}`))
    .sort();

describe('a labelled sentence whose limbs carry the cure windows', () => {
  it('reads each limb with the words that grant the right', () => {
    const body =
      '7.2 Termination. (b) Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach can be remedied, (i) fails to remedy a breach of a payment obligation within fifteen (15) days after receiving written notice of it, or (ii) fails to remedy any other breach within sixty (60) days after receiving written notice of it.';
    expect(curesOf(body)).toEqual(['15 day', '60 day']);
  });

  it('keeps a list that begins at the sentence start as one list', () => {
    const body =
      '(a) the Company may terminate this Agreement upon thirty (30) days written notice for any reason; (b) the Consultant may terminate this Agreement upon sixty (60) days written notice for any reason.';
    const periods = agreement(body)
      .provisions.filter((p) => p.type === 'termination-for-convenience')
      .map((p) => `${p.party}:${p.notice?.amount}`);
    expect(periods.sort()).toEqual(['Pellham Analytics Inc.:30', 'Rosa Ibarra:60']);
  });
});

describe('the definition of a termination ground states its cure windows', () => {
  const body = [
    '5.1 The Company may terminate this Agreement for Cause. The Consultant may terminate this Agreement for Good Reason.',
    "5.2 For the purposes of this Section 5, \"Cause\" means: (i) Breach. The Consultant's material breach of this Agreement, not cured after twenty (20) days' written notice from the Company. (ii) Misconduct. The Consultant's wilful misconduct.",
    '5.3 For the purposes of this Section 5, "Good Reason" means: (i) Breach. The Company\'s material breach of this Agreement which has not been cured within thirty (30) days after receipt of written notice describing it. (ii) Non-payment. The Company\'s failure to pay any fee when due, which failure persists for forty-five (45) days after written notice of the failure.',
  ].join('\n');

  it('reads a cure window from each limb of the definition', () => {
    expect(curesOf(body)).toEqual(['20 day', '30 day', '45 day']);
  });

  it('reads "for Good Reason" as a right for cause', () => {
    const goodReason = agreement(body).provisions.find((p) => /Good Reason\.$/.test(p.text));
    expect(goodReason?.party).toBe('Rosa Ibarra');
    expect(goodReason?.grounds).toContain('cause');
  });

  it('does not read a remedy in an ordinary definition as a cure window', () => {
    const ordinary =
      '1.4 "Service Credit" means: (i) Fault. A credit owed where a fault is not corrected within four (4) days after the Customer reports it.';
    expect(curesOf(ordinary)).toEqual([]);
  });
});

describe('a cure window whose length is redacted', () => {
  it.each([
    'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within [***] after it receives written notice of the breach.',
    'The breaching party shall have [Redacted - Commercially Sensitive] from the receipt of the notice to cure the breach. If it fails to cure the breach within such [***] period, the other party may terminate this Agreement by written notice.',
  ])('%s', (clause) => {
    expect(curesOf(`12.2 ${clause}`)).toContain('redacted');
  });

  it('a redacted amount of money is not a period', () => {
    expect(
      curesOf(
        '12.2 Either party may terminate this Agreement if the other party fails to pay the [***] fee and does not cure the failure within thirty (30) days after receiving written notice of it.',
      ),
    ).toEqual(['30 day']);
  });
});

describe('a limb that is only a notice, under a lead-in that lists grounds', () => {
  it('is a right for convenience, while the limbs with grounds stay for cause', () => {
    const body =
      '9.3 The Company shall have the right to terminate this Agreement if: (i) the Consultant is in material breach of this Agreement, which breach is not cured within ten (10) days of receipt of written notice; (ii) the Consultant becomes insolvent; or (iii) upon the Company giving the Consultant at least forty-five (45) days advance written notice of termination.';
    const provisions = agreement(body).provisions;
    expect(provisions.filter((p) => p.type === 'termination-for-convenience').map((p) => p.notice?.amount)).toEqual([45]);
    expect(provisions.filter((p) => p.cure).map((p) => p.cure?.amount)).toEqual([10]);
  });
});

describe('limbs written one per line, without enumerators', () => {
  const terms = (right: string) =>
    analyzeText(
      `MASTER SERVICES AGREEMENT\n\nThis Agreement is made on 1 June 2026 between Kestrel Data Ltd ("Supplier") and Norrow Retail plc ("Customer").\n\n${right}\n\n20. This Agreement is governed by the laws of England and Wales.`,
    ).provisions.map((p) => `${p.type} ${p.notice?.amount ?? '-'}/${p.cure?.amount ?? '-'}`);

  it('reads each line as its own limb with the lead-in', () => {
    const right = [
      '12.1 Either party may terminate this Agreement:',
      'on ninety (90) days written notice to the other party for any reason; or',
      'immediately by written notice if the other party becomes insolvent or enters into liquidation; or',
      'by written notice if the other party commits a material breach which is not remedied within thirty (30) days after receipt of notice requiring it to be remedied.',
    ].join('\n');
    expect(terms(right)).toEqual([
      'termination-for-convenience 90/-',
      'immediate-termination 0/-',
      'termination-for-cause -/30',
      'governing-law -/-',
    ]);
  });

  it('leaves a wrapped paragraph whole', () => {
    const right = [
      '12.1 Either party may terminate this Agreement:',
      'on ninety (90) days written notice to the other party for any reason, provided that the notice is',
      'given by courier; or immediately by written notice if the other party becomes insolvent.',
    ].join('\n');
    expect(terms(right)).toEqual(['termination-for-convenience 90/-', 'governing-law -/-']);
  });
});

describe('a window to take corrective action', () => {
  it('is a cure window of the right it conditions', () => {
    const body =
      '8.2 The Company may terminate this Agreement if the Consultant fails to meet the agreed service levels in two consecutive quarterly reviews and has failed to take corrective action within one hundred twenty (120) days of the second review.';
    expect(curesOf(body)).toEqual(['120 day']);
  });
});
