/**
 * Peak resident memory of a process while something runs, read from Linux's /proc: VmHWM is the kernel's own
 * high-water mark of the process's resident set, so polling only has to read it before the process is gone.
 * Memory outside the V8 heap (ArrayBuffers, zlib, pdf.js's decoded images) counts, as it does against a
 * Lambda function's memory.
 */
import { residentPeakBytes } from '../../lib/text/reader-memory.ts';

const MB = 1024 * 1024;
const POLL_MS = 5;

export interface PeakWatch {
  /** Starts watching a child process as well (its high-water mark). */
  watchChild(pid: number): void;
  /** Stops polling; the peaks in MB (child null when none was watched or /proc could not be read). */
  stop(): { childMb: number | null; selfMb: number };
}

/**
 * Polls this process's resident set and, once given, a child's high-water mark.
 * @example const watch = peakWatch(); await work((pid) => watch.watchChild(pid)); watch.stop() // { childMb: 371, selfMb: 120 }
 */
export function peakWatch(): PeakWatch {
  let child: number | null = null;
  let childMb: number | null = null;
  let selfMb = process.memoryUsage.rss() / MB;
  const poll = () => {
    selfMb = Math.max(selfMb, process.memoryUsage.rss() / MB);
    if (child === null) return;
    const peak = residentPeakBytes(child);
    if (peak !== null) childMb = Math.max(childMb ?? 0, peak / MB);
  };
  const timer = setInterval(poll, POLL_MS);
  return {
    watchChild(pid) {
      child = pid;
      poll();
    },
    stop() {
      poll();
      clearInterval(timer);
      return { childMb, selfMb };
    },
  };
}
