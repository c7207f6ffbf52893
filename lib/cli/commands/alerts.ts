import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';

// Placeholder until the local stack provides the alert job; that module replaces this file.
export const alertsCommand: Command = {
  name: 'alerts',
  summary: 'run the alert job once against the local stack (alerts run [--now DATE])',
  usage: 'Usage: notice-check alerts run [--now DATE]',
  async run(_args, io) {
    io.stderr('notice-check: alerts: not available yet in this build.\n');
    return EXIT.USAGE;
  },
};
