/**
 * The SNS client retries a publish only when SNS surely refused it: a throttled publish is retried, a
 * server error or a lost answer is not (a retry after SNS accepted it would be a second delivery).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { throttlingOnlyRetry } from '../../lib/adapters/publish-retry.ts';

type Answer = 'throttle' | 'server-error' | 'cut' | 'ok';
let server: Server;
let endpoint: string;
let answers: Answer[] = [];
let requests = 0;

const OK =
  '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>';
const error = (type: string, code: string) =>
  `<ErrorResponse><Error><Type>${type}</Type><Code>${code}</Code><Message>${code}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests += 1;
      const answer = answers.shift() ?? 'ok';
      if (answer === 'cut') return void response.socket?.destroy();
      if (answer === 'throttle') return void response.writeHead(400, { 'content-type': 'text/xml' }).end(error('Sender', 'Throttling'));
      if (answer === 'server-error')
        return void response.writeHead(500, { 'content-type': 'text/xml' }).end(error('Receiver', 'InternalError'));
      response.writeHead(200, { 'content-type': 'text/xml' }).end(OK);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  requests = 0;
  answers = [];
});

const publish = () => {
  const client = new SNSClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    retryStrategy: throttlingOnlyRetry,
  });
  return client
    .send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:alerts', Message: 'x' }))
    .finally(() => client.destroy());
};

describe('throttlingOnlyRetry', () => {
  it('retries a throttled publish', async () => {
    answers = ['throttle', 'throttle', 'ok'];
    await expect(publish()).resolves.toMatchObject({ MessageId: 'm-1' });
    expect(requests).toBe(3);
  });

  it('gives up after two retries of throttling', async () => {
    answers = ['throttle', 'throttle', 'throttle', 'ok'];
    await expect(publish()).rejects.toMatchObject({ name: 'Throttling' });
    expect(requests).toBe(3);
  });

  it('never retries a server error, which SNS may have acted on', async () => {
    answers = ['server-error', 'ok'];
    await expect(publish()).rejects.toMatchObject({ name: 'InternalErrorException' });
    expect(requests).toBe(1);
  });

  it('never retries when the answer is lost', async () => {
    answers = ['cut', 'ok'];
    await expect(publish()).rejects.toThrow();
    expect(requests).toBe(1);
  });
});
