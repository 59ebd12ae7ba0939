// What a server process costs, read from Linux's /proc: CPU time (utime + stime, every thread
// of the process) and resident memory. Read from outside the process, so measuring costs the
// server nothing. Linux only; elsewhere the figures are missing (NaN), not made up.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * utime + stime in clock ticks, from the text of /proc/<pid>/stat. The command name (field 2)
 * is in brackets and may itself hold spaces or brackets, so fields are counted after the last
 * ")": the first one after it is field 3 (state), which puts utime (14) and stime (15) at
 * positions 11 and 12.
 */
export function parseCpuTicks(statText: string): number {
  const afterName = statText
    .slice(statText.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(afterName[11]);
  const stime = Number(afterName[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`not a /proc/<pid>/stat line: ${statText.slice(0, 80)}`);
  return utime + stime;
}

export type Memory = { rssKiB: number; peakRssKiB: number };

/** VmRSS (resident now) and VmHWM (the highest it has been), in KiB, from /proc/<pid>/status. */
export function parseMemory(statusText: string): Memory {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(statusText);
    return match ? Number(match[1]) : Number.NaN;
  };
  return { rssKiB: field('VmRSS'), peakRssKiB: field('VmHWM') };
}

let ticksPerSecond: number | undefined;

/** USER_HZ, the unit of /proc CPU times (100 on almost every Linux). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

/** CPU seconds a process has used so far; NaN if it is gone or /proc is not there. */
export function cpuSeconds(pid: number): number {
  try {
    return parseCpuTicks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) / clockTicksPerSecond();
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds of several processes (PostgreSQL's backends), by pid. */
export function cpuSecondsOf(pids: readonly number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    const value = cpuSeconds(pid);
    if (Number.isFinite(value)) seconds.set(pid, value);
  }
  return seconds;
}

/**
 * CPU used between two readings of a set of processes: the growth of those read both times,
 * plus all of the time of processes that started in between. Processes that ended in between
 * are lost (a connection pool keeps its backends, so this rarely matters).
 */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export function memoryOf(pid: number): Memory {
  try {
    return parseMemory(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return { rssKiB: Number.NaN, peakRssKiB: Number.NaN };
  }
}
