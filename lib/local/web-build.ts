/**
 * `npm start` serves web/dist: build it first when it is missing or older than any source of the web app,
 * so a fresh clone and an edited page both show the current app without a separate step.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time under `dir` (0 when absent), skipping `skip`. */
async function newest(dir: string, skip: string[] = []): Promise<number> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  let latest = 0;
  for (const entry of entries) {
    if (skip.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? await newest(path) : (await stat(path)).mtimeMs);
  }
  return latest;
}

/**
 * @example await ensureWebBuilt('web') // builds web/dist when web/src changed since the last build
 * @returns whether it built
 */
export async function ensureWebBuilt(webDir: string): Promise<boolean> {
  const built = await newest(join(webDir, 'dist'));
  const sources = await newest(webDir, ['dist']);
  if (built > 0 && built >= sources) return false;
  const { build } = await import('vite'); // a dev dependency: loaded only when a build is needed
  await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
