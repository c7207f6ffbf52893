/**
 * The service's configuration, read from the environment once per container and validated with zod.
 * A missing or malformed variable fails fast with code CONFIG and names the variable.
 *
 * DEFAULT_ZONE defaults to UTC: it is used only when neither the letter, the agreement nor its governing
 * law gives a zone, and a multi-tenant service should not assume one customer's home zone.
 */
import { IANAZone } from 'luxon';
// zod/mini: the same validation without the chained-method API, a fraction of the bundle in every function.
import * as z from 'zod/mini';
import { NoticeCheckError } from './errors.ts';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './text/parse-limits.ts';

const MB = 1024 * 1024;

const offsets = z.pipe(
  z.string().check(z.regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'a comma-separated list of whole days, e.g. "30,14,7,1,0"')),
  z.transform((text: string) => [...new Set(text.split(',').map((part) => Number(part.trim())))].sort((a, b) => b - a)),
);

const optionalUrl = z.optional(z.url());
const integer = (min: number, max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.gte(min), z.lte(max)), fallback);

const schema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  TOPIC_ARN: z.string().check(z.minLength(1)),
  MAX_UPLOAD_BYTES: integer(1, Number.MAX_SAFE_INTEGER, 25 * 1024 * 1024),
  DEFAULT_ZONE: z._default(
    z.string().check(z.refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as UTC or America/New_York')),
    'UTC',
  ),
  ALERT_OFFSETS: z._default(offsets, [30, 14, 7, 1, 0]),
  ALERT_LOOKBACK_DAYS: integer(1, 14, 2),
  TENANT_CLAIM: z._default(z.string().check(z.minLength(1)), 'custom:tenantId'),
  UPLOAD_URL_TTL_SECONDS: integer(60, 604_800, 900),
  /** A document PENDING for longer than this is marked FAILED with STALE (lib/app/stale-sweep.ts). */
  STALE_PENDING_HOURS: integer(1, 24 * 30, 7),
  /** Who reads scanned pages: Textract on AWS, tesseract (English data on disk) locally, or nobody. */
  OCR_ENGINE: z._default(z.enum(['tesseract', 'textract', 'none']), 'tesseract'),
  /** Textract's completion channel for multi-page scans (resources/ocr.yml); both or neither. */
  TEXTRACT_TOPIC_ARN: z.optional(z.string().check(z.minLength(1))),
  TEXTRACT_ROLE_ARN: z.optional(z.string().check(z.minLength(1))),
  /**
   * With the channel: how long ingest waits for a multi-page job before handing it off. At most 40 s, so it
   * always ends inside the ingest function's 60 s less its 10 s reserve, with room for the pages before.
   */
  TEXTRACT_HAND_OFF_MS: integer(1_000, 40_000, 25_000),
  /** The domain SES receives notices for (resources/inbound-email.yml); empty: every domain (the local inbox). */
  INBOUND_EMAIL_DOMAIN: z._default(z.string(), ''),
  /** Parsing limits of one document (lib/text/parse-limits.ts): time, reader heap, pages, inflated sizes. */
  PARSE_TIMEOUT_SECONDS: integer(1, 900, DEFAULT_PARSE_LIMITS.timeoutMs / 1000),
  PARSE_MAX_HEAP_MB: integer(64, 16_384, DEFAULT_PARSE_LIMITS.maxHeapMb),
  PARSE_MAX_READER_MB: integer(128, 16_384, DEFAULT_PARSE_LIMITS.maxReaderMb),
  PARSE_MAX_PAGES: integer(1, 1_000_000, DEFAULT_PARSE_LIMITS.maxPages),
  PARSE_MAX_DECODED_MB: integer(1, 16_384, DEFAULT_PARSE_LIMITS.maxDecodedBytes / MB),
  PARSE_MAX_IMAGE_MEGAPIXELS: integer(1, 16_384, DEFAULT_PARSE_LIMITS.maxImagePixels / 1_000_000),
  PARSE_MAX_INFLATED_MB: integer(1, 16_384, DEFAULT_PARSE_LIMITS.maxInflatedBytes / MB),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  /** Local endpoints (DynamoDB Local, the S3/SNS emulator); unset in AWS. */
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
  SNS_ENDPOINT: optionalUrl,
});

