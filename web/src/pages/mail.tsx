/**
 * Unmatched mail: notices emailed to the service whose address named none of the tenant's contracts. Each
 * waits here, with the agreements whose parties it names, until a person files it under a contract; it is
 * then that contract's letter and is judged like an upload.
 */
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { ErrorMessage, Show } from '../components/common.tsx';
import { Layout } from '../components/layout.tsx';
import { MailCard } from '../components/mail-card.tsx';
import { UnmatchedCountContext } from '../components/unmatched-count.tsx';
import { useLoad } from '../load.ts';
import { agreementName, type ContractChoice, contractChoices, filingFailure, inboundAddressFor } from '../mail.ts';
import { href, type Route } from '../router.ts';
import type { ContractSummary, UnmatchedMail } from '../types.ts';

export function MailPage({ api, route, inboundAddress }: { api: Api; route: Route; inboundAddress: string | null }) {
  const [loaded] = useLoad(() => Promise.all([api.unmatchedMail(), api.contracts()]), []);
  return (
    <Layout route={route} title="Unmatched mail">
      <p>
        Notices emailed to the service whose address names none of your contracts wait here. File each one under the right contract: it then
        becomes a letter of that contract and is judged like an uploaded letter.
      </p>
      <Show loaded={loaded}>
        {([messages, contracts]) => <MailList api={api} initial={messages} contracts={contracts} inboundAddress={inboundAddress} />}
      </Show>
    </Layout>
  );
}

interface Filed {
  subject: string | null;
  contractId: string;
  name: string;
}

function MailList(props: { api: Api; initial: UnmatchedMail[]; contracts: ContractSummary[]; inboundAddress: string | null }) {
  const { api, contracts } = props;
  const [messages, setMessages] = useState(props.initial);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const choices: ContractChoice[] = contractChoices(contracts);
  const notice = useRef<HTMLDivElement>(null);
  const waiting = useContext(UnmatchedCountContext);
  useEffect(() => waiting.set(messages.length), [messages.length]);
  // The card whose button was pressed is gone: focus goes to what happened, not to the top of the page.
  useEffect(() => {
    if (filed || problem) notice.current?.focus();
  }, [filed, problem]);

  const drop = (messageId: string) => setMessages((all) => all.filter((m) => m.messageId !== messageId));
  const file = async (message: UnmatchedMail, contractId: string) => {
    setProblem(null);
    setFiled(null);
    setBusy(message.messageId);
    try {
      const done = await api.assignMail(message.messageId, contractId);
      const contract = contracts.find((c) => c.contractId === done.contractId);
      const parties =
        message.candidates.find((c) => c.contractId === done.contractId)?.parties ?? contract?.parties.map((p) => p.name) ?? [];
      setFiled({ subject: message.subject, contractId: done.contractId, name: agreementName(parties, done.contractId) });
      drop(message.messageId);
    } catch (failure) {
      const { message: words, messageGone } = filingFailure(failure);
      setProblem(words);
      if (messageGone) drop(message.messageId);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div ref={notice} tabIndex={-1} class="mail-outcome">
        <div role="status">
          {filed && (
            <p class="filed">
              Filed “{filed.subject?.trim() || 'No subject'}” as a letter of {filed.name}.{' '}
              <a href={href.contract(filed.contractId)}>Open the contract</a>: the letter and its verdict appear there once it has been
              read.
            </p>
          )}
        </div>
        {problem && <ErrorMessage message={problem} />}
      </div>
      {messages.length === 0 ? (
        <NothingWaiting inboundAddress={props.inboundAddress} example={contracts[0] ?? null} />
      ) : (
        <ul class="cards">
          {messages.map((message) => (
            <MailCard
              key={message.messageId}
              message={message}
              choices={choices}
              busy={busy === message.messageId}
              onFile={(contractId) => file(message, contractId)}
              onProblem={(words) => {
                setFiled(null);
                setProblem(words);
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function NothingWaiting({ inboundAddress, example }: { inboundAddress: string | null; example: ContractSummary | null }) {
  const pattern = inboundAddressFor(inboundAddress, '<contract id>');
  const address = example ? inboundAddressFor(inboundAddress, example.contractId) : null;
  const exampleName = example
    ? agreementName(
        example.parties.map((p) => p.name),
        example.contractId,
      )
    : '';
  return (
    <div class="card">
      <h2>No mail is waiting</h2>
      <p>
        Each contract has its own address for notices:{' '}
        {pattern ? (
          <code>{pattern}</code>
        ) : (
          "the word notices, a plus sign and the contract's id, at your organisation's inbound mail domain"
        )}
        .
        {address && (
          <>
            {' '}
            For example, notices for {exampleName} go to <code>{address}</code>.
          </>
        )}{' '}
        An email sent there is filed as a letter of that contract and judged without anyone doing anything.
      </p>
      <p>
        An email whose address names none of your contracts (sent to the plain notices address, or with a contract id that does not exist)
        is kept here instead, for someone to file under the right contract.
      </p>
    </div>
  );
}
