import { describe, expect, it } from 'vitest';
import { accessLogFileName, csvCell, toCsv } from './access-log-csv.ts';

describe('The access log as CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Jo, my sister')).toBe('"Jo, my sister"');
    expect(csvCell('Jo "JJ" Smith')).toBe('"Jo ""JJ"" Smith"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("x")`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=SUM(A1,A2)')).toBe('"\'=SUM(A1,A2)"');
    expect(csvCell('Jo = friend')).toBe('Jo = friend');
  });

  it('names the file with the date only', () => {
    expect(accessLogFileName(new Date('2026-03-03T14:02:00Z'))).toBe(
      'waymark-access-log-2026-03-03.csv',
    );
  });
});
