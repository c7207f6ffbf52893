import { readFileSync } from 'node:fs';

const KB = 1024;
const MB = 1024 * 1024;
/** Often enough that a reader filling memory at gigabytes a second passes the limit by tens of MB at most. */
const EVERY_MS = 10;

/**
 * The process's resident high-water mark in bytes (the kernel's own, VmHWM), or null once it has exited or
 * where there is no /proc (macOS, Windows).
 * @example residentPeakBytes(process.pid) // 118_231_040 on Linux
 */
export function residentPeakBytes(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * KB;
  } catch {
    return null;
  }
}

/**
 * Watches the reader process's whole resident memory from the calling process and calls `onOver` once it has
 * passed `limitMb`. The heap flag caps only V8's heap: pdf.js's decoded page images, zlib's output and other
 * ArrayBuffers live outside it, and a document can spend them (four large images on one scanned page took
 * the reader to 1.8 GB with a 1 GB heap). Linux reports the high-water mark in /proc/<pid>/status, so a
 * peak between two looks is still seen; elsewhere (macOS, Windows) there is nothing to read and the watch
 * does nothing. Returns the function that stops it.
 * @example const stop = watchResidentMemory(child.pid, 1_280, () => child.kill('SIGKILL')); // later: stop()
 */
export function watchResidentMemory(pid: number, limitMb: number, onOver: () => void): () => void {
  const look = () => {
    const peak = residentPeakBytes(pid);
    if (peak === null) {
      clearInterval(timer);
    } else if (peak > limitMb * MB) {
      clearInterval(timer);
      onOver();
    }
  };
  const timer = setInterval(look, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
