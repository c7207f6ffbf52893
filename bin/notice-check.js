#!/usr/bin/env node
// The `notice-check` launcher, with no TypeScript loader. In a checkout it runs the TypeScript sources
// through Node's own type stripping (Node 24), so an edit is live without a build step. Node refuses to
// strip types under node_modules, so an installed copy runs dist/cli/main.mjs instead: JavaScript that
// `npm run build:cli` bundles (npm runs it as `prepare` on install and before packing).
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A reader that stops early (`notice-check extract --json *.pdf | head -1`) closes the pipe: stop quietly,
// as other Unix tools do, instead of dying with an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`notice-check: INTERNAL: ${error.message}\n`);
    process.exit(70);
  });
}

const source = new URL('../lib/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.mjs', import.meta.url);
const installed = /[\\/]node_modules[\\/]/.test(realpathSync(fileURLToPath(import.meta.url)));
// process.features.typescript is set from Node 22.18 on ('strip'); older Nodes can only run the compiled copy.
const canStrip = Boolean(process.features.typescript);
const entry = !installed && canStrip && existsSync(source) ? source : compiled;
if (!existsSync(entry)) {
  process.stderr.write(
    canStrip
      ? 'notice-check: the compiled CLI is missing; run `npm run build:cli` in the package folder\n'
      : `notice-check: needs Node 24 (this is ${process.version}); \`npx notice-check\` uses the project's own Node\n`,
  );
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
