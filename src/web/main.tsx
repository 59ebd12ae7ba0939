import { render } from 'preact';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/plans.css';
import './styles/quick-exit.css';
import { registerServiceWorker } from './lib/offline.ts';
import { installQuickExit } from './lib/quick-exit.ts';

// Before the first render: an exit that stepped back into a freshly loaded page finishes here.
installQuickExit();
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
