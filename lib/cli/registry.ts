import type { Command } from './command.ts';
import { alertsCommand } from './commands/alerts.ts';
import { checkCommand } from './commands/check.ts';
import { deadlinesCommand } from './commands/deadlines.ts';
import { defaultDlqCommand } from './commands/dlq.ts';
import { extractCommand } from './commands/extract.ts';
import { helpCommand } from './commands/help.ts';

/** Every `notice-check` subcommand, in the order `help` lists them. Adding one is one line here. */
export const COMMANDS: readonly Command[] = [extractCommand, checkCommand, deadlinesCommand, alertsCommand, defaultDlqCommand, helpCommand];

export const findCommand = (name: string): Command | undefined => COMMANDS.find((command) => command.name === name);
