import { NoticeCheckError } from '../errors.ts';

/** A mistake in the command line itself: exit 2 and show the command's usage. */
export class UsageError extends NoticeCheckError {
  readonly command: string | null;

  constructor(message: string, command: string | null = null) {
    super('INVALID_INPUT', message);
    this.name = 'UsageError';
    this.command = command;
  }
}
