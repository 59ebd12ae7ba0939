// The suite's tables, as Markdown: aligned so they read well in a terminal and paste as they
// are into docs/performance.md.
import os from 'node:os';
import type { Options } from './options.ts';
import type { Summary } from './summary.ts';

/** A number for a table: fixed digits, thousands separated; a dash when there is none. */
export function figure(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export const times = (value: number | undefined, digits = 2) =>
  value === undefined || !Number.isFinite(value) ? '—' : `${figure(value, digits)}×`;

/** A Markdown table with every column padded to its widest cell; numbers right-aligned. */
export function markdownTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) => {
        const width = widths[column] ?? 3;
        return rightAligned[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) =>
      rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  return [line(header), rule, ...rows.map((row) => line(row.map((cell) => cell ?? '')))].join('\n');
}

export type MachineFacts = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  loadAverage: number;
  date: string;
};

export function machineFacts(now = new Date()): MachineFacts {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    loadAverage: os.loadavg()[0] ?? Number.NaN,
    date: now.toISOString().slice(0, 16).replace('T', ' '),
  };
}

export function machineLine(machine: MachineFacts): string {
  return (
    `${machine.date} UTC · ${machine.cpu}, ${machine.cores} cores, ` +
    `${figure(machine.memoryGiB, 1)} GiB memory · Node ${machine.node} · ` +
    `load average ${figure(machine.loadAverage, 2)} at the start`
  );
}

export function settingsLine(options: Options): string {
  return (
    `${options.rounds} interleaved rounds × ${options.duration} s × ${options.connections} ` +
    `connections, medians (${options.warmup} s warm-up per route first) · ` +
    `Accept-Encoding: ${options.acceptEncoding || 'none'}`
  );
}

export type LoadRow = { label: string; summary?: Summary };

export function loadTable(rows: LoadRow[], showDatabaseCpu: boolean): string {
  const header = [
    'route',
    'req/s',
    '× bare',
    'p50 ms',
    'p99 ms',
    'p99.9 ms',
    'non-2xx',
    'errors',
    'server CPU µs/req',
    ...(showDatabaseCpu ? ['PostgreSQL CPU µs/req'] : []),
  ];
  const body = rows.map(({ label, summary }) => {
    if (!summary) return [label, 'not run', ...header.slice(2).map(() => '')];
    return [
      label,
      figure(summary.requestsPerSecond),
      times(summary.throughputRatio, 3),
      figure(summary.p50, 1),
      figure(summary.p99, 1),
      figure(summary.p999, 1),
      figure(summary.non2xx),
      figure(summary.errors),
      figure(summary.serverCpuMicros),
      ...(showDatabaseCpu ? [figure(summary.databaseCpuMicros)] : []),
    ];
  });
  return markdownTable(header, body, [false, ...header.slice(1).map(() => true)]);
}

export function rateTable(rows: LoadRow[], rate: number): string {
  const header = [
    `${figure(rate)} requests/s`,
    'reached req/s',
    'p50 ms',
    'p99 ms',
    'p99.9 ms',
    'p99 × bare',
    'non-2xx',
    'errors',
    'server CPU µs/req',
  ];
  const body = rows.map(({ label, summary }) =>
    summary
      ? [
          label,
          figure(summary.requestsPerSecond),
          figure(summary.p50, 1),
          figure(summary.p99, 1),
          figure(summary.p999, 1),
          times(summary.p99Ratio),
          figure(summary.non2xx),
          figure(summary.errors),
          figure(summary.serverCpuMicros),
        ]
      : [label, 'not run', '', '', '', '', '', '', ''],
  );
  return markdownTable(header, body, [false, ...header.slice(1).map(() => true)]);
}

export type MemoryFigures = {
  minutes: number;
  beforeKiB: number;
  halfwayKiB: number;
  endKiB: number;
  peakKiB: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
};

const mib = (kib: number) => figure(kib / 1024);

export function memoryTable(memory: MemoryFigures): string {
  const half = memory.minutes / 2;
  return markdownTable(
    [
      'resident memory (MiB)',
      'before load',
      `after ${figure(half, half % 1 ? 1 : 0)} min`,
      `after ${figure(memory.minutes, memory.minutes % 1 ? 1 : 0)} min`,
      'peak',
      'mixed load req/s',
      'non-2xx',
      'errors',
    ],
    [
      [
        'real server',
        mib(memory.beforeKiB),
        mib(memory.halfwayKiB),
        mib(memory.endKiB),
        mib(memory.peakKiB),
        figure(memory.requestsPerSecond),
        figure(memory.non2xx),
        figure(memory.errors),
      ],
    ],
    [false, true, true, true, true, true, true, true],
  );
}

/**
 * performance.md with a run's report added at the end of its "## Results" section (in place of
 * the "no run yet" line the first time), so later sections stay after the results.
 */
export function withRunAdded(docs: string, report: string, noRunYet: string): string {
  if (docs.includes(noRunYet)) return docs.replace(noRunYet, report);
  const results = docs.indexOf('\n## Results');
  const next = results < 0 ? -1 : docs.indexOf('\n## ', results + 1);
  if (next < 0) return `${docs.trimEnd()}\n\n${report}\n`;
  return `${docs.slice(0, next).trimEnd()}\n\n${report}\n${docs.slice(next)}`;
}
