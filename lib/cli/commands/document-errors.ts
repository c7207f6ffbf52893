import { isNoticeCheckError } from '../../errors.ts';

export interface FileError {
  code: string;
  message: string;
  internal: boolean;
}

/** A failure while handling one file, as the CLI reports it: a stable code, or INTERNAL for a bug. */
export function fileErrorOf(error: unknown): FileError {
  if (isNoticeCheckError(error)) return { code: error.code, message: error.message, internal: false };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `unexpected error: ${message}`, internal: true };
}
