/** The local token check refuses what API Gateway's JWT authorizer refuses: no `exp`, or an `iat` ahead of now. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadLocalIdentity, type LocalIdentity } from '../../lib/local/identity.ts';

let dir: string;
let identity: LocalIdentity;
let sign: (claims: { exp?: number; iat?: number }) => Promise<string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'identity-claims-'));
  const keyFile = join(dir, 'key.json');
  identity = await loadLocalIdentity(keyFile);
  const stored = JSON.parse(await readFile(keyFile, 'utf8')) as { kid: string; privateJwk: Parameters<typeof importJWK>[0] };
  const alg = (stored.privateJwk as { alg?: string }).alg ?? 'ES256';
  const key = await importJWK(stored.privateJwk, alg);
  sign = async ({ exp, iat }) => {
    let jwt = new SignJWT({ 'custom:tenantId': 'acme' })
      .setProtectedHeader({ alg, kid: stored.kid, typ: 'JWT' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject('user@acme');
    if (iat !== undefined) jwt = jwt.setIssuedAt(iat);
    if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
    return jwt.sign(key);
  };
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const now = () => Math.floor(Date.now() / 1000);

describe('local token check', () => {
  it('accepts a token with an expiry and a past issue time', async () => {
    const payload = await identity.verify(await sign({ iat: now() - 60, exp: now() + 3600 }));
    expect(payload.sub).toBe('user@acme');
  });

  it('refuses a token without exp', async () => {
    await expect(identity.verify(await sign({ iat: now() - 60 }))).rejects.toThrow(/exp/);
  });

  it('refuses a token issued in the future', async () => {
    await expect(identity.verify(await sign({ iat: now() + 3600, exp: now() + 7200 }))).rejects.toThrow(/iat/);
  });

  it('refuses an expired token', async () => {
    await expect(identity.verify(await sign({ iat: now() - 7200, exp: now() - 3600 }))).rejects.toThrow(/exp/);
  });
});
