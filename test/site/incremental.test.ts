/**
 * Rebuilds with the same cache: a changed explainer's pages show the change, pages that depend
 * on it (home, its topics) follow, and the other explainers' pages are reused unchanged. An
 * explainer whose stand-off notes file alone changed is rendered again (the notes file is part of
 * its digest). A model file damaged in the cache between two builds is made again. The search
 * index is indexed again only in the parts whose pages changed.
 *
 * The first build also shows stand-off notes through the real build: one short article written
 * both ways, its notes inline (`harbour-ferry-inline.md`) and kept apart (`harbour-ferry.md`,
 * untouched, with `harbour-ferry.notes.md`), builds to the same explainer page and the same
 * notes-only view, once the slug and the ids are normalised; the notes file is no page of its
 * own. (Those checks had a build of their own, in `stand-off.test.ts`.)
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/contract/explainer.ts';
import { projectOutDir, runBuild, testBuildsDir } from '../helpers/build.ts';
import { runBuildScript } from '../helpers/sample-site.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

// The second rebuild test moves the cache the first builds made (one build fewer than its own
// two).
const content = mkdtempSync(path.join(tmpdir(), 'explainers-content-'));
const env = {
  EXPLAINERS_CONTENT: content,
  // On the disk of the output folders (`projectOutDir`), so restored pages can be hard links.
  EXPLAINERS_CACHE_DIR: mkdtempSync(path.join(testBuildsDir(), 'cache-')),
  // One explainer a search part, so the rebuild shows which parts Pagefind indexes again.
  EXPLAINERS_SEARCH_PART: '1',
};
/** The first (cold) build: the sample content and the stand-off fixture written both ways. */
let first: string;
let cold: ReturnType<typeof runBuildScript>;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeAll(() => {
  cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  const standOff = (name: string) => path.join(projectRoot, 'test/fixtures/stand-off', name);
  for (const name of ['harbour-ferry.md', 'harbour-ferry.notes.md'])
    cpSync(standOff(name), path.join(content, 'explainers', name));
  cpSync(standOff('inline.md'), path.join(content, 'explainers/harbour-ferry-inline.md'));
  // Output folders inside the project: a build there never waits for another (build-lock.ts).
  first = projectOutDir();
  // The real build script, so the search index is built (and kept) too.
  cold = runBuildScript(first, env);
  expect(cold.status, cold.output).toBe(0);
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
  it('builds to the same page as its notes written inline, apart from ids and the Markdown view', () => {
    // The Markdown view shows each file as written: the text alone, or the text with its notes.
    const page = (slug: string) =>
      normalised(
        read(first, `explainers/${slug}/index.html`).replace(
          /<section id="source".*?<\/section>/s,
          '',
        ),
      );
    const inline = page('harbour-ferry-inline');
    const apart = page('harbour-ferry');
    expect(apart).toContain('Fares fell by 12 per cent');
    expect(apart).toContain('No forecast in the board');
    expect(apart).toEqual(inline);
  });

  it('makes no page of the notes file', () => {
    expect(existsSync(path.join(first, 'explainers/harbour-ferry-notes'))).toBe(false);
  });
});

