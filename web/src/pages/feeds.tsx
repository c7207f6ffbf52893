/**
 * The calendar feed: calendar apps cannot send a sign-in token, so the feed's address holds a secret. It is
 * shown once, when created, with a copy button; revoking it stops every calendar subscribed to it.
 */
import { useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { ErrorMessage, Show } from '../components/common.tsx';
import { Layout } from '../components/layout.tsx';
import { formatMoment } from '../dates.ts';
import { useLoad } from '../load.ts';
import type { Route } from '../router.ts';

export function FeedsPage({ api, route }: { api: Api; route: Route }) {
  const [loaded, reload] = useLoad(() => api.feeds(), []);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Layout route={route} title="Calendar feed">
      <p>
        Subscribe to your deadlines in a calendar app (Outlook, Google Calendar, Apple Calendar). Anyone with the address can read the feed:
        keep it private, and revoke it if it leaks.
      </p>
      <button
        type="button"
        onClick={() =>
          attempt(async () => {
            const feed = await api.createFeed();
            setCreated(feed.url);
            setCopied(false);
            reload();
          })
        }
      >
        Create a feed address
      </button>
      {error && <ErrorMessage message={error} />}
      {created && (
        <div class="card">
          <label>
            Your new feed address (shown only now)
            <input class="feed-url" type="text" readOnly value={created} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button
            type="button"
            onClick={() =>
              attempt(async () => {
                await navigator.clipboard.writeText(created);
                setCopied(true);
              })
            }
          >
            Copy the address
          </button>
          <span role="status">{copied ? ' Copied.' : ''}</span>
        </div>
      )}
      <h2>Feed addresses</h2>
      <Show loaded={loaded}>
        {(feeds) =>
          feeds.length === 0 ? (
            <p>No feed addresses.</p>
          ) : (
            <ul class="feeds">
              {feeds.map((feed) => (
                <li key={feed.feedId}>
                  Created {formatMoment(feed.createdAt, zone)}{' '}
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`Revoke the feed created ${formatMoment(feed.createdAt, zone)}`}
                    onClick={() =>
                      attempt(async () => {
                        await api.revokeFeed(feed.feedId);
                        reload();
                      })
                    }
                  >
                    Revoke
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </Layout>
  );
}
