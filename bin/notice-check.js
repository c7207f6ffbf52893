#!/usr/bin/env node
// Thin launcher: runs the TypeScript CLI through tsx so a checkout works as `npx notice-check` after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
