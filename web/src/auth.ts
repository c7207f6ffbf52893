/**
 * Sign-in. In AWS: the authorization code flow with PKCE against the issuer the API trusts (a Cognito hosted
 * UI by default). Locally (config without `authorizeUrl`): the local stack hands the page its demo tenant's
 * token at `tokenUrl`, answering only on the loopback interface.
 * The token is kept in sessionStorage: it ends with the tab and is never written to a cookie.
 */
import type { WebConfig } from './types.ts';

const TOKEN_KEY = 'notice-checker.token';
const VERIFIER_KEY = 'notice-checker.pkce-verifier';
const STATE_KEY = 'notice-checker.pkce-state';

interface StoredToken {
  token: string;
  expiresAt: number;
}

export async function signIn(config: WebConfig): Promise<string> {
  const stored = readStored();
  if (stored) return stored;
  if (!config.authorizeUrl) return store(await localToken(config));

  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (code) {
    if (params.get('state') !== sessionStorage.getItem(STATE_KEY))
      throw new Error('The sign-in answer did not match this page: sign in again.');
    const token = await exchangeCode(config, code, sessionStorage.getItem(VERIFIER_KEY) ?? '');
    sessionStorage.removeItem(VERIFIER_KEY);
    sessionStorage.removeItem(STATE_KEY);
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
    return store(token);
  }
  await redirectToIssuer(config);
  return new Promise<string>(() => {}); // the browser is leaving the page
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

async function localToken(config: WebConfig): Promise<TokenAnswer> {
  const response = await fetch(config.tokenUrl, { method: 'POST' });
  if (!response.ok) throw new Error(`The local sign-in failed (HTTP ${response.status}).`);
  return (await response.json()) as TokenAnswer;
}

interface TokenAnswer {
  access_token?: string;
  id_token?: string;
  expires_in?: number;
}

async function exchangeCode(config: WebConfig, code: string, verifier: string): Promise<TokenAnswer> {
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: config.redirectUri,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: the issuer refused the code (HTTP ${response.status}).`);
  return (await response.json()) as TokenAnswer;
}

async function redirectToIssuer(config: WebConfig): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(VERIFIER_KEY, verifier);
  sessionStorage.setItem(STATE_KEY, state);
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const url = new URL(config.authorizeUrl ?? '');
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** The id token carries the tenant attribute in a Cognito user pool; the access token is the fallback. */
function store(answer: TokenAnswer): string {
  const token = answer.id_token ?? answer.access_token;
  if (!token) throw new Error('The sign-in answer held no token.');
  const expiresAt = Date.now() + (answer.expires_in ?? 3600) * 1000;
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ token, expiresAt } satisfies StoredToken));
  return token;
}

function readStored(): string | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null') as StoredToken | null;
    // A minute's margin, so a request never leaves with a token about to expire.
    return stored && stored.expiresAt - 60_000 > Date.now() ? stored.token : null;
  } catch {
    return null;
  }
}

function randomString(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