describe('an incremental rebuild', { timeout: 2 * BUILD_TIMEOUT }, () => {
  /** The output of the second build (the first rebuild). */
  let second: string;
  /** Parts of the search index and how many of them Pagefind indexed, from a build's log. */
  const searchParts = (log: string) => {
    const [, parts, indexed] = /in (\d+) parts?, (\d+) indexed, \d+ unchanged/.exec(log) ?? [];
    return { parts: Number(parts), indexed: Number(indexed) };
  };

  it('renders the changed explainer again and reuses the others', () => {
    second = projectOutDir();
    const changed = path.join(content, 'explainers/kellsbury-cycle-lane-budget.md');
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8')
        .replace(/^title: .*$/m, 'title: "A retitled explainer"')
        // The source text changes below: without its recorded hash, or check would refuse it.
        .replace(/^ {2}(?:sha256|paragraphs): .*\n/gm, '')
        .replace(
          'The Kellsbury Traders',
          'A new sentence, said "the rebuild test". The Kellsbury Traders',
        ),
    );
    // Only the notes file of the stand-off explainer changes.
    const notes = path.join(content, 'explainers/harbour-ferry.notes.md');
    writeFileSync(
      notes,
      readFileSync(notes, 'utf8').replace('reaches beyond 2030', 'reaches beyond 2031'),
    );
    // Damage two models in the cache: one cut short, one of an older shape.
    const modelDir = path.join(env.EXPLAINERS_CACHE_DIR, 'explainer-models');
    const modelOf = (slug: string) =>
      path.join(
        modelDir,
        readdirSync(modelDir).find((name) => name.startsWith(`${slug}.`))!,
      );
    const cut = modelOf('westmarch-school-meals-pledge');
    writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 100));
    const old = modelOf('lindenau-fernwaerme-preise');
    writeFileSync(old, JSON.stringify({ ...JSON.parse(readFileSync(old, 'utf8')), blocks: [{}] }));

    const result = runBuildScript(second, env);
    expect(result.status, result.output).toBe(0);
    for (const file of [cut, old]) {
      expect(explainerSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
    }

    const page = read(second, 'explainers/kellsbury-cycle-lane-budget/index.html');
    expect(page).toContain('A retitled explainer');
    expect(page).toContain('the rebuild test');
    const notesView = page.slice(
      page.indexOf('<section id="notes"'),
      page.indexOf('<section id="source"'),
    );
    expect(notesView).toContain('the rebuild test');
    expect(read(second, 'index.html')).toContain('A retitled explainer');
    expect(read(second, 'index.html')).not.toContain('£14m cycle-lane plan');
    expect(read(second, 'tags/transport/index.html')).toContain('A retitled explainer');
    const ferry = read(second, 'explainers/harbour-ferry/index.html');
    expect(ferry).toContain('reaches beyond 2031');
    expect(ferry).not.toContain('reaches beyond 2030');
    // Astro says which pages it copied from the cache rather than rendered, right after the
    // page's path (pages are built four at a time, so a rendered page's line may run on into
    // another page's).
    const log = result.output;
    expect(log).toMatch(
      /explainers\/riverline-rail-punctuality\/index\.html \((cached|restored)\)/,
    );
    expect(log).not.toMatch(
      /explainers\/kellsbury-cycle-lane-budget\/index\.html \((cached|restored)\)/,
    );
    // One model per published explainer in the cache: the changed one's old model is gone.
    const models = readdirSync(path.join(env.EXPLAINERS_CACHE_DIR, 'explainer-models'));
    const published = readdirSync(path.join(first, 'explainers'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(models.map((name) => name.split('.')[0]).sort()).toEqual(published.sort());
    // Nothing unrelated is rendered again: every page that has its own key (an explainer's four
    // outputs, a person, a topic, a rating) and did not show a changed explainer in the first
    // build (no link to either) is restored from the cache, not rendered.
    const restored = new Set(
      [...log.matchAll(/[├└]─ \/(\S+?) \((?:cached|restored)\)/g)].map((m) => m[1]!),
    );
    const keyed = readdirSync(first, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) =>
        /^(?:explainers\/[^/]+\/(?:index\.html|notes\/index\.html|source\/index\.html|annotations\.jsonld)|(?:people|tags|claims)\/[^/]+\/index\.html)$/.test(
          file,
        ),
      );
    const unrelated = keyed.filter((file) =>
      ['kellsbury-cycle-lane-budget', 'harbour-ferry'].every(
        (slug) => !read(first, file).includes(`explainers/${slug}/`),
      ),
    );
    expect(unrelated.length).toBeGreaterThan(10);
    expect(unrelated.filter((file) => !restored.has(file))).toEqual([]);
    // Pagefind indexes again only the parts whose input changed: those whose explainer page came
    // out different (the changed explainer, and any that show its claims or quotations); every
    // other part is the previous build's, file for file.
    const pages = readdirSync(path.join(first, 'explainers'));
    const changedPages = pages.filter(
      (slug) =>
        read(first, `explainers/${slug}/index.html`) !==
        read(second, `explainers/${slug}/index.html`),
    );
    expect(changedPages).toContain('kellsbury-cycle-lane-budget');
    expect(changedPages.length).toBeLessThan(pages.length);
    expect(searchParts(cold.output)).toEqual({ parts: pages.length, indexed: pages.length });
    expect(searchParts(log)).toEqual({ parts: pages.length, indexed: changedPages.length });
    const bundles = JSON.parse(read(second, 'pagefind/parts.json')) as string[];
    expect(bundles).toHaveLength(pages.length - 1);
    for (const bundle of ['', ...bundles]) {
      expect(read(second, `pagefind/${bundle}pagefind-entry.json`)).toMatch(/"languages"/);
    }
    for (const file of [
      'explainers/riverline-rail-punctuality/index.html',
      'explainers/lindenau-fernwaerme-preise/index.html',
      'explainers/westmarch-school-meals-pledge/index.html',
    ]) {
      expect(read(second, file)).toBe(read(first, file));
      // Restored as a hard link to Astro's copy in the cache, not copied (linked-restores.ts).
      expect(statSync(path.join(second, file)).ino, file).toBe(
        statSync(path.join(env.EXPLAINERS_CACHE_DIR, 'dist', file)).ino,
      );
    }
  });

  it('still builds when the cache folder has moved (its models are made again in the new place)', () => {
    // The cache of the two builds above, with its models.
    expect(
      readdirSync(path.join(env.EXPLAINERS_CACHE_DIR, 'explainer-models')).length,
    ).toBeGreaterThan(0);
    const moved = `${env.EXPLAINERS_CACHE_DIR}-moved`;
    renameSync(env.EXPLAINERS_CACHE_DIR, moved);
    // A page the rebuild above restored (a file it shares with the cache) changes now: the new
    // build must write it to new files, leaving the earlier output as it was.
    const page = 'explainers/riverline-rail-punctuality/index.html';
    const before = read(second, page);
    const changed = path.join(content, 'explainers/riverline-rail-punctuality.md');
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8').replace(/^title: .*$/m, 'title: "Retitled after the move"'),
    );
    const out = mkdtempSync(path.join(tmpdir(), 'explainers-out-'));
    const result = runBuild(out, { EXPLAINERS_CONTENT: content, EXPLAINERS_CACHE_DIR: moved });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(path.join(moved, 'explainer-models')).length).toBeGreaterThan(0);
    expect(read(out, page)).toContain('Retitled after the move');
    expect(read(second, page)).toBe(before);
  });
});
