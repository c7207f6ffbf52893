/**
 * Matches a request to an HTTP API route the way API Gateway does: the most specific route wins (literal
 * segments before `{param}`, `{param}` before `{proxy+}`), `ANY` only when no method-specific route matches.
 */
export interface RouteSpec<T> {
  method: string; // 'GET', or '*' for ANY
  path: string; // '/contracts/{contractId}', '/files/{proxy+}' or '*'
  target: T;
}

export interface RouteMatch<T> {
  target: T;
  /** API Gateway's `routeKey`: 'GET /contracts/{contractId}' ('ANY …' for any-method routes, '$default' for '*'). */
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
}

interface CompiledRoute<T> extends RouteSpec<T> {
  segments: string[];
  score: number[];
}

/**
 * @example
 * const match = routeTable([{ method: 'GET', path: '/contracts/{contractId}', target: 'get' }]);
 * match('GET', '/contracts/c-1') // { target: 'get', routeKey: 'GET /contracts/{contractId}', pathParameters: { contractId: 'c-1' } }
 */
export function routeTable<T>(routes: RouteSpec<T>[]): (method: string, path: string) => RouteMatch<T> | null {
  const compiled = routes.map((route) => {
    const segments = route.path === '*' ? [] : route.path.split('/').filter(Boolean);
    // Higher is more specific: compare per segment, then method-specific before ANY.
    const score = segments.map((segment) => (segment.endsWith('+}') ? 0 : segment.startsWith('{') ? 1 : 2));
    return { ...route, segments, score };
  });
  compiled.sort((a, b) => compareScores(b, a));

  return (method, path) => {
    const parts = path.split('/').filter(Boolean).map(safeDecode);
    for (const route of compiled) {
      if (route.method !== '*' && route.method !== method.toUpperCase()) continue;
      const pathParameters = route.path === '*' ? {} : matchSegments(route.segments, parts);
      if (pathParameters === null) continue;
      const routeKey = route.path === '*' ? '$default' : `${route.method === '*' ? 'ANY' : route.method} ${route.path}`;
      return {
        target: route.target,
        routeKey,
        pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : undefined,
      };
    }
    return null;
  };
}

function compareScores<T>(a: CompiledRoute<T>, b: CompiledRoute<T>): number {
  if (a.path === '*' || b.path === '*') return a.path === '*' ? (b.path === '*' ? 0 : -1) : 1;
  for (let i = 0; i < Math.min(a.score.length, b.score.length); i += 1) {
    const diff = (a.score[i] ?? 0) - (b.score[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (a.score.length !== b.score.length) return a.score.length - b.score.length;
  return (a.method === '*' ? 0 : 1) - (b.method === '*' ? 0 : 1);
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | null {
  const parameters: Record<string, string> = {};
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] ?? '';
    if (segment.endsWith('+}')) {
      if (i >= parts.length) return null;
      parameters[segment.slice(1, -2)] = parts.slice(i).join('/');
      return parameters;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.startsWith('{') && segment.endsWith('}')) parameters[segment.slice(1, -1)] = part;
    else if (segment !== part) return null;
  }
  return segments.length === parts.length ? parameters : null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
