/**
 * An HTTP proxy in front of DynamoDB Local that counts the items each operation reads. It sits outside the
 * code under test, so the count holds whatever client, wrapper or repository the alert job uses.
 * Items read = ScannedCount for Query/Scan (what DynamoDB bills, before any filter), 1 for a GetItem that
 * found its item, and every item a BatchGetItem or TransactGetItems returned.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';

export interface ReadCounter {
  endpoint: string;
  itemsRead: number;
  /** Requests by operation name (Query, GetItem, BatchWriteItem, ...). */
  operations: Record<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

type Body = { Items?: unknown[]; ScannedCount?: number; Item?: unknown; Responses?: Record<string, unknown[]> | unknown[] };

function itemsIn(operation: string, body: Body): number {
  if (operation === 'Query' || operation === 'Scan') return body.ScannedCount ?? body.Items?.length ?? 0;
  if (operation === 'GetItem') return body.Item ? 1 : 0;
  if (operation === 'BatchGetItem' && body.Responses && !Array.isArray(body.Responses)) {
    return Object.values(body.Responses).reduce((sum, items) => sum + items.length, 0);
  }
  if (operation === 'TransactGetItems' && Array.isArray(body.Responses)) return body.Responses.length;
  return 0;
}

const readAll = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** @example const counter = await startReadCounter(db.endpoint); // point DYNAMODB_ENDPOINT at counter.endpoint */
export async function startReadCounter(target: string): Promise<ReadCounter> {
  const upstream = new URL(target);
  const counter: ReadCounter = {
    endpoint: '',
    itemsRead: 0,
    operations: {},
    reset() {
      counter.itemsRead = 0;
      counter.operations = {};
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
  const server: Server = createServer(async (incoming, outgoing) => {
    const body = await readAll(incoming);
    const operation =
      String(incoming.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? 'unknown';
    counter.operations[operation] = (counter.operations[operation] ?? 0) + 1;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: upstream.host },
      },
      async (answer) => {
        const payload = await readAll(answer);
        try {
          counter.itemsRead += itemsIn(operation, JSON.parse(payload.toString()) as Body);
        } catch {
          // Not JSON (an error page): nothing was read.
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        outgoing.end(payload);
      },
    );
    forward.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    forward.end(body);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  counter.endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return counter;
}
