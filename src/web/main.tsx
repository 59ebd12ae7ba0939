// First the language, then its core words (one chunk), before any page can ask for a word.
import './lib/language-start.ts';
import '../domain/i18n/core.messages.ts';
import { render } from 'preact';
import { App, preloadPageFor } from './app.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/plans.css';
import './styles/quick-exit.css';
import { installHistoryGate } from './lib/history-gate.ts';
import { whenIdle } from './lib/lazy.tsx';
import { registerServiceWorker } from './lib/offline.ts';
import { installQuickExit } from './lib/quick-exit.ts';
import { beginSessionCheck } from './lib/session.tsx';

// Before the first render: an exit that stepped back into a freshly loaded page finishes here.
installQuickExit();
// Before the router listens: the question before leaving unsaved changes hears Back first.
installHistoryGate();
// The session check and this page's code are fetched side by side, before the first render.
beginSessionCheck();
preloadPageFor(window.location.pathname);
const root = document.getElementById('app');
if (root) render(<App />, root);
// The service worker fetches and keeps the app's files: after the page's own first load.
window.addEventListener('load', () => whenIdle(registerServiceWorker), { once: true });
