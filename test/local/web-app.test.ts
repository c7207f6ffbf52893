import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_INBOUND_ADDRESS } from '../../lib/local/smtp-inbox.ts';
import { type WebAppOptions, webApp } from '../../lib/local/web-app.ts';

let server: Server | null = null;
afterEach(async () => {
  await new Promise((done) => server?.close(done) ?? done(undefined));
  server = null;
});

/** The web app's handler on a free loopback port, as the local HTTP API mounts it. */
async function serve(options: Partial<WebAppOptions>): Promise<string> {
  const handle = webApp({
    distDir: '/nonexistent',
    s3Endpoint: 'http://127.0.0.1:1',
    issuer: 'http://issuer.local',
    token: () => 't',
    ...options,
  });
  server = createServer((request, response) => {
    handle(request, response).then(
      (answered) => answered || response.writeHead(404).end(),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

describe("the local web app's config.json", () => {
  it("tells the page each contract's notices address, for the unmatched-mail page", async () => {
    const base = await serve({ inboundAddress: LOCAL_INBOUND_ADDRESS });
    const config = (await (await fetch(`${base}/config.json`)).json()) as { inboundAddress: string; apiUrl: string };
    expect(config.inboundAddress).toBe('notices+{contractId}@inbound.localhost');
    expect(config.apiUrl).toBe(base);
  });

  it('says nothing of an address when none is given', async () => {
    const base = await serve({});
    const config = (await (await fetch(`${base}/config.json`)).json()) as { inboundAddress: string | null };
    expect(config.inboundAddress).toBeNull();
  });
});
