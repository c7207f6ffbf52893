/**
 * Ctrl-C (SIGINT) and SIGTERM stop the local stack cleanly, then the process exits. A second signal while
 * stopping exits at once; DynamoDB Local's launcher still kills its Java process on exit, so none is orphaned.
 *
 * `npm start` runs us under `sh -c`, which does not pass on a SIGTERM sent to npm alone (a process manager,
 * an IDE's stop button): the shell dies and we are re-parented. Noticing that the parent changed and
 * stopping then is what keeps DynamoDB Local's Java process from outliving the stack.
 */
export function onShutdownSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const parent = process.ppid;
  const handle = () => {
    clearInterval(watchdog);
    if (stopping) process.exit(130); // a second Ctrl-C: the user does not want to wait
    stopping = true;
    // A stop that was asked for and went cleanly is a success: exit 0, so npm prints no error.
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Stopping failed:', error);
        process.exit(1);
      },
    );
  };
  const watchdog = setInterval(() => {
    if (process.ppid !== parent) handle();
  }, 1_000);
  watchdog.unref();
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
