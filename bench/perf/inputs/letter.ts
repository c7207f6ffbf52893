/**
 * A notice letter for the benchmark contracts: ingesting an agreement re-judges the contract's letters,
 * so with one letter on file the timed ingest runs the whole path, verdict included.
 */
export const NOTICE_LETTER = `Acme Retail Group, Inc.
200 Market Street, New York, NY 10001

March 3, 2025

VIA EMAIL AND OVERNIGHT COURIER

Harbor Analytics, Inc.
Attn: General Counsel
1 Harbor Way, Seattle, WA 98101

Re: Notice of Non-Renewal - Master Services Agreement

Dear Counsel:

Pursuant to Section 3.2 of the Master Services Agreement between Harbor Analytics, Inc. ("Provider") and
Acme Retail Group, Inc. ("Customer"), Customer hereby gives written notice that it elects not to renew the
Agreement, which will therefore expire at the end of the current term.

Please direct any questions regarding the transition of our data to the undersigned.

Sincerely,

Jordan Lee
Vice President, Procurement
Acme Retail Group, Inc.
`;
