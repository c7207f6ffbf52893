import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturePath = (name: string): string => join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'files', name);

/** A fixture's bytes as a plain Uint8Array, as an upload would arrive. */
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixturePath(name)));
