#!/usr/bin/env node
/**
 * `npm run screenshots [-- --dist <built site>] [--page explainers/<slug>/]`: pictures of an
 * explainer page as readers see it, into `docs/screenshots/`: the first screen at 375, 768, 1280
 * and 1920 px wide in the light and the dark scheme, with JavaScript off, and its first printed
 * page (as a PDF, and as a PNG of the page in print media). Builds the sample site into a
 * temporary folder first, unless `--dist` names one already built.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs', 'screenshots');
/** Phone, tablet, laptop, large desktop; each shot is the first screen at that size. */
const SIZES = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    page: { type: 'string', default: 'explainers/kellsbury-cycle-lane-budget/' },
  },
});

let dist = values.dist;
let temporary: string | undefined;
if (!dist) {
  temporary = mkdtempSync(path.join(tmpdir(), 'explainers-screenshots-'));
  dist = path.join(temporary, 'dist');
  console.log('Building the sample site…');
  const built = spawnSync(process.execPath, [path.join(root, 'src/cli/build.ts')], {
    cwd: root,
    env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) {
    console.error('The build failed; no screenshots taken.');
    process.exit(1);
  }
}

const files = sirv(dist, { dev: true, extensions: ['html'] });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${values.page}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
mkdirSync(OUT, { recursive: true });
const written: string[] = [];
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: size,
        colorScheme: scheme,
        javaScriptEnabled: false,
      });
      await page.goto(url);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = path.join(OUT, `explainer-${size.width}-${scheme}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
  }
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = path.join(OUT, 'explainer-print.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', pageRanges: '1', printBackground: false }));
  written.push(pdf);
  // The same first page as a picture: A4 at 96 dpi, in print media, backgrounds as printed.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  const png = path.join(OUT, 'explainer-print.png');
  await page.screenshot({ path: png });
  written.push(png);
} finally {
  await browser.close();
  server.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
for (const file of written) console.log(path.relative(root, file));
