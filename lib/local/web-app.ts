/**
 * The web app on the local stack: web/dist's files at `/` with their content types and the security headers
 * CloudFront adds in AWS (a Content-Security-Policy among them), `config.json` pointing the page at this
 * stack, and the local sign-in: `POST /_local/token` hands the page the demo tenant's token — on the loopback
 * interface only, and only to a request addressed to localhost (no DNS-rebinding page can ask for it).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebAppOptions {
  distDir: string;
  /** The S3 endpoint presigned upload URLs point at: the page PUTs files straight there. */
  s3Endpoint: string;
  issuer: string;
  token: () => string;
  /** A contract's notices address, `{contractId}` where its id goes, for the unmatched-mail page to show. */
  inboundAddress?: string;
}

/** Answers the request and returns true when it is the web app's; false leaves it to the API's 404. */
export type WebAppHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** @example const web = webApp({ distDir: 'web/dist', s3Endpoint, issuer: LOCAL_ISSUER, token: () => token }); */
export function webApp(options: WebAppOptions): WebAppHandler {
  return async (request, response) => {
    request.resume(); // nothing here reads a body
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    if (method === 'POST' && path === '/_local/token') {
      if (!isLoopback(request)) return false;
      send(response, 200, 'application/json', JSON.stringify({ access_token: options.token(), token_type: 'Bearer', expires_in: 86_400 }));
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (path === '/config.json') {
      const config = {
        apiUrl: origin,
        issuer: options.issuer,
        clientId: 'local',
        authorizeUrl: null,
        tokenUrl: `${origin}/_local/token`,
        redirectUri: `${origin}/`,
        inboundAddress: options.inboundAddress ?? null,
      };
      send(response, 200, 'application/json', JSON.stringify(config), { 'cache-control': 'no-store' });
      return true;
    }
    const relative = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const file = normalize(join(options.distDir, relative));
    if (!file.startsWith(`${normalize(options.distDir)}${sep}`)) return false;
    const type = CONTENT_TYPES[extname(file)];
    if (!type) return false;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return false;
    }
    send(response, 200, type, method === 'HEAD' ? Buffer.alloc(0) : body, {
      'content-security-policy': contentSecurityPolicy(options.s3Endpoint),
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    return true;
  };
}

/** What the page may load and call: its own files, this API, and the upload endpoint. Nothing inline. */
export function contentSecurityPolicy(s3Endpoint: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${s3Endpoint}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, {
    'content-type': type,
    'content-length': String(bytes.length),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...headers,
  });
  response.end(bytes);
}

function isLoopback(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address) && ['localhost', '127.0.0.1', '[::1]'].includes(host);
}
