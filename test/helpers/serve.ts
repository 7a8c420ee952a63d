/**
 * Serve a built site folder on a free loopback port, under an optional base path; `extra` maps
 * other paths (`/__axe.min.js`) to files of the tests' own, served to be cached. `FRAMES_PATH` is
 * an empty page on the site's origin that `loadInFrames` (frames.ts) loads pages into.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** An empty HTML page of the server's own, outside any base path (see `loadInFrames`). */
export const FRAMES_PATH = '/__frames';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  dir: string,
  base = '/',
  extra: Record<string, string> = {},
): Promise<Served> {
  const files = sirv(dir, { dev: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === FRAMES_PATH) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // No icon to ask the server for: a 404 for it would count as the page's failed request.
      res.end(
        '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>frames</title><body>',
      );
      return;
    }
    const file = extra[url];
    if (file) {
      // A test's own script (axe-core): kept by Chromium, which then keeps its compiled code too.
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.setHeader('cache-control', 'public, max-age=3600, immutable');
      res.end(readFileSync(file));
      return;
    }
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not under base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
