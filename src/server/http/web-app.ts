// Serves the built web app (dist/web) from the same server. Paths that are not files and not
// under /api get index.html, so links into the single-page app work on reload.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../domain/errors.ts';

export const WEB_ROOT = path.resolve(import.meta.dirname, '../../../dist/web');

function safeDecode(urlPath: string): string {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return '/';
  }
}

export async function registerWebApp(app: FastifyInstance, root = WEB_ROOT): Promise<boolean> {
  if (!fs.existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders(reply, filePath) {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { access: { kind: 'public' } } }, (request, reply) => {
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
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return true;
}
