#!/usr/bin/env node
// Thin launcher: runs the TypeScript CLI through tsx so a checkout works as `npx notice-check` after `npm install`.
import { register } from 'tsx/esm/api';

// A reader that stops early (`notice-check extract --json *.pdf | head -1`) closes the pipe: stop quietly,
// as other Unix tools do, instead of dying with an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`notice-check: INTERNAL: ${error.message}\n`);
    process.exit(70);
  });
}

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
