/**
 * Stops what the local stack started: the steps marked `first` (the HTTP API and timers, so no new work
 * arrives) and then all others, each group in reverse order of starting; every step at most once, and one
 * failure never skips the rest — a Java process must not outlive the stack because a server failed to close.
 */
export class Stopper {
  private readonly first: Array<{ name: string; stop: () => Promise<unknown> }> = [];
  private readonly rest: Array<{ name: string; stop: () => Promise<unknown> }> = [];
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly onError: (name: string, error: unknown) => void = (name, error) => console.error(`Stopping ${name} failed:`, error),
  ) {}

  add(name: string, stop: () => Promise<unknown>, options: { first?: boolean } = {}): void {
    (options.first ? this.first : this.rest).push({ name, stop });
  }

  /** Idempotent: a second call (a second Ctrl-C) waits for the same shutdown. */
  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      for (const step of [...this.first.reverse(), ...this.rest.reverse()]) {
        try {
          await step.stop();
        } catch (error) {
          this.onError(step.name, error);
        }
      }
    })();
    return this.stopping;
  }
}
