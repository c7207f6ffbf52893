/**
 * Secret calendar feed URLs. Calendar apps cannot send a bearer token, so the URL itself is the credential:
 * 32 random bytes, shown once when the feed is created and stored only as their SHA-256. Anyone holding the
 * URL sees the tenant's deadlines, so each person can revoke their own feeds.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { NoticeCheckError } from '../errors.ts';
import { listDeadlines, type QueryDeps } from './contract-queries.ts';
import { toIcs } from './deadlines-ics.ts';
import type { FeedRepository } from './ports.ts';

export interface FeedDeps extends QueryDeps {
  feeds: FeedRepository;
}

const TOKEN_BYTES = 32;
/** base64url of 32 bytes: 43 characters, nothing else can be a token. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The feed shows the recent past (so calendars keep what passed) and the next two years. */
const DAYS_BACK = 90;
const DAYS_AHEAD = 2 * 366;

/** @example hashToken('abc') // 'ba7816bf…' (hex SHA-256) */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * @example await createFeed(deps, 'acme', 'user-1', 'https://api.example.com')
 * // { feedId, url: 'https://api.example.com/feeds/<43 characters>.ics', createdAt }
 */
export async function createFeed(
  deps: FeedDeps,
  tenantId: string,
  owner: string,
  baseUrl: string,
): Promise<{ feedId: string; url: string; createdAt: string }> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const feed = { tenantId, owner, feedId: randomUUID(), tokenHash: hashToken(token), createdAt: deps.clock.now().toISOString() };
  await deps.feeds.putFeed(feed);
  return { feedId: feed.feedId, url: `${baseUrl.replace(/\/+$/, '')}/feeds/${token}.ics`, createdAt: feed.createdAt };
}

export async function listFeeds(deps: FeedDeps, tenantId: string, owner: string): Promise<Array<{ feedId: string; createdAt: string }>> {
  return (await deps.feeds.listFeeds(tenantId, owner)).map(({ feedId, createdAt }) => ({ feedId, createdAt }));
}

/** NOT_FOUND when the caller has no such feed (another person's feed is not theirs to revoke). */
export async function revokeFeed(deps: FeedDeps, tenantId: string, owner: string, feedId: string): Promise<void> {
  if (!(await deps.feeds.deleteFeed(tenantId, owner, feedId))) throw new NoticeCheckError('NOT_FOUND', 'Feed not found');
}

/**
 * The calendar behind a feed URL's `<token>.ics`; NOT_FOUND for anything that is not a live token, so that a
 * revoked, mistyped or guessed URL all answer alike.
 */
export async function feedCalendar(deps: FeedDeps, tokenWithExtension: string): Promise<string> {
  const token = tokenWithExtension.endsWith('.ics') ? tokenWithExtension.slice(0, -4) : '';
  const feed = TOKEN.test(token) ? await deps.feeds.findByTokenHash(hashToken(token)) : null;
  if (!feed) throw new NoticeCheckError('NOT_FOUND', 'Feed not found');
  const now = deps.clock.now();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const deadlines = await listDeadlines(deps, feed.tenantId, { from: day(-DAYS_BACK), to: day(DAYS_AHEAD) });
  return toIcs(deadlines, deps.config.alertOffsets, { now });
}
