import { describe, expect, it } from 'vitest';
import { cpuBetween, parseCpuTicks, parseMemory } from './process-stats.ts';

// A /proc/<pid>/stat line: utime 1520 and stime 230 ticks (fields 14 and 15).
const STAT =
  '4242 (node) S 4200 4242 4200 34816 4242 4194560 91876 0 12 0 1520 230 0 0 20 0 11 0 ' +
  '1234567 1303941120 48213 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0';

describe('parseCpuTicks', () => {
  it('adds user and system time', () => {
    expect(parseCpuTicks(STAT)).toBe(1750);
  });

  it('counts fields after the name, which may hold spaces and brackets', () => {
    const odd = STAT.replace('(node)', '(MainThread (x) y)');
    expect(parseCpuTicks(odd)).toBe(1750);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseCpuTicks('no such process')).toThrow();
  });
});

describe('parseMemory', () => {
  it('reads resident memory now and at its highest, in KiB', () => {
    const status = [
      'Name:\tnode',
      'VmPeak:\t 1303944 kB',
      'VmHWM:\t  254812 kB',
      'VmRSS:\t  192848 kB',
      'Threads:\t11',
    ].join('\n');
    expect(parseMemory(status)).toEqual({ rssKiB: 192_848, peakRssKiB: 254_812 });
  });

  it('is missing, not zero, when a field is absent (a zombie process has no VmRSS)', () => {
    const memory = parseMemory('Name:\tnode\nState:\tZ (zombie)\n');
    expect(memory.rssKiB).toBeNaN();
    expect(memory.peakRssKiB).toBeNaN();
  });
});

describe('cpuBetween', () => {
  it('adds what each process used, counting a process that started in between in full', () => {
    const before = new Map([
      [1, 10],
      [2, 4],
      [3, 7],
    ]);
    const after = new Map([
      [1, 12.5],
      [2, 4],
      [4, 1.5],
    ]);
    expect(cpuBetween(before, after)).toBe(4);
  });
});
