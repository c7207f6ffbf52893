import type { WebConfig } from './types.ts';

/** config.json sits next to index.html: the same build runs locally and in any AWS stage. */
export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`The app's settings (config.json) could not be loaded (HTTP ${response.status}).`);
  const config = (await response.json()) as Partial<WebConfig>;
  for (const key of ['apiUrl', 'tokenUrl', 'redirectUri'] as const) {
    if (typeof config[key] !== 'string' || config[key] === '') throw new Error(`config.json has no ${key}.`);
  }
  return config as WebConfig;
}
