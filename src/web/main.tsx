import { render } from 'preact';
import { z } from 'zod';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/plans.css';
import './styles/quick-exit.css';
import { registerServiceWorker } from './lib/offline.ts';
import { installQuickExit } from './lib/quick-exit.ts';

// zod would otherwise test whether it may compile checks with `new Function`, which the page's
// content security policy refuses (a console error on every page); interpreted checks are
// plenty fast for forms.
z.config({ jitless: true });
// Before the first render: an exit that stepped back into a freshly loaded page finishes here.
installQuickExit();
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
