import { describe, expect, it } from 'vitest';
import type { ExtractedText } from '../../lib/domain/types.ts';
import { analyzeLetter } from '../../lib/letter/analyze-letter.ts';

const letter = (text: string): ExtractedText => ({ text, pages: 1, pageStarts: [0], format: 'txt' });

const dated = (dateLine: string, sendingLine: string) =>
  analyzeLetter(
    letter(`Orrin Valley Water District
12 Basin Road
Grand Junction, CO 81501

${dateLine}

${sendingLine}

Talus Metering Solutions, Inc.
400 Pearl Street
Boulder, CO 80302

Re: Notice of Termination

Dear Ms. Okafor:

The District hereby terminates the Meter Services Agreement for convenience, effective April 30, 2024.

Sincerely,

Orrin Valley Water District
`),
  ).sent;

describe('the sending line outranks the date line', () => {
  it('a letter dated January 10 "Sent by certified mail, return receipt requested, on January 11, 2024" was given on the 11th', () => {
    expect(dated('January 10, 2024', 'Sent by certified mail, return receipt requested, on January 11, 2024')).toMatchObject({
      date: '2024-01-11',
      time: null,
    });
  });

  it('"Sent by email on March 3, 2026 at 4:45 p.m. Eastern Time" carries the time and zone', () => {
    expect(dated('March 2, 2026', 'Sent by email on March 3, 2026 at 4:45 p.m. Eastern Time')).toMatchObject({
      date: '2026-03-03',
      time: '16:45',
      zoneLabel: 'Eastern Time',
    });
  });

  it('"Sent by email at 3:40 p.m. Mountain Time" on a line of its own gives the dated day its time', () => {
    expect(dated('February 14, 2024', 'Sent by email at 3:40 p.m. Mountain Time')).toMatchObject({
      date: '2024-02-14',
      time: '15:40',
      zoneLabel: 'Mountain Time',
    });
  });

  it('"Transmitted via email on 5 March 2026 at 09:15 GMT" in day-first style', () => {
    expect(dated('4 March 2026', 'Transmitted via email on 5 March 2026 at 09:15 GMT')).toMatchObject({
      date: '2026-03-05',
      time: '09:15',
      zoneLabel: 'GMT',
    });
  });

  it('"Date sent: 6 March 2026" outranks the date at the head', () => {
    expect(dated('1 March 2026', 'Date sent: 6 March 2026')).toMatchObject({ date: '2026-03-06' });
  });

  it('a delivery line without a date or time leaves the date line in charge', () => {
    expect(dated('June 3, 2024', 'Sent via FedEx Priority Overnight')).toMatchObject({ date: '2024-06-03', time: null });
  });

  it('a "Sent:" email header still wins over a sentence in the body', () => {
    const sent = analyzeLetter(
      letter(`From: Ana Ruiz <ana@orrinvalley.example>
Sent: Tuesday, April 2, 2024 10:12 AM MDT
To: Grace Okafor <grace@talus.example>
Subject: Termination

Dear Ms. Okafor,

Sent by hand on April 5, 2024 is the original of this letter.

The District terminates the agreement effective May 3, 2024.

Regards,
Ana Ruiz
`),
    ).sent;
    expect(sent).toMatchObject({ date: '2024-04-02', time: '10:12' });
  });
});
