import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertsCommand } from '../../lib/cli/commands/alerts.ts';
import type { CliIo } from '../../lib/cli/io.ts';
import { startLocalStack, type LocalStack } from '../../lib/local/stack.ts';

const fixtureProject = fileURLToPath(new URL('./fixtures/project', import.meta.url));

/** Java processes running DynamoDB Local with this data folder. */
const javaProcessesFor = (folder: string): string[] =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('DynamoDBLocal') && line.includes(folder));

describe('local stack wiring (fixture handlers)', () => {
  let dataRoot: string;
  let stack: LocalStack;
  const lines: string[] = [];

  beforeAll(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), 'local-stack-'));
    stack = await startLocalStack({
      dataRoot,
      port: 0,
      alertIntervalMs: null,
      log: (line) => lines.push(line),
      projectRoot: fixtureProject,
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(dataRoot, { recursive: true, force: true });
  });

  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${stack.apiUrl}${path}`, { ...init, headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' } });

  it('delivers an object PUT to a presigned URL to the ingest handler as an S3 ObjectCreated event', async () => {
    const created = (await (
      await call('/contracts/c-1/documents', { method: 'POST', body: JSON.stringify({ fileName: 'late notice.txt' }) })
    ).json()) as { uploadUrl: string };
    expect(created.uploadUrl.startsWith(stack.s3Endpoint)).toBe(true);
    const put = await fetch(created.uploadUrl, { method: 'PUT', body: 'Notice of non-renewal' });
    expect(put.status).toBe(200);
    await stack.ingestSettled();

    const seen = (await (await call('/ingested')).json()) as {
      items: Array<{ object: { key: string; size: number; eTag: string }; bucket: { name: string } }>;
      greeting: string;
    };
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]?.object).toMatchObject({ key: 'tenants/demo/contracts/c-1/letter/d1/late+notice.txt', size: 21 });
    expect(seen.items[0]?.object.eTag).toMatch(/^[0-9a-f]{32}$/);
    expect(seen.greeting).toBe('hello'); // plain provider environment from serverless.yml reaches the handlers
  });

  it('runs the alert job on demand through the local admin route and logs each alert', async () => {
    const response = await call('/_local/alerts/run', { method: 'POST', body: JSON.stringify({ now: '2021-01-02' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { alerts: Array<{ subject: string; message: { date: string } }> };
    expect(body.alerts).toEqual([
      expect.objectContaining({ subject: 'Deadline in 7 days', message: expect.objectContaining({ date: '2021-01-02' }) }),
    ]);
    const log = await readFile(join(dataRoot, 'alerts.log'), 'utf8');
    expect(log.trim().split('\n')).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('[alert] Deadline in 7 days'))).toBe(true);
  });

  it('notice-check alerts run talks to the running stack found through the data folder', async () => {
    const out: string[] = [];
    const io: CliIo = {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      now: () => new Date(),
    };
    const code = await alertsCommand.run(['run', '--now', '2021-03-04T10:00:00Z', '--data-dir', dataRoot], io);
    expect(code).toBe(0);
    expect(out.join('')).toContain('1 alert sent');
    expect(out.join('')).toContain('date=2021-03-04');
  });

  it('notice-check alerts run says how to start the stack when none is running', async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      now: () => new Date(),
    };
    await expect(alertsCommand.run(['run', '--data-dir', join(dataRoot, 'nowhere')], io)).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringMatching(/npm start/),
    });
  });

  it('refuses a second stack on the same data folder before starting anything', async () => {
    await expect(
      startLocalStack({ dataRoot, port: 0, alertIntervalMs: null, log: () => undefined, projectRoot: fixtureProject }),
    ).rejects.toThrow(/Another local stack .* is using/);
    expect(javaProcessesFor(dataRoot)).toHaveLength(1);
  });

  it('refuses the admin route without a token', async () => {
    const response = await fetch(`${stack.apiUrl}/_local/alerts/run`, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('writes the runtime file while running, and stopping removes it and leaves no Java process', async () => {
    expect(JSON.parse(await readFile(join(dataRoot, 'local-stack.json'), 'utf8'))).toMatchObject({ api: stack.apiUrl, tenant: 'demo' });
    expect(javaProcessesFor(dataRoot)).toHaveLength(1);
    await stack.stop();
    expect(existsSync(join(dataRoot, 'local-stack.json'))).toBe(false);
    expect(javaProcessesFor(dataRoot)).toHaveLength(0);
    expect(existsSync(join(dataRoot, 'dynamodb', 'shared-local-instance.db'))).toBe(true);
  });
});
