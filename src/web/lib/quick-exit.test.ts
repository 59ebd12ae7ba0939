import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { installQuickExit, leaving, quickExit } from './quick-exit.ts';

const realReplace = leaving.replace;
afterEach(() => {
  leaving.replace = realReplace;
});

describe('Quick exit and the browser history', () => {
  it('steps back to the first Waymark page before replacing it, so Back leaves Waymark', async () => {
    window.history.replaceState(null, '', '/');
    installQuickExit();
    // Moving through the app, as the router does.
    window.history.pushState(null, '', '/goals');
    window.history.pushState(null, '', '/journal');
    document.body.innerHTML = '<main><h1>My journal</h1><p>Something private</p></main>';
    const left: { url: string; from: string }[] = [];
    leaving.replace = (url) => left.push({ url, from: window.location.pathname });

    quickExit('https://neutral.example/');

    // Emptied at once, before any step back or network.
    expect(document.body.textContent).toBe('');
    await waitFor(() => expect(left).toHaveLength(1));
    // The entry replaced is the first of Waymark's pages: /goals and /journal are now after
    // the neutral site, not before it.
    expect(left[0]).toEqual({ url: 'https://neutral.example/', from: '/' });
    expect(window.sessionStorage.getItem('waymark.quickExit')).toBeNull();
  });
});
