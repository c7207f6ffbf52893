/**
 * api_p50_ms vs raw_getitem_p50_ms: the deployed API handler answering GET /contracts/{id}/verdicts (an
 * HTTP API v2 event with JWT claims, as API Gateway sends it) against DynamoDB Local, beside a bare
 * GetItem of the verdict item it returns. The contract was ingested for real: a 20-page agreement and a letter.
 * The two are timed alternately in one process so machine noise falls on both alike.
 */
import { readFile } from 'node:fs/promises';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { keys } from '../../../lib/adapters/keys.ts';
import { loadConfig } from '../../../lib/config.ts';
import { toApiGatewayEvent } from '../../../lib/local/api-gateway-event.ts';
import { reportResult, sectionConfig } from '../child.ts';
import { BENCH_TENANT, createIngestBench } from '../ingest-bench.ts';
import { dynamoClient, freshTable, lambdaContext, usePipelineEnv } from '../pipeline.ts';
import type { Endpoints } from '../services.ts';
import { median, nowMs } from '../stats.ts';

type Config = Endpoints & { pdf20: string };
const config = sectionConfig<Config>();
const table = await freshTable(config.dynamodb, 'bench-api');
usePipelineEnv(config, table);
const ingest = await import('../../../functions/ingest.ts');
const api = (await import('../../../functions/api.ts')).handler as unknown as Handler<
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2
>;

const bench = createIngestBench(config, ingest.handler);
const prepared = await bench.prepare(new Uint8Array(await readFile(config.pdf20)));
await bench.invoke(prepared);

const routeKey = 'GET /contracts/{contractId}/verdicts';
const event = (): APIGatewayProxyEventV2WithJWTAuthorizer =>
  toApiGatewayEvent(
    {
      method: 'GET',
      url: `/contracts/${prepared.contractId}/verdicts`,
      headers: { host: 'api.example.com', 'user-agent': 'bench', authorization: 'Bearer x' },
      body: Buffer.alloc(0),
      sourceIp: '203.0.113.7',
    },
    {
      routeKey,
      pathParameters: { contractId: prepared.contractId },
      claims: { sub: 'user-1', iss: 'https://issuer.example.com', aud: 'notice-check', [loadConfig().tenantClaim]: BENCH_TENANT },
    },
  );
const context = lambdaContext('contract-notice-checker-bench-api');
const raw = dynamoClient(config.dynamodb);
const key = keys.verdict(BENCH_TENANT, prepared.contractId, prepared.letterDocumentId);
const getItem = new GetItemCommand({ TableName: table, Key: { pk: { S: key.pk }, sk: { S: key.sk } } });

const callApi = async (): Promise<number> => {
  const response = await api(event(), context, () => undefined);
  if (response?.statusCode !== 200) throw new Error(`verdict lookup answered ${response?.statusCode}: ${response?.body}`);
  return (JSON.parse(String(response.body)) as { items: unknown[] }).items.length;
};
const callGetItem = async (): Promise<void> => {
  const { Item } = await raw.send(getItem);
  if (!Item) throw new Error('the verdict item is not in the table');
};

const verdicts = await callApi();
const apiTimes: number[] = [];
const getTimes: number[] = [];
const REQUESTS = 200;
for (let i = -30; i < REQUESTS; i += 1) {
  let start = nowMs();
  await callApi();
  if (i >= 0) apiTimes.push(nowMs() - start);
  start = nowMs();
  await callGetItem();
  if (i >= 0) getTimes.push(nowMs() - start);
}
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)] ?? Number.NaN;

reportResult({
  api_p50_ms: median(apiTimes),
  api_p90_ms: p90(apiTimes),
  raw_getitem_p50_ms: median(getTimes),
  requests: REQUESTS,
  verdicts,
  response_bytes: JSON.stringify((await api(event(), context, () => undefined))?.body ?? '').length,
});
