// Renders the whole app at a path, with the real router and session, for page tests.
import { render, screen } from '@testing-library/preact';
import { Router } from 'wouter-preact';
import { memoryLocation } from 'wouter-preact/memory-location';
import { App } from '../app.tsx';

export function renderApp(path: string) {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
  return { ...result, history: location.history };
}

/** Waits for the page's h1; the first visit to a page also loads its code. */
export function findPage(name: string | RegExp) {
  // A page is a lazy chunk that Vitest transforms on first import: on a 2-core machine running
  // the whole suite that took over 5 s once (the welcome's skip to Home, in CI).
  return screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
}
