// First the language; then, before the core words (one chunk, which everything after waits
// for), the session check and this page's code; then the words, before any page can ask for one.
import './lib/language-start.ts';
import './early-start.ts';
import '../domain/i18n/core.messages.ts';
import { render } from 'preact';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/plans.css';
import './styles/quick-exit.css';
import { installHistoryGate } from './lib/history-gate.ts';
import { whenPageShown } from './lib/lazy.tsx';
import { registerServiceWorker } from './lib/offline.ts';
import { installQuickExit } from './lib/quick-exit.ts';

// Before the first render: an exit that stepped back into a freshly loaded page finishes here.
installQuickExit();
// Before the router listens: the question before leaving unsaved changes hears Back first.
installHistoryGate();
const root = document.getElementById('app');
if (root) render(<App />, root);
// The service worker fetches and keeps the app's files: once the first page is on screen.
whenPageShown(registerServiceWorker);
