// A first page's words in one file (loadPartsTogether, decision 0057): each part it holds takes
// its words from it instead of fetching its own file, and if the one file cannot be fetched,
// each part fetches its own as before. Parts and keys made up for the test, in Polish, which no
// other part here has loaded as a whole.
import { describe, expect, it } from 'vitest';
import { hasMessage, loadPart, loadPartsTogether, startIn, type Words } from './translate.ts';

/** A part's own file, counting how often it is fetched. */
function ownFile(words: Record<string, string>) {
  const file = { fetched: 0, loaders: {} };
  file.loaders = {
    pl: async () => {
      file.fetched += 1;
      return { default: words as Words };
    },
  };
  return file as { fetched: number; loaders: { pl: () => Promise<{ default: Words }> } };
}

describe('Parts whose words come together in one file', () => {
  // The browser's language (lib/language-start.ts), which loadPart fetches parts in.
  startIn('pl');

  it('take their words from that file, and fetch no file of their own', async () => {
    const first = ownFile({ 'together.first': 'pierwszy' });
    const second = ownFile({ 'together.second': 'drugi' });
    loadPartsTogether('pl', ['together-first', 'together-second'], async () => ({
      default: { 'together.first': 'pierwszy', 'together.second': 'drugi' } as Words,
    }));
    await Promise.all([
      loadPart('together-first', first.loaders),
      loadPart('together-second', second.loaders),
    ]);
    expect([first.fetched, second.fetched]).toEqual([0, 0]);
    expect(hasMessage('together.first') && hasMessage('together.second')).toBe(true);
  });

  it('each fetch their own file when the one file cannot be fetched', async () => {
    const own = ownFile({ 'alone.only': 'jedyny' });
    loadPartsTogether('pl', ['alone-only'], () => Promise.reject(new TypeError('Failed to fetch')));
    await loadPart('alone-only', own.loaders);
    expect(own.fetched).toBe(1);
    expect(hasMessage('alone.only')).toBe(true);
  });
});
