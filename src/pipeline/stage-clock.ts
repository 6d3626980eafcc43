/**
 * Where a thread's time goes in a parallel build (npm run bench prints it): each `lap` gives
 * the CPU time and wall time since the previous lap to a stage. One clock per thread (each
 * worker loads its own copy of this module); a lap costs one threadCpuUsage call, so the
 * pipeline keeps them always on. Waiting is a stage too: on two cores a thread's wait is
 * the other's critical path.
 */
export interface StageTime {
  cpuMs: number;
  wallMs: number;
}

export type Stages = Record<string, StageTime>;

export class StageClock {
  private stages: Stages = {};
  private cpu = process.threadCpuUsage();
  private wall = performance.now();

  /** Gives the time since the last lap (or reset) to `stage`. */
  lap(stage: string): void {
    const used = process.threadCpuUsage(this.cpu);
    const now = performance.now();
    const time = (this.stages[stage] ??= { cpuMs: 0, wallMs: 0 });
    time.cpuMs += (used.user + used.system) / 1000;
    time.wallMs += now - this.wall;
    this.cpu = process.threadCpuUsage();
    this.wall = now;
  }

  /** Forgets the stages so far: the next lap counts from now. */
  reset(): void {
    this.stages = {};
    this.cpu = process.threadCpuUsage();
    this.wall = performance.now();
  }

  /** The stages so far, in the order each was first lapped. */
  read(): Stages {
    return structuredClone(this.stages);
  }
}

/** This thread's clock. */
export const threadStages = new StageClock();
