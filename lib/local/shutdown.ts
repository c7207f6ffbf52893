/**
 * Ctrl-C (SIGINT) and SIGTERM stop the local stack cleanly, then the process exits. A second signal while
 * stopping exits at once; DynamoDB Local's launcher still kills its Java process on exit, so none is orphaned.
 */
export function onShutdownSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    stop()
      .catch((error: unknown) => console.error('Stopping failed:', error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
