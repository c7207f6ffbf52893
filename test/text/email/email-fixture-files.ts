import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const emailFixturePath = (name: string): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'email', name);
export const emailFixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(emailFixturePath(name)));
export const examplePath = (path: string): string => join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', path);
