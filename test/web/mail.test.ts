import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api.ts';
import { agreementName, contractChoices, filingFailure, forwardedText, inboundAddressFor, sentText } from '../../web/src/mail.ts';

describe("a contract's notices address comes from the deployment's pattern", () => {
  it('puts the contract id where the pattern says', () => {
    expect(inboundAddressFor('notices+{contractId}@inbound.localhost', 'c-1')).toBe('notices+c-1@inbound.localhost');
  });

  it('keeps a tenant part the pattern spells out', () => {
    expect(inboundAddressFor('notices+acme.{contractId}@mail.example.com', 'c.7')).toBe('notices+acme.c.7@mail.example.com');
  });

  it('is unknown when the deployment gives no pattern, or one without a place for the id', () => {
    expect(inboundAddressFor(null, 'c-1')).toBeNull();
    expect(inboundAddressFor(undefined, 'c-1')).toBeNull();
    expect(inboundAddressFor('notices@inbound.example.com', 'c-1')).toBeNull();
  });
});

describe('an agreement is named by its parties', () => {
  it('joins the parties with "and"', () => {
    expect(agreementName(['Stratoshelf Hosting, Inc.', 'Kestrel Analytics LLC'], 'c-1')).toBe(
      'Stratoshelf Hosting, Inc. and Kestrel Analytics LLC',
    );
  });

  it('falls back to the contract id while no party is known', () => {
    expect(agreementName([], 'c-1')).toBe('contract c-1');
  });
});

describe('the contracts a message can be filed under', () => {
  const party = (name: string) => ({ name, aliases: [] });

  it('are sorted by their parties, each with its id so two contracts of the same parties differ', () => {
    const choices = contractChoices([
      { contractId: 'c-2', parties: [party('Zeta Ltd'), party('Acme')] },
      { contractId: 'c-1', parties: [party('Beta Inc.')] },
      { contractId: 'c-3', parties: [party('Beta Inc.')] },
    ]);
    expect(choices).toEqual([
      { contractId: 'c-1', label: 'Beta Inc. (c-1)' },
      { contractId: 'c-3', label: 'Beta Inc. (c-3)' },
      { contractId: 'c-2', label: 'Zeta Ltd and Acme (c-2)' },
    ]);
  });

  it('include a contract whose agreement is not read yet', () => {
    expect(contractChoices([{ contractId: 'c-9', parties: [] }])).toEqual([{ contractId: 'c-9', label: 'Parties not yet known (c-9)' }]);
  });
});

describe('a failure to file a message is told in plain words', () => {
  it('a message filed meanwhile leaves the list', () => {
    const failure = filingFailure(new ApiError(404, 'NOT_FOUND', 'No unmatched message with this id'));
    expect(failure.messageGone).toBe(true);
    expect(failure.message).toMatch(/no longer waiting/);
  });

  it('a contract that is gone asks for another, and keeps the message', () => {
    expect(filingFailure(new ApiError(404, 'NOT_FOUND', 'Contract not found'))).toEqual({
      message: 'That contract no longer exists. Choose another one.',
      messageGone: false,
    });
  });

  it('a refused request never shows the field path or the code', () => {
    const failure = filingFailure(new ApiError(400, 'INVALID_INPUT', "body.contractId: must be 1-128 letters, digits, '_', '.' or '-'"));
    expect(failure.message).not.toMatch(/body\.|INVALID_INPUT/);
    expect(failure.messageGone).toBe(false);
  });

  it('a server error says to try again, without the status', () => {
    const failure = filingFailure(new ApiError(500, null, 'Internal error'));
    expect(failure.message).toMatch(/Try again/);
    expect(failure.message).not.toMatch(/500|Internal/);
  });

  it('an expired sign-in keeps the words the API client already chose', () => {
    const words = 'Your sign-in has expired. Reload the page to sign in again.';
    expect(filingFailure(new ApiError(401, null, words)).message).toBe(words);
  });

  it('something that is not an answer of the service still reads as words', () => {
    expect(filingFailure(new TypeError('x is undefined')).message).toBe('The message could not be filed. Try again.');
  });
});

describe('a forwarded message is shown by the original, with who forwarded it', () => {
  it('gives the original’s sent time in its sender’s offset', () => {
    expect(sentText({ date: '2024-03-04T16:20:03-08:00', forwarded: { by: 'Lucia <l@c.example>', at: null } })).toBe(
      "Mon, 4 Mar 2024, 16:20 (UTC−08:00), the sender's time",
    );
  });

  it('gives the original’s date as the forward printed it when it named no zone', () => {
    const message = { date: null, forwarded: { by: null, at: null, printedDate: 'Sat, Jan 9, 2021 at 6:07 PM' } };
    expect(sentText(message)).toBe('Sat, Jan 9, 2021 at 6:07 PM, as the forward shows it (no time zone given)');
    expect(sentText({ date: null })).toBe('The email gives no date');
  });

  it('names the forwarder and when they forwarded it, and nothing for a message that is not a forward', () => {
    expect(forwardedText({ forwarded: { by: 'Tomas <t@k.example>', at: '2021-01-11T09:31:40+01:00' } })).toBe(
      'Tomas <t@k.example>, on Mon, 11 Jan 2021, 09:31 (UTC+01:00)',
    );
    expect(forwardedText({})).toBeNull();
  });
});
