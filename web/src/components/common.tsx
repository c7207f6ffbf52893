/** Small shared pieces: status pills, loading and error messages. Colour is never the only signal: each pill has words. */
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../load.ts';

export function Pill({ tone, children }: { tone: string; children: ComponentChildren }) {
  return <span class={`pill pill-${tone}`}>{children}</span>;
}

export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ComponentChildren }) {
  if (loaded.state === 'loading')
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  if (loaded.state === 'error') return <ErrorMessage message={loaded.message} />;
  return <>{children(loaded.value)}</>;
}

export function ErrorMessage({ message }: { message: string }) {
  return (
    <p class="error" role="alert">
      {message}
    </p>
  );
}
