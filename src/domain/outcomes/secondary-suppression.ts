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
 * fixed only by several equations together gets the smallest shown part of any equation it is in.
 * `counts` gives every cell's true value, in the order ties are settled.
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
 * The cell to hide so that `exposed` can no longer be worked out: from the equations where it is
 * the only hidden cell (or, with none, every equation it is in), the smallest shown part, and
 * only when no part is shown, a shown total.
 */
function complementFor(
  exposed: string,
  hidden: ReadonlySet<string>,
  equations: readonly Term[][],
  counts: ReadonlyMap<string, number>,
): string | undefined {
  const containing = equations.filter((terms) => terms.some((term) => term.cell === exposed));
  const alone = containing.filter(
    (terms) => terms.filter((term) => hidden.has(term.cell)).length === 1,
  );
  const from = alone.length > 0 ? alone : containing;
  const shownParts = from.flatMap((terms) =>
    terms.slice(1).flatMap((term) => (hidden.has(term.cell) ? [] : [term.cell])),
  );
  const shownTotals = from.flatMap((terms) =>
    terms[0] && !hidden.has(terms[0].cell) ? [terms[0].cell] : [],
  );
  return smallest(shownParts.length > 0 ? shownParts : shownTotals, counts);
}

function smallest(
  cells: readonly string[],
  counts: ReadonlyMap<string, number>,
): string | undefined {
  const order = [...counts.keys()];
  let best: string | undefined;
  for (const cell of cells) {
    if (best === undefined) {
      best = cell;
      continue;
    }
    const difference = (counts.get(cell) ?? 0) - (counts.get(best) ?? 0);
    if (difference < 0 || (difference === 0 && order.indexOf(cell) < order.indexOf(best)))
      best = cell;
  }
  return best;
}
