// A small word-level diff, for showing the person which words a suggestion changes. Pure.
//
// Text is cut into words and the spaces between them; the longest common run of those pieces
// (a classic LCS table) is kept, and the rest is marked removed or added. The common start and
// end are taken off first, so a one-word change in a long text compares only the middle. When
// the middle is still too big to compare piece by piece (over MAX_CELLS), it is shown as the
// whole old middle removed and the whole new one added: still true, only coarser.

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** The most table cells compared (old pieces × new pieces) before falling back to coarse. */
export const MAX_CELLS = 250_000;

/** Words and the whitespace between them, in order; joined they give the text back. */
export function pieces(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** What changed from `before` to `after`, word by word. Joining same+removed gives `before`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = pieces(before);
  const b = pieces(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    for (const part of middle(midA, midB)) push(parts, part.kind, part.text);
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/** LCS over two short lists of pieces; removals are listed before additions at each change. */
function middle(a: string[], b: string[]): DiffPart[] {
  const width = b.length + 1;
  // lengths[i * width + j]: the longest common run of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'same', a[i] as string);
      i++;
      j++;
    } else if (
      j >= b.length ||
      (i < a.length && (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      push(parts, 'removed', a[i] as string);
      i++;
    } else {
      push(parts, 'added', b[j] as string);
      j++;
    }
  }
  return parts;
}
