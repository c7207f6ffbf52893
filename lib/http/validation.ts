/** Input validation at the edge: zod schemas, and one error shape (INVALID_INPUT → 400) naming the field. */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isValidId } from '../adapters/keys.ts';
import { NoticeCheckError } from '../errors.ts';

export const idSchema = z.string().refine(isValidId, "must be 1-128 letters, digits, '_', '.' or '-'");

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value, { zone: 'UTC' }).isValid, 'is not a real date');

export const uploadRequestSchema = z.object({
  kind: z.enum(['agreement', 'letter']),
  fileName: z.string().min(1).max(200).refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'must not contain slashes or control characters'),
  contentType: z.enum(['application/pdf', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']),
  contentLength: z.number().int().positive().optional(),
});

export const listContractsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().min(1).max(2048).optional(),
});

export const deadlineWindowQuery = z
  .object({ from: isoDay.optional(), to: isoDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

/** Parses `value` or throws INVALID_INPUT with "where.field: problem". */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
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
