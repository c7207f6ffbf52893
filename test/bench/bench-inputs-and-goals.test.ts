import { describe, expect, it } from 'vitest';
import { contractText } from '../../bench/perf/inputs/contract-text.ts';
import { numberWords } from '../../bench/perf/inputs/number-words.ts';
import { createRandom } from '../../bench/perf/inputs/random.ts';
import { emptyFigures, GOALS, judge } from '../../bench/perf/figures.ts';
import { deployBuildOptions, functionEntries, resolveVariables } from '../../bench/perf/serverless-config.ts';
import { median } from '../../bench/perf/stats.ts';

describe('benchmark inputs', () => {
  it('the same seed gives the same agreement text, byte for byte', () => {
    expect(contractText(7, 20_000)).toBe(contractText(7, 20_000));
    expect(contractText(7, 20_000)).not.toBe(contractText(8, 20_000));
  });

  it('a generated agreement carries the notice provisions the analysis looks for', () => {
    const text = contractText(7, 30_000);
    expect(text).toMatch(/non-renewal|not to renew/);
    expect(text).toMatch(/terminate this Agreement/);
    expect(text).toMatch(/governed by and construed in accordance with the laws of the State of/);
  });

  it('spells numbers the way contracts write them', () => {
    expect(numberWords(30)).toBe('thirty');
    expect(numberWords(45)).toBe('forty-five');
    expect(numberWords(180)).toBe('one hundred eighty');
  });

  it('the seeded generator repeats itself for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.next(), a.next(), a.int(1, 6)]).toEqual([b.next(), b.next(), b.int(1, 6)]);
  });
});

describe('figures and goals', () => {
  it('the median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('a goal without its figure is n/a, never PASS', () => {
    const figures = emptyFigures();
    expect(GOALS.map((goal) => judge(goal, figures))).toEqual(GOALS.map(() => 'n/a'));
  });

  it('the API bundle goal compares the API bundle with a quarter of the ingest bundle', () => {
    const goal = GOALS.find((g) => g.figure === 'bundle_kb.api / bundle_kb.ingest')!;
    const figures = emptyFigures();
    figures.bundle_kb = { ingest: 4000, api: 1000, alerts: 500 };
    expect(judge(goal, figures)).toBe('PASS');
    figures.bundle_kb.api = 1001;
    expect(judge(goal, figures)).toBe('MISS');
  });

  it('throughput is a goal to reach, not to stay under', () => {
    const goal = GOALS.find((g) => g.figure === 'analysis_mb_per_s')!;
    const figures = emptyFigures();
    figures.analysis_mb_per_s = 4.9;
    expect(judge(goal, figures)).toBe('MISS');
    figures.analysis_mb_per_s = 5;
    expect(judge(goal, figures)).toBe('PASS');
  });
});

describe('serverless.yml as serverless-esbuild reads it', () => {
  const yml = {
    service: 'svc',
    params: { default: { defaultZone: 'UTC' } },
    custom: {
      tableName: '${self:service}-${sls:stage}',
      esbuild: { minify: true, format: 'esm', outputFileExtension: '.mjs', exclude: ['@aws-sdk/*'], packager: 'npm' },
    },
    provider: {
      runtime: 'nodejs22.x',
      environment: { TABLE_NAME: '${self:custom.tableName}', DEFAULT_ZONE: '${param:defaultZone}', TOPIC_ARN: 'AlertsTopic' },
    },
    functions: {
      ingest: { handler: 'functions/ingest.handler', events: [{ s3: { bucket: 'b' } }] },
      api: { handler: 'functions/api.handler', events: [{ httpApi: { method: 'get', path: '/contracts/{contractId}/verdicts' } }] },
      alerts: { handler: 'functions/alerts.handler', events: [{ schedule: { rate: 'rate(1 hour)' } }] },
    },
  };

  it('resolves params and self references, and stands in for deploy-time values', () => {
    expect(resolveVariables('${self:custom.tableName}', yml)).toBe('svc-bench');
    expect(resolveVariables('${param:defaultZone}', yml)).toBe('UTC');
  });

  it('keeps esbuild options, turns exclude into externals and drops the plugin-only keys', () => {
    const { options, format, outputExtension } = deployBuildOptions(yml);
    expect(options).toMatchObject({
      bundle: true,
      platform: 'node',
      target: 'node22',
      minify: true,
      external: ['@aws-sdk/*'],
      outExtension: { '.js': '.mjs' },
    });
    expect(options).not.toHaveProperty('packager');
    expect(options).not.toHaveProperty('exclude');
    expect([format, outputExtension]).toEqual(['esm', '.mjs']);
  });

  it('tells the ingest, API and alert functions apart by their events', () => {
    const roles = Object.fromEntries(functionEntries(yml).map((fn) => [fn.name, fn.role]));
    expect(roles).toEqual({ ingest: 'ingest', api: 'api', alerts: 'alerts' });
  });
});
