/**
 * Rights written without a modal verb ("is terminable by either party", "shall end at any time upon
 * notice"), nested lists of rights ("terminable (a) by the Licensor (i) ... (ii) ...; (b) by the
 * Licensee ..."), and lists of grounds whose every item counts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/contract/analyze.ts';

const agreement = (body: string) =>
  analyzeText(
    `TRADEMARK LICENSE AGREEMENT\n\nThis Agreement is made on 12 February 2026 between Orrin Marks LLC ("Licensor") and Calloway Outfitters Inc. ("Licensee").\n\n${body}\n\n20. This Agreement is governed by the laws of the State of New York.`,
  );

const convenienceOf = (body: string) =>
  agreement(body)
    .provisions.filter((p) => p.type === 'termination-for-convenience')
    .map((p) => `${p.party}: ${p.notice?.amount} ${p.notice?.unit}`)
    .sort();

describe('rights written without a modal verb', () => {
  it('reads "is terminable by" with its holder and period', () => {
    expect(
      convenienceOf("9. This Agreement is terminable by the Licensee on forty-five (45) days' written notice to the Licensor."),
    ).toEqual(['Calloway Outfitters Inc.: 45 day']);
  });

  it('reads "shall end at any time upon notice" as a mutual right', () => {
    expect(convenienceOf("9. This Agreement shall end at any time upon ninety (90) days' written notice given by either party.")).toEqual([
      'either: 90 day',
    ]);
  });
});

describe('a nested list of rights', () => {
  it('gives each holder its own right, and leaves the limbs that need an event out', () => {
    const body =
      "9. This Agreement shall be terminable (a) by the Licensor (i) at any time in the event that the Licensor receives notice of a claim that the Licensed Mark infringes the rights of a third party or (ii) upon sixty (60) days' written notice by the Licensor to the Licensee, or (b) by the Licensee (i) at any time in the event the Licensor assigns this Agreement without consent or (ii) upon one hundred twenty (120) days' written notice by the Licensee to the Licensor.";
    expect(convenienceOf(body)).toEqual(['Calloway Outfitters Inc.: 120 day', 'Orrin Marks LLC: 60 day']);
  });
});

describe('a list of grounds for one right', () => {
  it('keeps the ground of every item', () => {
    const body =
      '9. The Licensor may terminate this Agreement immediately upon written notice if: (a) the Licensee becomes insolvent or makes an assignment for the benefit of creditors; or (b) the Licensee undergoes a change of control.';
    const immediate = agreement(body).provisions.filter((p) => p.type === 'immediate-termination');
    expect(immediate).toHaveLength(1);
    expect(immediate[0]?.grounds).toEqual(expect.arrayContaining(['insolvency', 'change-of-control']));
  });
});

describe('a denied right', () => {
  it('stays denied, with or without a right granted for other grounds', () => {
    expect(convenienceOf('9. Neither party may terminate this Agreement for convenience.')).toEqual([]);
    expect(
      convenienceOf(
        '9. Neither party may terminate this Agreement for convenience; either party may terminate it for material breach on thirty (30) days written notice if the breach is not cured.',
      ),
    ).toEqual([]);
  });
});

describe('limbs of a passive right joined by semicolons, each naming its agent', () => {
  const body =
    "9. This Agreement may be terminated: by either party upon ninety (90) days' written notice to the other party; by the Licensor immediately upon written notice if the Licensee becomes insolvent; or by the Licensee if the Licensor materially breaches this Agreement and fails to cure the breach within thirty (30) days after notice.";

  it('gives each limb its own holder, period and grounds', () => {
    const read = agreement(body).provisions.map((p) => `${p.type} ${p.party} ${p.notice?.amount ?? '-'} ${p.cure?.amount ?? '-'}`);
    expect(read).toEqual(
      expect.arrayContaining([
        'termination-for-convenience either 90 -',
        'immediate-termination Orrin Marks LLC 0 -',
        'termination-for-cause Calloway Outfitters Inc. - 30',
      ]),
    );
  });

  it('reads "by Licensor or Licensee" as either party', () => {
    expect(
      convenienceOf(
        "9. This Agreement shall be terminable by the Licensor at any time in the event of a claim that the Licensed Mark infringes; by Licensor or Licensee upon sixty (60) days' written notice to the other party; or by the Licensee at any time in the event the Licensor assigns this Agreement.",
      ),
    ).toEqual(['either: 60 day']);
  });
});

describe('a right stated as a notice period', () => {
  it('reads "can be terminated ... with a notice period of three months" and its alignment to a quarter end', () => {
    const convenience = agreement(
      '9. This Agreement can be terminated by either party with a notice period of three (3) months to the end of a calendar quarter.',
    ).provisions.filter((p) => p.type === 'termination-for-convenience');
    expect(convenience.map((p) => `${p.party}: ${p.notice?.amount} ${p.notice?.unit}, ends on a ${p.endsOn}`)).toEqual([
      'either: 3 month, ends on a quarter',
    ]);
  });

  it('names the holder of "may be terminated by the Licensee, for convenience, by ... notice"', () => {
    expect(
      convenienceOf("9. The Agreement may be terminated by the Licensee, for convenience, by thirty (30) days' written notice."),
    ).toEqual(['Calloway Outfitters Inc.: 30 day']);
  });
});

describe('a right to end an obligation rather than the agreement', () => {
  it('is not a right to terminate the agreement for convenience', () => {
    expect(
      convenienceOf(
        '2.5 The Licensor may terminate its obligations to supply a particular Product under this Agreement by giving written notice to the Licensee at least six (6) months before the effective date of such termination.',
      ),
    ).toEqual([]);
  });
});
