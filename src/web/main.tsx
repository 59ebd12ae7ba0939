import { render } from 'preact';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/plans.css';
import { registerServiceWorker } from './lib/offline.ts';

const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
