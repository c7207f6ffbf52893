/**
 * An HTTP proxy that breaks requests on purpose, one scripted fault per request: refuse it (503, never
 * forwarded), hang (never forwarded, never answered), or forward it and lose the answer (the upstream has
 * acted on it; the client's connection is cut before the answer arrives). Requests beyond the script pass.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyFault = 'pass' | 'refuse' | 'hang' | 'lose-answer';

export interface FaultProxy {
  endpoint: string;
  script: ProxyFault[];
  /** Requests seen: the fault each met and its body. */
  seen: Array<{ fault: ProxyFault; body: string }>;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const proxy: FaultProxy = { endpoint: '', script: [], seen: [], stop: async () => undefined };
  const server: Server = createServer((incoming, outgoing) => {
    const fault = proxy.script.shift() ?? 'pass';
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => proxy.seen.push({ fault, body: Buffer.concat(chunks).toString() }));
    if (fault === 'hang') return void incoming.resume();
    if (fault === 'refuse') {
      incoming.resume();
      incoming.on('end', () => {
        outgoing.writeHead(503, { 'content-type': 'text/xml' });
        outgoing.end('<ErrorResponse><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code></Error></ErrorResponse>');
      });
      return;
    }
    const forwarded = httpRequest(
      { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        if (fault === 'lose-answer') {
          answer.resume();
          answer.on('end', () => outgoing.socket?.destroy());
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.socket?.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}
