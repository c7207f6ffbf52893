/**
 * Writes a Lambda result the way API Gateway (payload format 2.0) turns it into an HTTP response: a
 * structured result keeps its status, headers, cookies and (base64) body; anything else is 200 JSON.
 */
import type { ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * @example
 * writeLambdaResult(res, { statusCode: 201, headers: { 'content-type': 'application/json' }, body: '{"documentId":"d1"}' })
 * writeLambdaResult(res, { items: [] }) // 200, application/json, body '{"items":[]}'
 */
export function writeLambdaResult(response: ServerResponse, result: unknown): void {
  if (isStructured(result)) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
    if (result.cookies && result.cookies.length > 0) response.setHeader('set-cookie', result.cookies);
    const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
    response.writeHead(result.statusCode ?? 200, { ...headers, 'content-length': String(body.length) });
    response.end(body);
    return;
  }
  const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
  writeJson(response, 200, body);
}

/** API Gateway's own answers (`{"message":"Unauthorized"}` etc.), never a handler's. */
export function writeGatewayMessage(response: ServerResponse, status: number, message: string): void {
  writeJson(response, status, JSON.stringify({ message }));
}

function writeJson(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}

function isStructured(result: unknown): result is APIGatewayProxyStructuredResultV2 {
  return typeof result === 'object' && result !== null && 'statusCode' in result;
}
