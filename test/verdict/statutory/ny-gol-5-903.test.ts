import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/contract/analyze.ts';
import type { AgreementAnalysis, LetterAnalysis } from '../../../lib/domain/types.ts';
import { agreementDeadlines } from '../../../lib/verdict/agreement-deadlines.ts';
import { judgeLetter } from '../../../lib/verdict/judge.ts';
import { statutoryFlags } from '../../../lib/verdict/statutory/index.ts';
import { NY_MAINTENANCE } from './fixtures.ts';

const nyMaintenance = analyzeText(NY_MAINTENANCE);
const deadlines = (a: AgreementAnalysis) => agreementDeadlines(a, { now: '2025-06-01T12:00:00Z', defaultZone: 'UTC' });
const reminders = (a: AgreementAnalysis) => deadlines(a).filter((d) => d.kind === 'statutory-reminder');

describe('N.Y. Gen. Oblig. Law § 5-903: the provider’s reminder of an automatic renewal', () => {
  it('flags a New York maintenance agreement that renews automatically, citing the statute, as a flag and not advice', () => {
    const [flag, ...rest] = statutoryFlags(nyMaintenance);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ statute: 'ny-gol-5-903', authority: 'N.Y. Gen. Oblig. Law § 5-903', section: '2' });
    expect(flag?.text).toMatch(/served personally or by certified mail, at least 15 and not more than 30 days before/);
    expect(flag?.text).toMatch(/Hudson Lift Services, Inc\. gave the customer written notice/);
    expect(flag?.text).toMatch(/This is a flag, not legal advice\.$/);
  });

  it('adds the provider’s reminder window, 30 to 15 days before each non-renewal deadline', () => {
    const list = deadlines(nyMaintenance);
    const notice = list.filter((d) => d.kind === 'non-renewal-notice').map((d) => d.date);
    expect(notice).toEqual(['2025-12-30', '2026-12-30']);
    expect(reminders(nyMaintenance)).toEqual([
      expect.objectContaining({
        windowStart: '2025-11-30',
        date: '2025-12-15',
        party: 'Hudson Lift Services, Inc.',
        authority: 'N.Y. Gen. Oblig. Law § 5-903',
        zone: 'America/New_York',
        section: '2',
      }),
      expect.objectContaining({ windowStart: '2026-11-30', date: '2026-12-15' }),
    ]);
  });

  it('the window follows the earliest reading of the customer’s deadline for its last day', () => {
    const [first] = reminders({
      ...nyMaintenance,
      term: { ...nyMaintenance.term, expirationAlternatives: [{ date: '2026-03-01', reason: 'the anniversary' }] },
    });
    // The customer's deadline reads 2025-12-30 or 2025-12-31: remind no later than 15 days before the earlier,
    // and no earlier than 30 days before the later.
    expect(first).toMatchObject({ windowStart: '2025-12-01', date: '2025-12-15' });
  });

  it.each([
    { name: 'governed by California law', edit: (t: string) => t.replace('State of New York.', 'State of California.') },
    { name: 'renewing month to month (§ 5-903(3))', edit: (t: string) => t.replace('one (1) year each', 'one (1) month each') },
    {
      name: 'not for service, maintenance or repair',
      edit: (t: string) =>
        t
          .replace('ELEVATOR MAINTENANCE AGREEMENT', 'EQUIPMENT LEASE')
          .replace('Elevator Maintenance Agreement', 'Equipment Lease')
          .replace('shall provide preventive maintenance, inspection and repair services for', 'leases to Owner'),
    },
    {
      name: 'renewing only by the parties’ agreement',
      edit: (t: string) =>
        t.replace(
          'Thereafter this Agreement shall automatically renew for successive terms of one (1) year each unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the expiration of the then-current term.',
          'The parties may renew this Agreement by mutual written agreement.',
        ),
    },
  ])('raises no flag and no reminder when $name', ({ edit }) => {
    const a = analyzeText(edit(NY_MAINTENANCE));
    expect(statutoryFlags(a)).toEqual([]);
    expect(reminders(a)).toEqual([]);
  });

  it('a late notice of non-renewal carries the flag: the renewal may not bind the customer', () => {
    const letter: LetterAnalysis = {
      senderText: 'Garnet Street Owners Corp.',
      recipientText: 'Hudson Lift Services, Inc.',
      sent: { date: '2026-01-12', time: '10:00', zoneLabel: null, text: 'January 12, 2026', start: 0, end: 0 },
      deliveryMethod: 'email',
      action: 'non-renewal',
      effective: { kind: 'end-of-term' },
      sectionsCited: ['2'],
      grounds: [],
      curePeriod: null,
      problems: [],
    };
    const v = judgeLetter(nyMaintenance, letter, { defaultZone: 'UTC' });
    expect(v.status).toBe('NON_COMPLIANT');
    expect(v.statutoryFlags?.map((f) => f.statute)).toEqual(['ny-gol-5-903']);
    expect(v.explanation.at(-1)).toMatch(/N\.Y\. Gen\. Oblig\. Law § 5-903/);
  });

  it('the API document accepts the reminder deadline', async () => {
    const doc = (await SwaggerParser.dereference(fileURLToPath(new URL('../../../docs/openapi.yaml', import.meta.url)))) as unknown as {
      components: { schemas: Record<string, object> };
    };
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(doc.components.schemas.Deadline as object);
    for (const d of reminders(nyMaintenance)) expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...reminders(nyMaintenance)[0], kind: 'reminder' })).toBe(false);
  });
});
