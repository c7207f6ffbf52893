import { describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../../lib/contract/term.ts';
import { labelledDates, signatureDates } from '../../../lib/contract/term/signature-dates.ts';

const place = { sectionAt: () => ({ section: null, heading: null }), pageAt: () => 1 };
const termOf = (text: string) => analyzeTerm(text, place).term;
const filler = 'The parties agree as follows. '.repeat(40);

describe('agreement and effective dates', () => {
  it('never takes the EDGAR filing date on a "Source:" line', () => {
    const text =
      'Source: VIRTUOSO SURGICAL, INC., 1-A, 12/27/2019\n\n1\n\nMay 3, 2016 NON-EXCLUSIVE LICENSE AGREEMENT- FOR SALES This Non-Exclusive License Agreement is entered into by and between The Johns Hopkins University and Virtuoso Surgical, Inc.';
    expect(termOf(text).agreementDate).toBe('2016-05-03');
  });

  it('takes "entered into as of" over an earlier filing line', () => {
    const text =
      'Source: ZOGENIX, INC., 10-Q, 5/9/2019\n\nThis DISTRIBUTORSHIP AGREEMENT ("Agreement") is entered into as of March 18, 2019 (the "Effective Date") by and between ZOGENIX, INC. and Distributor.';
    expect(termOf(text)).toMatchObject({ agreementDate: '2019-03-18', effectiveDate: '2019-03-18' });
  });

  it('dates the agreement by the later signature when the effective date is "the later of the dates shown by the signatures"', () => {
    const text =
      `${filler}11.16 Effective Date. The Effective Date of this Agreement shall be the later of the dates shown by the signatures below.\n\n` +
      'IN WITNESS WHEREOF. the Parties have caused this Agreement to be executed below.\n\nBy: /s/ Markus Frick By: /s/ Steven P. Raack Title: Director Title: CEO    Date: 3-14-18 Date: 3-7-18';
    expect(termOf(text)).toMatchObject({ agreementDate: '2018-03-14', effectiveDate: '2018-03-14' });
  });

  it('reads "entered into as of the date last written below" from the signature dates', () => {
    const text =
      'This Agreement between Distributor and Cisco is entered into as of the date last written below ("the Effective Date").\n\n' +
      'Name: Frank A. Calderon Title: VP Merchandising\n\nDate: 1/19/07 Date: January 22, 2007';
    expect(termOf(text)).toMatchObject({ agreementDate: '2007-01-22', effectiveDate: '2007-01-22' });
  });

  it('prefers the signature date to a top date that is only labelled "Effective Date"', () => {
    const text =
      'DISTRIBUTOR AGREEMENT BETWEEN INGRAM MICRO AND NETGEAR\n\nNETGEAR Agreement Number: N115     Effective Date: March 1, 1996     Term: 1 Year\n\n' +
      'Title: Vice President     Title: General Manager\n\nDate: October 16, 1996                   Date:  November 5, 1996\n\n1. APPOINTMENT';
    expect(termOf(text)).toMatchObject({ agreementDate: '1996-11-05', effectiveDate: '1996-03-01' });
  });

  it('reads an effective date written as a table label without a colon', () => {
    const text =
      'General Terms\n\nTrade Date:                       27 April 2006\n\nEffective Date                    01 April 2006\n\nTermination Date:                  1 April 2009\n';
    expect(termOf(text)).toMatchObject({ agreementDate: '2006-04-27', effectiveDate: '2006-04-01', expirationDate: '2009-04-01' });
  });

  it('reads "EFFECTIVE DATE shall mean the Date of Installation ..., i.e. December 10, 1993"', () => {
    const text =
      'This Agreement is made this 31 January, 1994.\n\nEFFECTIVE DATE shall mean the Date of Installation of the PSS in Kuwait, i.e. December 10, 1993.';
    expect(termOf(text)).toMatchObject({ agreementDate: '1994-01-31', effectiveDate: '1993-12-10' });
  });

  it('does not date the agreement by another agreement "dated as of" in the recitals', () => {
    const text =
      'This Co-Branding Agreement is between Netscape and NAI ("Co-Host"). The Effective Date of this Agreement (herein called the "Effective Date") is September 21, 1998. ' +
      'Netscape and NAI are parties to an Electronic Software Distribution Agreement, dated as of September 1, 1997 regarding the electronic distribution of software.';
    expect(termOf(text)).toMatchObject({ agreementDate: '1998-09-21', effectiveDate: '1998-09-21' });
  });

  it('reads a signing place and date after IN WITNESS WHEREOF ("Rome/Houston, 2 April 2020")', () => {
    const text = `${filler}IN WITNESS WHEREOF, Parties have severally subscribed to these articles.\n\nRome/Houston, 2 April 2020 Kiromic Biopharma Inc. Molipharma s.r.l.`;
    expect(termOf(text).agreementDate).toBe('2020-04-02');
  });

  it('reads "Signed and effective this 25th day of May, 1999." at the end without IN WITNESS WHEREOF', () => {
    const text = `${filler}Signed and effective this 25th day of May, 1999.\n\nAGENCY\n\nBy: /s/ Terrence L. Walsh`;
    expect(termOf(text)).toMatchObject({ agreementDate: '1999-05-25', effectiveDate: '1999-05-25' });
  });
});

describe('labelledDates', () => {
  it.each([
    ['Effective Date: March 1, 1996', 'effective'],
    ['Termination Date:   1 April 2009', 'expiration'],
    ['Trade Date:    27 April 2006', 'agreement'],
    ['Title: CEO    Date: 3-14-18', 'signature'],
    ['Supersedes Appendix Dated: November 01, 2015', 'other'],
  ])('%s → %s', (text, label) => {
    expect(labelledDates(text)[0]?.label).toBe(label);
  });

  it('ignores words that end in "date" ("Update: 3/1/2019")', () => {
    expect(labelledDates('Update: 3/1/2019')).toEqual([]);
  });
});

describe('signatureDates', () => {
  it('takes only dates with a signing cue from the block after IN WITNESS WHEREOF', () => {
    const text =
      'IN WITNESS WHEREOF the parties have executed this Agreement in two originals as of May 20, 1992.\n\nEXHIBIT A  13,370 MMBtu/d 10/31/2012';
    expect(signatureDates(text, []).map((d) => d.iso)).toEqual(['1992-05-20']);
  });
});

describe('labels without the word "Date"', () => {
  it('reads "Contract  start:" and "Contract  end:" with padded spaces as the effective and expiration dates', () => {
    const text =
      'This letter Agreement is made between Licensor and Licensee.\n\n2    TERMS\n\n     2.1  Contract  start:  04-01-06\n\n     2.2  Contract  end:  04-01-08\n';
    expect(labelledDates(text).map((d) => [d.label, d.iso])).toEqual([
      ['effective', '2006-04-01'],
      ['expiration', '2008-04-01'],
    ]);
  });
});

describe('agreement date from "is effective"', () => {
  it('dates the agreement by "This Agreement is effective March 1, 2019" rather than a later signature', () => {
    const text =
      'This Services Agreement is effective March 1, 2019 between Alpha Inc. ("Provider") and Beta LLC ("Customer").\n\n' +
      'IN WITNESS WHEREOF the parties have signed this Agreement.\n\nDate: March 12, 2019';
    expect(termOf(text)).toMatchObject({ agreementDate: '2019-03-01', effectiveDate: '2019-03-01' });
  });
});
