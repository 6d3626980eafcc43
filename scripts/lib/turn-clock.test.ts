import { describe, expect, it } from 'vitest';
import { onCoreMs, runQueueWaitNs, turnClock } from './turn-clock.ts';

describe('turnClock', () => {
  it('reads the run queue wait, the second of schedstat\'s three figures', () => {
    expect(runQueueWaitNs('41000000 2500000 17\n')).toBe(2_500_000);
    expect(() => runQueueWaitNs('garbled')).toThrow(/no wait/);
  });

  it('takes the wait for a core out of a turn\'s wall time', () => {
    // 6 ms of wall, of which 4.5 ms waiting while another process ran: 1.5 ms on a core.
    expect(onCoreMs(6_000_000n, 4_500_000)).toBe(1.5);
  });

  it('times a turn far shorter than a tick of the thread CPU clock', () => {
    const clock = turnClock();
    const from = clock.now();
    let sum = 0;
    for (let i = 0; i < 200_000; i += 1) sum += i % 7;
    const ms = clock.now() - from;
    clock.close();
    expect(sum).toBeGreaterThan(0);
    // A CPU clock of 4 ms steps reads such a turn as 0 nearly every time.
    if (clock.exact) expect(ms).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});
