/**
 * One unmatched message: who sent it to whom, when (the sender's own time, as the letter will be judged by
 * it; for a forward, the original's, with who forwarded it), the agreements whose parties it names, and a choice of any other contract to file it under.
 */
import { useState } from 'preact/hooks';
import { formatMoment, zoneName } from '../dates.ts';
import { agreementName, type ContractChoice, forwardedText, sentText } from '../mail.ts';
import { href } from '../router.ts';
import type { UnmatchedMail } from '../types.ts';

export interface MailCardProps {
  message: UnmatchedMail;
  choices: ContractChoice[];
  /** True while this message is being filed: its buttons wait. */
  busy: boolean;
  onFile(contractId: string): void;
  onProblem(message: string): void;
}

/** The reader's zone, for when the service received the message (the sender's zone says nothing about that). */
const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function MailCard({ message, choices, busy, onFile, onProblem }: MailCardProps) {
  const headingId = `mail-${message.messageId}`;
  // A forward is listed by the original message, as it will be judged; the forwarder is shown beside it.
  const forwarded = forwardedText(message);
  return (
    <li class="card mail">
      <h2 id={headingId}>{message.subject?.trim() || 'No subject'}</h2>
      <dl class="facts">
        <dt>From</dt>
        <dd>{message.from ?? 'Not stated'}</dd>
        <dt>To</dt>
        <dd>{message.to.join(', ') || 'Not stated'}</dd>
        {message.cc.length > 0 && (
          <>
            <dt>Cc</dt>
            <dd>{message.cc.join(', ')}</dd>
          </>
        )}
        <dt>Sent</dt>
        <dd>{sentText(message)}</dd>
        {forwarded && (
          <>
            <dt>Forwarded by</dt>
            <dd>{forwarded}</dd>
          </>
        )}
        <dt>Received</dt>
        <dd>{message.receivedAt ? `${formatMoment(message.receivedAt, readerZone)}, ${zoneName(readerZone)}` : 'Not known'}</dd>
      </dl>
      <h3>Contracts whose parties it names</h3>
      {message.candidates.length === 0 ? (
        <p>The sender and recipients name the parties of none of your contracts.</p>
      ) : (
        <ul class="candidates">
          {message.candidates.map((candidate) => {
            const name = agreementName(candidate.parties, candidate.contractId);
            return (
              <li key={candidate.contractId}>
                <span>
                  <a href={href.contract(candidate.contractId)}>{name}</a> <span class="muted">(contract {candidate.contractId})</span>
                </span>
                <button type="button" disabled={busy} aria-describedby={headingId} onClick={() => onFile(candidate.contractId)}>
                  File as a letter of {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <OtherContract message={message} choices={choices} busy={busy} onFile={onFile} onProblem={onProblem} />
    </li>
  );
}

function OtherContract({ message, choices, busy, onFile, onProblem }: MailCardProps) {
  const [choice, setChoice] = useState('');
  if (choices.length === 0)
    return (
      <p>
        You have no contracts yet. <a href={href.upload()}>Upload the agreement</a> first, then file this message under it.
      </p>
    );
  return (
    <form
      class="review-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === '') onProblem('Choose a contract first.');
        else onFile(choice);
      }}
    >
      <label>
        {message.candidates.length === 0 ? 'File it under a contract' : 'Or file it under another contract'}
        <select value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value="">Choose a contract…</option>
          {choices.map((c) => (
            <option key={c.contractId} value={c.contractId}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="secondary" disabled={busy}>
        File as a letter of the chosen contract
      </button>
    </form>
  );
}
