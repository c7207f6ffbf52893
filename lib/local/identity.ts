/**
 * The local identity provider: one ES256 signing key kept in the data folder, an issuer that only the local
 * HTTP adapter trusts, and tokens for a tenant. Deployed stacks never see this key — there API Gateway's JWT
 * authorizer verifies tokens from the issuer configured in serverless.yml.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SignJWT, errors, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';

/** Never accepted by a deployed stack: the deployed authorizer is configured with a real issuer URL. */
/** Clock skew tolerated on `iat`: a token issued a few seconds ahead by a clock running fast is still fine. */
const IAT_LEEWAY_SECONDS = 5;

export const LOCAL_ISSUER = 'urn:contract-notice-checker:local';
export const LOCAL_AUDIENCE = 'contract-notice-checker';
const ALGORITHM = 'ES256';

export interface LocalIdentity {
  issuer: string;
  audience: string;
  /** Signs a token whose `tenantClaim` is `tenant`. */
  issueToken(options: { tenant: string; tenantClaim: string; subject?: string; expiresIn?: string }): Promise<string>;
  /** Verifies signature, issuer, audience and expiry; throws jose's errors otherwise. */
  verify(token: string): Promise<JWTPayload>;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * Loads the development signing key from `keyFile`, creating it on first use (mode 0600).
 * @example
 * const identity = await loadLocalIdentity('.data/identity-key.json');
 * const token = await identity.issueToken({ tenant: 'demo', tenantClaim: 'tenant' });
 * (await identity.verify(token)).tenant // 'demo'
 */
export async function loadLocalIdentity(keyFile: string): Promise<LocalIdentity> {
  const stored = (await readStoredKey(keyFile)) ?? (await createStoredKey(keyFile));
  const privateKey = await importJWK(stored.privateJwk, ALGORITHM);
  const publicKey = await importJWK(stored.publicJwk, ALGORITHM);

  return {
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    issueToken: ({ tenant, tenantClaim, subject = `local-user@${tenant}`, expiresIn = '365d' }) =>
      new SignJWT({ [tenantClaim]: tenant, scope: 'contracts' })
        .setProtectedHeader({ alg: ALGORITHM, kid: stored.kid, typ: 'JWT' })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(subject)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    verify: async (token) => {
      // As API Gateway's JWT authorizer does: a token must expire (`exp` required) and must not claim to be
      // issued in the future.
      const { payload } = await jwtVerify(token, publicKey, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
        algorithms: [ALGORITHM],
        requiredClaims: ['exp'],
      });
      if (typeof payload.iat === 'number' && payload.iat > Math.floor(Date.now() / 1000) + IAT_LEEWAY_SECONDS) {
        throw new errors.JWTClaimValidationFailed(
          '"iat" claim timestamp check failed (it is in the future)',
          payload,
          'iat',
          'check_failed',
        );
      }
      return payload;
    },
  };
}

async function readStoredKey(keyFile: string): Promise<StoredKey | null> {
  try {
    return JSON.parse(await readFile(keyFile, 'utf8')) as StoredKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`The local signing key ${keyFile} is unreadable; delete it to create a new one`, { cause: error });
  }
}

async function createStoredKey(keyFile: string): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const stored: StoredKey = {
    kid: randomUUID(),
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return stored;
}
