// The access log as a spreadsheet (CSV, RFC 4180). A cell a spreadsheet would read as a
// formula (starting = + - @, a tab or a carriage return) gets a leading single quote, so a
// name someone chose can never run as a formula on the person's computer. Pure: no I/O.

/** A cell a spreadsheet would treat as a formula gets a leading quote to keep it text. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvCell(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows joined with CRLF, as RFC 4180 says, ending with a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** A file name with nothing in it a header or a file system could trip on. */
export function accessLogFileName(now: Date): string {
  return `waymark-access-log-${now.toISOString().slice(0, 10)}.csv`;
}
