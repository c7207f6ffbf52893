/** The ports of inbound email: where raw, delivered and unmatched messages are kept (the documents bucket). */

export interface StoredMail {
  key: string;
  /** When the message was stored, ISO 8601; null when the store does not say. */
  storedAt: string | null;
}

export interface MailStore {
  /** The message's bytes; null when it is gone (already routed by an earlier delivery of the same event). */
  get(key: string): Promise<Uint8Array | null>;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Messages under `prefix`, oldest first, at most `limit`. */
  list(prefix: string, limit: number): Promise<StoredMail[]>;
  delete(key: string): Promise<void>;
}

/** Where the messages of one stage of inbound mail are kept. */
export const mailKeys = {
  /** Raw messages as SES stores them (the receipt rule's S3 action writes `inbound/<SES message id>`). */
  rawPrefix: 'inbound/',
  /** Mail whose address named no tenant: kept for the operators, listed to nobody. */
  unroutedPrefix: 'inbound-unrouted/',
  unmatchedPrefix: (tenantId: string) => `tenants/${tenantId}/unmatched/`,
  unmatched: (tenantId: string, messageId: string) => `tenants/${tenantId}/unmatched/${messageId}/notice.eml`,
} as const;

/** The file name a delivered message is stored under: ingest reads it as an email by its extension. */
export const MAIL_FILE_NAME = 'notice.eml';
