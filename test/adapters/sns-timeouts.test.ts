/**
 * A hung SNS connection must end in an error the alert job can handle, not hold the run until Lambda kills
 * it mid-claim. The SDK only logs a warning when its request timeout passes unless told to throw: this runs
 * the client options against a server that accepts connections and never answers.
 */
import { createServer, type Server } from 'node:net';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNS_REQUEST_HANDLER } from '../../lib/adapters/sns-client.ts';

let server: Server;
let endpoint: string;
beforeAll(async () => {
  server = createServer(() => undefined).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

describe('the SNS client options', () => {
  it('turn a request that never gets an answer into a TimeoutError', async () => {
    const client = new SNSClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
      // The project's options with a shorter timeout, so the test does not wait the real 10 s.
      requestHandler: { ...SNS_REQUEST_HANDLER, requestTimeout: 300 },
    });
    await expect(
      client.send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:alerts', Message: 'x' })),
    ).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    client.destroy();
  });

  it('set a connection and a request timeout', () => {
    expect(SNS_REQUEST_HANDLER.connectionTimeout).toBeGreaterThan(0);
    expect(SNS_REQUEST_HANDLER.requestTimeout).toBeGreaterThan(0);
  });
});
