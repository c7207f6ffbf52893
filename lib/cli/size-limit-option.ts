import { NoticeCheckError } from '../errors.ts';
import type { ReadDocumentOptions } from '../text/read-document-file.ts';
import type { CliIo } from './io.ts';

/**
 * The CLI honours the same MAX_UPLOAD_BYTES as the service, so a file refused by one is refused by the other.
 * @example readOptionsFrom(io) // { maxBytes: 26214400 } when MAX_UPLOAD_BYTES is unset
 */
export function readOptionsFrom(io: CliIo): ReadDocumentOptions {
  const raw = io.env.MAX_UPLOAD_BYTES;
  if (raw === undefined || raw === '') return {};
  const maxBytes = Number(raw);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new NoticeCheckError('CONFIG', `MAX_UPLOAD_BYTES must be a positive whole number of bytes (got "${raw}")`);
  }
  return { maxBytes };
}
