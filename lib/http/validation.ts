/** Input validation at the edge: zod schemas, and one error shape (INVALID_INPUT → 400) naming the field. */
import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import { isValidId } from '../adapters/keys.ts';
import { NoticeCheckError } from '../errors.ts';

export const idSchema = z.string().check(z.refine(isValidId, "must be 1-128 letters, digits, '_', '.' or '-'"));

export const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  z.refine((value) => DateTime.fromISO(value, { zone: 'UTC' }).isValid, 'is not a real date'),
);

/** The body of POST /mail/unmatched/{messageId}/assign: the contract the message is a letter of. */
export const assignMailRequestSchema = z.strictObject({ contractId: idSchema });

export const uploadRequestSchema = z.object({
  kind: z.enum(['agreement', 'letter']),
  fileName: z.string().check(
    z.minLength(1),
    z.maxLength(200),
    z.refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'must not contain slashes or control characters'),
  ),
  contentType: z.enum([
    'application/pdf',
    'text/plain',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'message/rfc822',
    'application/vnd.ms-outlook',
  ]),
  // Required: the presigned PUT signs Content-Length, so S3 itself refuses a body of any other size.
  contentLength: z.number().check(z.int(), z.positive()),
});

export const listContractsQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

/** The from <= to rule is checked by the route, which also applies the defaults. */
export const deadlineWindowQuery = z.object({ from: z.optional(isoDay), to: z.optional(isoDay) });

/** Parses `value` or throws INVALID_INPUT with "where.field: problem". */
export function parse<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new NoticeCheckError('INVALID_INPUT', `${field}: ${issue?.message ?? 'invalid'}`, { details: { field } });
}

/** A JSON request body, or INVALID_INPUT. */
export function jsonBody(body: string | undefined, isBase64Encoded: boolean | undefined): unknown {
  if (!body) throw new NoticeCheckError('INVALID_INPUT', 'body: a JSON object is required', { details: { field: 'body' } });
  try {
    return JSON.parse(isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body) as unknown;
  } catch {
    throw new NoticeCheckError('INVALID_INPUT', 'body: is not valid JSON', { details: { field: 'body' } });
  }
}
