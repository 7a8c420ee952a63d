/**
 * Many pages loaded at once, each in a frame of one empty page of the same origin, instead of one
 * top-level navigation after another. Each frame is a document of its own (its own
 * Content-Security-Policy, scripts, `window` and `load` event) in the tab's one renderer; what a
 * navigation costs Chromium beyond that (about as much CPU again as loading a 45 kB page, measured
 * with 76 pages of `xss.test.ts`'s site: 25–33 s one after another, 16–21 s as frames) is paid
 * once. Init scripts (`addInitScript`) run in every frame, and a tab's `dialog`, `console`,
 * `pageerror` and `requestfailed` events come from its frames too.
 */
import type { Frame, Page } from 'playwright-core';
import { FRAMES_PATH } from './serve.ts';

/**
 * Load `urls` (all on `origin`, a served site's URL) as frames of `FRAMES_PATH` in `page`, each
 * `width` × `height`, and resolve, once every frame has fired `load` (as `waitUntil: 'load'`),
 * with each URL's frame. A frame that has not loaded after `timeout` ms fails the call, named.
 * The frames lie one below another, so only the first is in view: Chromium may skip drawing the
 * others, and what a page loads only near the view (`loading="lazy"`) they do not load. With
 * `inView`, they lie on top of one another at the top of the page, each wholly in view, so that
 * loads as at the top of a tab, and every frame is drawn (76 pages of `xss.test.ts`'s site: 14–17
 * s of CPU one below another, 20 s on top of one another).
 */
export async function loadInFrames(
  page: Page,
  origin: string,
  urls: readonly string[],
  { width = 1280, height = 720, timeout = 60_000, inView = false } = {},
): Promise<Frame[]> {
  await page.goto(new URL(FRAMES_PATH, origin).href);
  await page.evaluate(
    ({ urls, width, height, timeout, inView }) =>
      new Promise<void>((resolve, reject) => {
        const waiting = new Set(urls.keys());
        const timer = setTimeout(() => {
          const late = [...waiting].map((i) => urls[i]);
          reject(new Error(`not loaded after ${timeout} ms: ${late.join(', ')}`));
        }, timeout);
        for (const [i, url] of urls.entries()) {
          const frame = document.createElement('iframe');
          const place = inView ? 'position:absolute;top:0;left:0' : 'display:block';
          frame.style.cssText = `${place};border:0;width:${width}px;height:${height}px`;
          frame.addEventListener('load', () => {
            waiting.delete(i);
            if (waiting.size > 0) return;
            clearTimeout(timer);
            resolve();
          });
          frame.src = url;
          document.body.append(frame);
        }
        if (urls.length === 0) resolve();
      }),
    { urls: [...urls], width, height, timeout, inView },
  );
  const elements = await page.$$('body > iframe');
  const frames = await Promise.all(elements.map((element) => element.contentFrame()));
  return frames.map((frame, i) => {
    if (!frame) throw new Error(`no frame for ${urls[i]}`);
    return frame;
  });
}
