/**
 * The time this thread spends on a core, to the microsecond, for timing turns of a few
 * milliseconds. The thread's CPU clock as Node reads it (`process.threadCpuUsage`, getrusage)
 * moves only at the kernel's ticks and context switches, in steps of up to 4 ms, as large as a
 * turn: wall time is exact but counts the time the thread waited for a core while others ran.
 * Linux counts that wait to the nanosecond (the second field of /proc/thread-self/schedstat,
 * settled each time the thread gets a core back), so wall time less the wait is the turn's time
 * on a core, the reading's own and the cache misses another process left it.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The nanoseconds the thread has waited for a core, from the text of its schedstat ("run wait slices"). */
export function runQueueWaitNs(schedstat: string): number {
  const wait = Number(schedstat.trim().split(/\s+/)[1]);
  if (!Number.isFinite(wait)) throw new Error(`schedstat: no wait in "${schedstat.trim()}"`);
  return wait;
}

/** A turn's time on a core: its wall time less what the run queue's wait grew by meanwhile. */
export const onCoreMs = (wallNs: bigint, waitNs: number): number => Number(wallNs) / 1e6 - waitNs / 1e6;

/** A clock of this thread's time on a core in ms (differences only); the thread's CPU clock where /proc/thread-self/schedstat is not to be read. */
export function turnClock(): { now: () => number; exact: boolean; close: () => void } {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    const now = (): number => {
      const used = process.threadCpuUsage();
      return (used.user + used.system) / 1000;
    };
    return { now, exact: false, close: () => {} };
  }
  const buffer = Buffer.alloc(96);
  const now = (): number => {
    const wall = process.hrtime.bigint();
    // Read again from the start each time: the kernel writes the figures afresh for every read.
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return onCoreMs(wall, runQueueWaitNs(buffer.toString('latin1', 0, length)));
  };
  return { now, exact: true, close: () => closeSync(fd) };
}