export interface Config {
  tableName: string;
  bucketName: string;
  topicArn: string;
  maxUploadBytes: number;
  defaultZone: string;
  /** Days before a deadline to alert, largest first. */
  alertOffsets: number[];
  alertLookbackDays: number;
  tenantClaim: string;
  uploadUrlTtlSeconds: number;
  /** Hours after its upload request that a still PENDING document is stale. */
  stalePendingHours: number;
  /** Scanned pages are NO_TEXT with 'none'. */
  ocrEngine: 'tesseract' | 'textract' | 'none';
  /** Where Textract announces a finished multi-page job; unset, the job runs without a channel. */
  textractNotification?: { topicArn: string; roleArn: string };
  /** With a channel, a multi-page job still running after this long is handed off to the ocrComplete function. */
  textractHandOffMs: number;
  /** Mail to notices+<tenantId>.<contractId>@ this domain is a letter of that contract; empty accepts any domain. */
  inboundEmailDomain: string;
  region: string;
  parsing: ParseLimits;
  endpoints: { dynamodb?: string; s3?: string; sns?: string };
}

/**
 * Validates an environment into a Config. Empty strings count as unset.
 * @example loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b', TOPIC_ARN: 'arn:aws:sns:us-east-1:1:t' }).alertOffsets // [30, 14, 7, 1, 0]
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const problem = issue?.code === 'invalid_type' && present[variable] === undefined ? 'is required' : `is invalid: ${issue?.message}`;
    throw new NoticeCheckError('CONFIG', `Environment variable ${variable} ${problem}`, { details: { variable } });
  }
  const e = parsed.data;
  return {
    tableName: e.TABLE_NAME,
    bucketName: e.BUCKET_NAME,
    topicArn: e.TOPIC_ARN,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    defaultZone: e.DEFAULT_ZONE,
    alertOffsets: e.ALERT_OFFSETS,
    alertLookbackDays: e.ALERT_LOOKBACK_DAYS,
    tenantClaim: e.TENANT_CLAIM,
    uploadUrlTtlSeconds: e.UPLOAD_URL_TTL_SECONDS,
    stalePendingHours: e.STALE_PENDING_HOURS,
    ocrEngine: e.OCR_ENGINE,
    inboundEmailDomain: e.INBOUND_EMAIL_DOMAIN.trim().toLowerCase(),
    ...(e.TEXTRACT_TOPIC_ARN && e.TEXTRACT_ROLE_ARN
      ? { textractNotification: { topicArn: e.TEXTRACT_TOPIC_ARN, roleArn: e.TEXTRACT_ROLE_ARN } }
      : {}),
    textractHandOffMs: e.TEXTRACT_HAND_OFF_MS,
    region: e.AWS_REGION,
    parsing: {
      timeoutMs: e.PARSE_TIMEOUT_SECONDS * 1000,
      maxHeapMb: e.PARSE_MAX_HEAP_MB,
      maxReaderMb: e.PARSE_MAX_READER_MB,
      maxPages: e.PARSE_MAX_PAGES,
      maxDecodedBytes: e.PARSE_MAX_DECODED_MB * MB,
      maxImagePixels: e.PARSE_MAX_IMAGE_MEGAPIXELS * 1_000_000,
      maxInflatedBytes: e.PARSE_MAX_INFLATED_MB * MB,
    },
    endpoints: { dynamodb: e.DYNAMODB_ENDPOINT, s3: e.S3_ENDPOINT, sns: e.SNS_ENDPOINT },
  };
}

let cached: Config | undefined;

/** The process's configuration, validated on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
