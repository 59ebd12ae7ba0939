import { describe, expect, it } from 'vitest';
import {
  figure,
  loadTable,
  machineLine,
  markdownTable,
  memoryTable,
  times,
  withRunAdded,
} from './report.ts';
import type { Summary } from './summary.ts';

describe('figure', () => {
  it('separates thousands and fixes the digits; a dash stands for a missing figure', () => {
    expect(figure(52702.4)).toBe('52,702');
    expect(figure(0.4567, 1)).toBe('0.5');
    expect(figure(Number.NaN)).toBe('—');
    expect(figure(undefined)).toBe('—');
    expect(times(0.0812, 3)).toBe('0.081×');
    expect(times(Number.NaN)).toBe('—');
  });
});

describe('markdownTable', () => {
  it('pads every column to its widest cell and right-aligns numbers', () => {
    const table = markdownTable(
      ['route', 'req/s'],
      [
        ['bare', '52,702'],
        ['About me', '4,216'],
      ],
      [false, true],
    );
    expect(table.split('\n')).toEqual([
      '| route    |  req/s |',
      '| -------- | -----: |',
      '| bare     | 52,702 |',
      '| About me |  4,216 |',
    ]);
  });
});

const summary: Summary = {
  key: 'about-me',
  rounds: 3,
  requestsPerSecond: 4216.2,
  throughputRatio: 0.0812,
  p50: 10.04,
  p99: 25.26,
  p999: 40,
  p99Ratio: 2.5,
  non2xx: 0,
  errors: 0,
  serverCpuMicros: 431.4,
  databaseCpuMicros: Number.NaN,
  generatorCpuShare: 0.4,
};

describe('loadTable', () => {
  it('gives each route its figures and lists a route without any as not run', () => {
    const lines = loadTable(
      [{ label: 'GET About me', summary }, { label: 'caseload' }],
      false,
    ).split('\n');
    expect(lines[0]).toMatch(/\| route +\| +req\/s \| × bare \| p50 ms \| p99 ms \| p99\.9 ms \|/);
    expect(lines[2]).toMatch(
      /\| GET About me +\| +4,216 \| 0\.081× \| +10\.0 \| +25\.3 \| +40\.0 \| +0 \| +0 \| +431 \|$/,
    );
    expect(lines[3]).toMatch(/\| caseload +\| not run \|/);
  });

  it('adds PostgreSQL’s own CPU only for PostgreSQL', () => {
    expect(loadTable([{ label: 'x', summary }], true)).toContain('PostgreSQL CPU µs/req');
    expect(loadTable([{ label: 'x', summary }], false)).not.toContain('PostgreSQL');
  });
});

describe('memoryTable', () => {
  it('shows MiB before, halfway, at the end and at the peak, headed with the minutes', () => {
    const table = memoryTable({
      minutes: 10,
      beforeKiB: 168 * 1024,
      halfwayKiB: 240 * 1024,
      endKiB: 241 * 1024,
      peakKiB: 250 * 1024,
      requestsPerSecond: 1234,
      non2xx: 0,
      errors: 0,
    });
    expect(table).toContain('after 5 min');
    expect(table).toContain('after 10 min');
    expect(table).toMatch(/\| real server +\| +168 \| +240 \| +241 \| +250 \| +1,234 \|/);
  });
});

describe('machineLine', () => {
  it('names the date, processor, cores, memory and Node version', () => {
    expect(
      machineLine({
        cpu: 'AMD EPYC',
        cores: 2,
        memoryGiB: 23.54,
        node: 'v24.21.0',
        loadAverage: 0.31,
        date: '2026-11-30 09:00',
      }),
    ).toBe(
      '2026-11-30 09:00 UTC · AMD EPYC, 2 cores, 23.5 GiB memory · Node v24.21.0 · load average 0.31 at the start',
    );
  });
});

describe('withRunAdded', () => {
  const NONE = '_No full run yet._';
  it('puts a run at the end of the results, before the sections after them', () => {
    const docs =
      '# Performance\n\n## Results\n\n### An earlier run\n\nfigures\n\n## The caseload\n\ntext\n';
    expect(withRunAdded(docs, '### This run\n\nnew figures', NONE)).toBe(
      '# Performance\n\n## Results\n\n### An earlier run\n\nfigures\n\n### This run\n\nnew figures\n\n## The caseload\n\ntext\n',
    );
  });

  it('takes the place of the line saying there is no run yet, or ends the file without results', () => {
    expect(withRunAdded(`## Results\n\n${NONE}\n\n## Next\n`, '### Run', NONE)).toBe(
      '## Results\n\n### Run\n\n## Next\n',
    );
    expect(withRunAdded('# Performance\n\ntext\n', '### Run', NONE)).toBe(
      '# Performance\n\ntext\n\n### Run\n',
    );
  });
});
