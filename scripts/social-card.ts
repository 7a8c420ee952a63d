/**
 * Draws `public/social-card.png`, the image link previews show for every page (`og:image`):
 * 1200 × 630, a page of source text with a highlighted quotation and an underlined claim, and a
 * note in the margin. It has no words, so it suits every language a site is written in.
 * Run after changing the design: `npm run social-card` (uses Chromium, like the tests).
 * A site may replace the file with its own card of the same size.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/helpers/browser.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'public/social-card.png');

/** Lines of "text" as bars: [width in %, kind of highlight]. */
const LINES: Array<[number, '' | 'quote' | 'claim']> = [
  [96, ''],
  [88, 'quote'],
  [93, ''],
  [71, 'claim'],
  [90, ''],
  [84, ''],
  [62, ''],
];

const bar = ([width, kind]: (typeof LINES)[number]) => {
  const base = `<div class="line" style="width:${width}%">`;
  if (kind === 'quote')
    return `${base}<span style="left:28%;width:46%" class="quote"></span></div>`;
  if (kind === 'claim') return `${base}<span style="left:8%;width:60%" class="claim"></span></div>`;
  return `${base}</div>`;
};

const html = `<!doctype html><html><head><style>
  html, body { margin: 0; width: 1200px; height: 630px; background: #fdfcf9; }
  .page { position: absolute; left: 90px; top: 80px; width: 640px; }
  .line { position: relative; height: 22px; margin: 0 0 36px; background: #d9d5c8; border-radius: 4px; }
  .line span { position: absolute; top: -9px; height: 40px; border-radius: 6px; }
  .quote { background: #f5d000; opacity: 0.85; }
  .claim { background: transparent; border-bottom: 8px solid #b3541e; top: -6px !important; height: 28px !important; border-radius: 0; }
  .note { position: absolute; left: 790px; top: 150px; width: 320px; padding: 28px 30px; background: #f3f1ea; border-left: 10px solid #b3541e; border-radius: 4px; }
  .note .badge { width: 150px; height: 34px; background: #a64b00; border-radius: 5px; margin-bottom: 26px; }
  .note .line { height: 16px; margin-bottom: 22px; }
  .rule { position: absolute; left: 0; right: 0; bottom: 0; height: 18px; background: #0b5cad; }
</style></head><body>
  <div class="page">${LINES.map(bar).join('')}</div>
  <div class="note"><div class="badge"></div>
    <div class="line" style="width:100%"></div><div class="line" style="width:86%"></div>
    <div class="line" style="width:92%"></div><div class="line" style="width:54%"></div></div>
  <div class="rule"></div>
</body></html>`;

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: out, type: 'png' });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
}
