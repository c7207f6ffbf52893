/** Request bodies of the review, settings and feed routes (INVALID_INPUT → 400 through lib/http/validation.ts). */
import * as z from 'zod/mini';
import { isoDay } from './validation.ts';

const reason = z.string().check(z.trim(), z.minLength(1, 'must say why'), z.maxLength(1000));

export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), reason: z.optional(reason) }),
  z.object({ action: z.literal('correct'), date: isoDay, reason }),
  z.object({ action: z.literal('dismiss'), reason }),
]);

export const settingsSchema = z.object({ autoConfirmDeadlines: z.boolean() });
