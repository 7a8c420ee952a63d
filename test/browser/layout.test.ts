/**
 * The explainer page in real Chromium at phone, tablet and desktop widths: notes start level
 * with their block on wide screens and never overlap; on narrow screens each note comes right
 * after its block. Screenshots of each width are saved in test-results/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, WIDTHS } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { serve, type Served } from '../helpers/serve.ts';

const PAGE = 'explainers/kellsbury-cycle-lane-budget/';
const shots = path.join(projectRoot, 'test-results');
let browser: Browser;
let server: Served;

beforeAll(async () => {
  const site = buildSite();
  server = await serve(site.outDir);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function rows(width: number, name: string) {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    javaScriptEnabled: false,
  });
  await page.goto(server.url + PAGE);
  await page.screenshot({
    path: path.join(shots, `explainer-${name}-${width}.png`),
    fullPage: true,
  });
  const result = await page.$$eval('.row', (els) =>
    els.map((row) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
      };
      return {
        source: box(row.querySelector('.source')!),
        notes: [...row.querySelectorAll('.notes > .note')].map(box),
      };
    }),
  );
  await page.close();
  return result as Array<{ source: Box; notes: Box[] }>;
}

describe('explainer layout', () => {
  it(`desktop (${WIDTHS.desktop}px): notes beside their block, level with it, never overlapping`, async () => {
    const all = await rows(WIDTHS.desktop, 'desktop');
    const noted = all.filter((r) => r.notes.length > 0);
    expect(noted.length).toBeGreaterThanOrEqual(4);
    for (const row of noted) {
      expect(row.notes[0]!.left).toBeGreaterThan(row.source.right); // beside, to the right
      expect(Math.abs(row.notes[0]!.top - row.source.top)).toBeLessThan(24); // level with the block
    }
    const boxes = all.flatMap((r) => [r.source, ...r.notes]);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  for (const [name, width] of [
    ['tablet', WIDTHS.tablet],
    ['phone', WIDTHS.phone],
  ] as const) {
    it(`${name} (${width}px): one column, each note right after its block`, async () => {
      const all = await rows(width, name);
      for (let i = 0; i < all.length; i += 1) {
        const row = all[i]!;
        let previous = row.source.bottom;
        for (const note of row.notes) {
          expect(note.top).toBeGreaterThanOrEqual(previous - 1);
          expect(note.right).toBeLessThanOrEqual(width);
          previous = note.bottom;
        }
        const next = all[i + 1];
        if (next) expect(next.source.top).toBeGreaterThanOrEqual(previous - 1);
      }
    });
  }
});
