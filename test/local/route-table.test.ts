import { describe, expect, it } from 'vitest';
import { routeTable } from '../../lib/local/route-table.ts';

describe('routeTable picks the most specific route like API Gateway', () => {
  const match = routeTable([
    { method: '*', path: '*', target: 'default' },
    { method: 'GET', path: '/contracts/{contractId}', target: 'contract' },
    { method: 'GET', path: '/contracts/{contractId}/verdicts', target: 'verdicts' },
    { method: 'GET', path: '/deadlines', target: 'deadlines' },
    { method: 'GET', path: '/deadlines.ics', target: 'ics' },
    { method: '*', path: '/files/{proxy+}', target: 'files' },
    { method: 'GET', path: '/contracts/latest', target: 'latest' },
  ]);

  it('literal segment before a parameter', () => {
    expect(match('GET', '/contracts/latest')?.target).toBe('latest');
    expect(match('GET', '/contracts/c-9')).toEqual({
      target: 'contract',
      routeKey: 'GET /contracts/{contractId}',
      pathParameters: { contractId: 'c-9' },
    });
  });

  it('a dot is part of a literal segment', () => {
    expect(match('GET', '/deadlines.ics')?.target).toBe('ics');
    expect(match('GET', '/deadlines')?.target).toBe('deadlines');
  });

  it('greedy parameter takes the rest of the path', () => {
    expect(match('PUT', '/files/a/b%20c')).toEqual({
      target: 'files',
      routeKey: 'ANY /files/{proxy+}',
      pathParameters: { proxy: 'a/b c' },
    });
  });

  it('falls back to $default only when nothing else matches', () => {
    expect(match('POST', '/contracts/c-9')?.routeKey).toBe('$default');
    expect(match('GET', '/contracts/c-9/verdicts/extra')?.target).toBe('default');
  });
});
