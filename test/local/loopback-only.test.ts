/**
 * DynamoDB Local and the S3/SNS emulator hold uploaded contracts: they must answer on 127.0.0.1 and be
 * unreachable through every other address of this machine.
 */
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../lib/local/dynamodb-local.ts';
import { type Emulator, startEmulator } from '../../lib/local/emulator.ts';

let db: DynamoDbLocal;
let emulator: Emulator;

beforeAll(async () => {
  [db, emulator] = await Promise.all([startDynamoDbLocal({}), startEmulator({})]);
}, 120_000);
afterAll(async () => {
  await Promise.allSettled([db?.stop(), emulator?.stop()]);
});

/** This machine's addresses other than loopback (IPv6 link-local ones need a zone id, which connect lacks). */
const otherAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && !entry.address.startsWith('fe80:'))
    .map((entry) => entry!.address);

/** 'open' when a TCP connection is accepted, else the error code (ECONNREFUSED when nothing listens). */
function probe(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      done('open');
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('ETIMEDOUT');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
  });
}

describe('the local services listen on loopback only', () => {
  it('both answer on 127.0.0.1', async () => {
    expect(await probe('127.0.0.1', db.port)).toBe('open');
    expect(await probe('127.0.0.1', emulator.port)).toBe('open');
  });

  it('neither is reachable through any other address of this machine', async () => {
    for (const address of otherAddresses()) {
      expect(await probe(address, db.port), `DynamoDB Local on ${address}`).not.toBe('open');
      expect(await probe(address, emulator.port), `emulator on ${address}`).not.toBe('open');
    }
  });

  it('a server started after the emulator may still listen on every interface (the override is scoped)', async () => {
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((done) => server.listen({ port: 0, host: '0.0.0.0' }, done));
    const address = server.address();
    await new Promise<void>((done) => server.close(() => done()));
    expect(typeof address === 'object' && address?.address).toBe('0.0.0.0');
  });
});
