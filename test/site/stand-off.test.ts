/**
 * Stand-off notes through the real build: one short article written both ways — its notes
 * inline (`harbour-ferry-inline.md`) and kept apart (`harbour-ferry.md`, untouched, with
 * `harbour-ferry.notes.md`) — builds to the same explainer page and the same notes-only view,
 * once the slug and the ids are normalised; the notes file is no page of its own. That editing
 * the notes file alone rebuilds its explainer is checked in `incremental.test.ts`, whose rebuild
 * has this fixture in its content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Built } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { minimalContent } from '../bad-input/run-cli.ts';

const fixture = (name: string) =>
  readFileSync(path.join(projectRoot, 'test/fixtures/stand-off', name), 'utf8');

let site: Built;

beforeAll(() => {
  const content = minimalContent({
    'explainers/harbour-ferry-inline.md': fixture('inline.md'),
    'explainers/harbour-ferry.md': fixture('harbour-ferry.md'),
    'explainers/harbour-ferry.notes.md': fixture('harbour-ferry.notes.md'),
  });
  site = buildSite({ EXPLAINERS_CONTENT: content });
}, BUILD_TIMEOUT);

/**
 * A page with either explainer's address made one, and every id numbered in order of first
 * appearance, wherever it stands for an id (`id="…"`, `aria-details="…"`, `#…` in a link, and the
 * highlighting rules' `[id="…"]`).
 */
function normalised(html: string): string {
  const text = html
    .replaceAll('/explainers/harbour-ferry-inline/', '/explainers/SLUG/')
    .replaceAll('/explainers/harbour-ferry/', '/explainers/SLUG/');
  const ID = /(\b(?:id|aria-details|aria-describedby|aria-labelledby|for)="|#)([^"#\s<>),]+)/g;
  const names = new Map<string, string>();
  for (const [, before, id] of text.matchAll(ID)) {
    if (before !== '#' && !names.has(id!)) names.set(id!, `id-${names.size}`);
  }
  return text.replace(ID, (whole, before: string, id: string) =>
    names.has(id) ? `${before}${names.get(id)}` : whole,
  );
}

describe('an explainer with stand-off notes', () => {
  for (const view of ['index.html', 'notes/index.html']) {
    it(`builds to the same ${view} as its notes written inline, apart from ids`, () => {
      const inline = normalised(site.read(`explainers/harbour-ferry-inline/${view}`));
      const apart = normalised(site.read(`explainers/harbour-ferry/${view}`));
      expect(apart).toContain('Fares fell by 12 per cent');
      expect(apart).toContain('No forecast in the board');
      expect(apart).toEqual(inline);
    });
  }

  it('makes no page of the notes file', () => {
    expect(existsSync(path.join(site.outDir, 'explainers/harbour-ferry-notes'))).toBe(false);
  });
});
