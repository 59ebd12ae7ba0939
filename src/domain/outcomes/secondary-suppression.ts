// Secondary (complementary) suppression (issue 16, decision 0052). Hiding the small counts is not
// enough when a report also shows totals: if improved + no change + deteriorated = people with a
// pair and only "improved" is hidden, anyone can subtract. So the report's figures are modelled
// as cells tied by linear equations (a total equals the weighted sum of its parts), and more cells
// are hidden until no hidden cell is fixed by the shown ones. Shown counts are also rounded, which
// blurs any sum; this check assumes the shown figures were exact, so it is safe either way.
// Pure.

/** A total and the parts it is the sum of; a part's weight is 1 unless said (a sum of values). */
export type CellEquation = {
  total: string;
  parts: readonly { cell: string; weight?: number }[];
};

const EPSILON = 1e-9;

/**
 * The cells to hide: those hidden already, and enough more that none of them can be worked out
 * from the shown cells through the equations. When exactly one cell of an equation is hidden,
 * the smallest shown part of that equation (or, with none shown, its total) is hidden too; a cell
 * fixed by several equations together gets the smallest shown cell that stops it (see
 * complementFor). `counts` gives every cell's true value, in the order ties are settled.
 */
export function protectHiddenCells(
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  equations: readonly CellEquation[],
): Set<string> {
  const hiding = new Set(hidden);
  const terms = equations.map(termsOf);
  // Each round hides one more cell, so this ends after at most as many rounds as there are cells.
  for (;;) {
    const exposed = workedOut(hiding, terms, counts)[0];
    if (exposed === undefined) return hiding;
    const complement = complementFor(exposed, hiding, terms, counts);
    // Nothing left shown in any equation: what is still "fixed" follows from the equations'
    // shape alone, not from any number shown.
    if (complement === undefined) return hiding;
    hiding.add(complement);
  }
}

/** An equation as terms equal to zero: +1 × total − weight × each part; zero weights left out. */
type Term = { cell: string; coefficient: number };

function termsOf(equation: CellEquation): Term[] {
  const terms: Term[] = [{ cell: equation.total, coefficient: 1 }];
  for (const part of equation.parts) {
    const weight = part.weight ?? 1;
    if (weight !== 0) terms.push({ cell: part.cell, coefficient: -weight });
  }
  return terms;
}

/** The hidden cells that the equations and the shown cells fix, in the order of `counts`. */
export function hiddenCellsWorkedOut(
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  equations: readonly CellEquation[],
): string[] {
  return workedOut(hidden, equations.map(termsOf), counts);
}

/**
 * A hidden cell is fixed when its unit vector lies in the row space of the equations restricted
 * to the hidden cells; in reduced row echelon form that is a row holding nothing but that cell.
 */
function workedOut(
  hidden: ReadonlySet<string>,
  equations: readonly Term[][],
  counts: ReadonlyMap<string, number>,
): string[] {
  const columns = [...counts.keys()].filter((cell) => hidden.has(cell));
  const column = new Map(columns.map((cell, index) => [cell, index]));
  const rows = equations.map((terms) => {
    const row = new Array<number>(columns.length).fill(0);
    for (const term of terms) {
      const index = column.get(term.cell);
      if (index !== undefined) row[index] = (row[index] ?? 0) + term.coefficient;
    }
    return row;
  });
  const reduced = reducedRowEchelon(rows, columns.length);
  const determined: string[] = [];
  for (const row of reduced) {
    const nonZero = row.flatMap((value, index) => (Math.abs(value) > EPSILON ? [index] : []));
    const only = nonZero.length === 1 ? columns[nonZero[0] as number] : undefined;
    if (only !== undefined) determined.push(only);
  }
  return columns.filter((cell) => determined.includes(cell));
}

function reducedRowEchelon(input: number[][], width: number): number[][] {
  const rows = input.map((row) => [...row]);
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < rows.length; r++) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[best]?.[col] ?? 0)) best = r;
    }
    const pivot = rows[best]?.[col] ?? 0;
    if (Math.abs(pivot) <= EPSILON) continue;
    const chosen = rows[best] as number[];
    rows[best] = rows[pivotRow] as number[];
    rows[pivotRow] = chosen.map((value) => value / pivot);
    const unit = rows[pivotRow] as number[];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as number[];
      const factor = row[col] ?? 0;
      if (r === pivotRow || Math.abs(factor) <= EPSILON) continue;
      rows[r] = row.map((value, index) => value - factor * (unit[index] ?? 0));
    }
    pivotRow++;
  }
  return rows;
}

/**
 * The cell to hide so that `exposed` can no longer be worked out: the smallest shown cell that
 * does it, looked for first in the equations `exposed` is in, then in every equation (a cell may
 * be fixed through a chain: the cases above a cut-off are the people with a pair less the bands
 * below it). Parts go before totals, so a total (and the means and shares over it) is hidden
 * only when no part will do, and then the total of the fewest equations (a mean's sum before the
 * people with a pair). With no single cell enough, the smallest shown cell of its own
 * equations is hidden and the next round looks again.
 */
function complementFor(
  exposed: string,
  hidden: ReadonlySet<string>,
  equations: readonly Term[][],
  counts: ReadonlyMap<string, number>,
): string | undefined {
  // How many equations a cell is the total of: hiding a total hides more (the people with a pair
  // are behind every mean and share), so parts go first, then the totals of fewest equations.
  const totalOf = new Map<string, number>();
  for (const terms of equations) {
    const total = terms[0]?.cell;
    if (total !== undefined) totalOf.set(total, (totalOf.get(total) ?? 0) + 1);
  }
  const order = [...counts.keys()];
  const byPreference = (cells: Iterable<string>) =>
    [...new Set(cells)]
      .filter((cell) => !hidden.has(cell))
      .sort(
        (a, b) =>
          (totalOf.get(a) ?? 0) - (totalOf.get(b) ?? 0) ||
          (counts.get(a) ?? 0) - (counts.get(b) ?? 0) ||
          order.indexOf(a) - order.indexOf(b),
      );
  const near = byPreference(
    equations
      .filter((terms) => terms.some((term) => term.cell === exposed))
      .flatMap((terms) => terms.map((term) => term.cell)),
  );
  const everywhere = byPreference(equations.flatMap((terms) => terms.map((term) => term.cell)));
  const protects = (cell: string) =>
    !workedOut(new Set([...hidden, cell]), equations, counts).includes(exposed);
  return near.find(protects) ?? everywhere.find(protects) ?? near[0] ?? everywhere[0];
}
