// Urdu reads right to left, and with <html dir="rtl"> the whole web app mirrors (decision 0033).
// That holds only while the styles say "start" and "end", never "left" and "right", and while
// every text box lets its own words decide their direction. This keeps it that way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Here beside the layer rules, not in src/web: it reads files, which web code may not.
const WEB = join(import.meta.dirname, '../../web');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

type Finding = { line: number; declaration: string; why: string };

/** Shorthands whose four values go top, right, bottom, left. */
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);
/** Properties whose value may name a side. */
const SIDE_VALUES = new Set([
  'text-align',
  'text-align-last',
  'float',
  'clear',
  'background-position',
  'background-position-x',
]);

/** Every declaration in `css` that names the left or the right, with why it does. */
function physicalDeclarations(css: string): Finding[] {
  // Comments become spaces, keeping line breaks, so line numbers stay true.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const findings: Finding[] = [];
  // A declaration ends with ";" or "}"; a selector such as "a:hover {" or a media query's
  // "(min-width: 40em) {" is followed by "{" and so never matches.
  for (const match of text.matchAll(/([a-z-]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/gi)) {
    const property = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (property.startsWith('--')) continue;
    const line = text.slice(0, match.index).split('\n').length;
    const declaration = `${property}: ${value}`;
    const unprefixed = property.replace(/^-webkit-/, '');
    if (/^(left|right)$|-(left|right)(-|$)/.test(unprefixed)) {
      findings.push({ line, declaration, why: 'a property named after a side' });
    } else if (SIDE_VALUES.has(unprefixed) && /\b(left|right)\b/i.test(value)) {
      findings.push({ line, declaration, why: 'a value naming a side' });
    } else if (BOX_SHORTHANDS.has(unprefixed)) {
      const values = value.split(/\s+(?![^(]*\))/);
      if (values.length === 4 && values[1] !== values[3])
        findings.push({ line, declaration, why: 'a shorthand with different left and right' });
    }
  }
  return findings;
}

/**
 * The exceptions: a file (under src/web), the declaration as written, and why it must name a
 * side. Empty today: the charts keep their time axis left to right with `direction: ltr`, which
 * names no side. Each entry must still match something, so a fixed one cannot linger.
 */
const ALLOWED: { file: string; declaration: string; why: string }[] = [];

describe('Styles of the web app', () => {
  it('name no left or right, so the page mirrors for right-to-left languages', () => {
    const found = filesUnder(WEB, /\.css$/).flatMap((path) =>
      physicalDeclarations(readFileSync(path, 'utf8')).map((finding) => ({
        file: relative(WEB, path),
        ...finding,
      })),
    );
    const allowed = (f: { file: string; declaration: string }) =>
      ALLOWED.some((a) => a.file === f.file && a.declaration === f.declaration);
    expect(found.filter((finding) => !allowed(finding))).toEqual([]);
    for (const exception of ALLOWED) {
      expect(exception.why.trim(), `why ${exception.declaration} is allowed`).not.toBe('');
      expect(found.some((f) => allowed(f) && f.file === exception.file)).toBe(true);
    }
  });

  it('find each way of naming a side, and let the logical ones through', () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 0 }
      .b {
        left: 0;
        right: 2px;
        border-left: 5px solid red;
        border-top-right-radius: 4px;
        text-align: left;
        float: right;
        clear: left;
        padding: 1rem 2.5rem 1rem 0;
        -webkit-margin-end: 0;
      }
      @media (min-width: 40em) { .c:hover { color: red } }
      /* margin-left: 1rem in a comment */
      .d {
        margin-inline-start: 1rem;
        inset-inline-end: 0;
        border-inline-start: 5px solid red;
        text-align: start;
        float: inline-start;
        padding: 1rem 2rem 1rem 2rem;
        padding: 0 1rem;
        margin: 0 auto var(--space-3);
        --space-left: 1rem;
      }`;
    expect(physicalDeclarations(css).map((f) => [f.line, f.declaration])).toEqual([
      [2, 'margin-left: 1rem'],
      [2, 'padding-right: 0'],
      [4, 'left: 0'],
      [5, 'right: 2px'],
      [6, 'border-left: 5px solid red'],
      [7, 'border-top-right-radius: 4px'],
      [8, 'text-align: left'],
      [9, 'float: right'],
      [10, 'clear: left'],
      [11, 'padding: 1rem 2.5rem 1rem 0'],
    ]);
  });
});

/** Text boxes: every <input> that takes words (not a tick box, a radio, a file) and <textarea>. */
function textBoxesWithoutDir(source: string): string[] {
  const tags = source.match(/<(input|textarea)\b[^>]*?\/?>/g) ?? [];
  return tags.filter(
    (tag) =>
      !/\btype="(checkbox|radio|file|hidden|submit|button|range|color)"/.test(tag) &&
      !/\bdir=/.test(tag),
  );
}

describe('Text boxes in the web app', () => {
  it('let the words typed decide their direction (dir="auto"), so Urdu and English both read right', () => {
    const offenders = filesUnder(WEB, /\.tsx$/)
      .filter((path) => !/\.test\.tsx$/.test(path))
      .flatMap((path) =>
        textBoxesWithoutDir(readFileSync(path, 'utf8')).map(
          (tag) => `${relative(WEB, path)}: ${tag.replace(/\s+/g, ' ')}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('are found by the check whether or not they say dir', () => {
    const source = `
      <input class="input" value={v} onInput={set} />
      <input class="checkbox__input" type="checkbox" id="a" />
      <textarea class="input" rows={3} />
      <input class="input" dir="auto" value={v} />
      <textarea dir="auto" value={v}></textarea>`;
    expect(textBoxesWithoutDir(source)).toEqual([
      '<input class="input" value={v} onInput={set} />',
      '<textarea class="input" rows={3} />',
    ]);
  });
});

describe('Inline styles in the web app', () => {
  it('name no left or right either', () => {
    const offenders = filesUnder(WEB, /\.tsx$/).flatMap((path) =>
      (readFileSync(path, 'utf8').match(/style=\{\{[^}]*\}\}|style="[^"]*"/g) ?? [])
        .filter((style) => /\b(left|right)\b|(Left|Right)\b/.test(style))
        .map((style) => `${relative(WEB, path)}: ${style}`),
    );
    expect(offenders).toEqual([]);
  });
});
