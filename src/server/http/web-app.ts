// Serves the built web app (dist/web) from the same server. Paths that are not files and not
// under /api get index.html, so links into the single-page app work on reload.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import {
  CRISIS_COUNTRY_META,
  type CrisisCountry,
  DEFAULT_CRISIS_COUNTRY,
} from '../../domain/crisis/countries.ts';
import { notFound } from '../../domain/errors.ts';
import { DEFAULT_QUICK_EXIT_URL } from '../config.ts';

export const WEB_ROOT = path.resolve(import.meta.dirname, '../../../dist/web');

function safeDecode(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return '/';
  }
}

/** The meta tag the web app reads its quick-exit address from (src/web/lib/quick-exit.ts). */
export const QUICK_EXIT_META = 'waymark-quick-exit';

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** What the installation tells its app page (config.ts). */
export type PageSettings = { quickExitUrl: string; crisisLinesCountry: CrisisCountry };

const DEFAULT_PAGE_SETTINGS: PageSettings = {
  quickExitUrl: DEFAULT_QUICK_EXIT_URL,
  crisisLinesCountry: DEFAULT_CRISIS_COUNTRY,
};

/**
 * The app's page with the quick-exit address (decision 0019) and the country whose crisis lines
 * it shows (decision 0034) in it, so both work from the very first paint with no extra request,
 * signed out, and offline from the copy of the page the service worker keeps. Read on each
 * request, like the file it replaces, so a new build is served without a restart.
 */
async function appPage(root: string, settings: PageSettings): Promise<string> {
  const html = await fs.promises.readFile(path.join(root, 'index.html'), 'utf8');
  const meta =
    `<meta name="${QUICK_EXIT_META}" content="${escapeAttribute(settings.quickExitUrl)}" />` +
    `<meta name="${CRISIS_COUNTRY_META}" content="${escapeAttribute(settings.crisisLinesCountry)}" />`;
  const head = html.indexOf('<head>');
  if (head === -1) return `${meta}${html}`;
  const at = head + '<head>'.length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

export async function registerWebApp(
  app: FastifyInstance,
  root = WEB_ROOT,
  settings: PageSettings = DEFAULT_PAGE_SETTINGS,
): Promise<boolean> {
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The build compressed the app's files once, at the highest levels (scripts/precompress.ts).
    preCompressed: true,
    setHeaders(reply, filePath) {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { access: { kind: 'public' } } }, async (request, reply) => {
    const wanted = path.normalize(safeDecode(request.url.split('?')[0] ?? '/'));
    // An unknown API path is an API 404, never the app's page.
    if (wanted.startsWith('/api/') || wanted === '/api') throw notFound();
    const file = path.join(root, wanted);
    if (
      file.startsWith(root) &&
      wanted !== '/' &&
      fs.existsSync(file) &&
      fs.statSync(file).isFile()
    ) {
      return reply.sendFile(path.relative(root, file));
    }
    const page = await appPage(root, settings);
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(page);
  });
  return true;
}
