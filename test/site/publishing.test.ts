/**
 * Publishing: the real build command (`src/cli/build.ts`: Astro, then the Pagefind post-step)
 * under a non-root base path, as a GitHub Pages project site is served. Every internal link in
 * every page must reach a file under the base path (and its fragment an id in that file); the
 * feed, sitemap, canonical and Open Graph URLs must carry the base too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEXED_PAGES } from '../../src/cli/search-index.ts';
import { isPageId, VIEW_IDS } from '../../src/contract/site-paths.ts';
import { projectRoot } from '../helpers/paths.ts';
import { fileFor, htmlPages, idsOf, linksOf, type Page } from './publishing-crawl.ts';
import { projectOutDir } from '../helpers/build.ts';
import { runBuildScript } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const BASE = '/explainers/';
const ORIGIN = 'https://example.org';
let outDir: string;
let pages: Page[];
const page = (file: string) => pages.find((p) => p.file === file)!;
const meta = (tree: Root, selector: string, attr = 'content') =>
  selectAll(selector, tree).map((el) => String(el.properties[attr] ?? ''));

beforeAll(() => {
  outDir = path.join(projectOutDir('explainers-publish-'), 'out');
  const result = runBuildScript(outDir, { BASE_PATH: BASE });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  pages = htmlPages(outDir, BASE);
}, BUILD_TIMEOUT);

const explainerPages = () => pages.filter((p) => /^explainers\/[^/]+\/index\.html$/.test(p.file));

describe(`built with base path ${BASE}`, () => {
  it('follows every internal link of every page to a file under the base, and its fragment to an id', () => {
    const ids = new Map<string, Set<string>>();
    const idsIn = (file: string) => {
      if (!ids.has(file)) {
        const built = pages.find((p) => p.file === file);
        ids.set(file, built ? idsOf(built.tree) : new Set());
      }
      return ids.get(file)!;
    };
    const problems: string[] = [];
    let followed = 0;
    for (const from of pages) {
      for (const link of linksOf(from)) {
        // Links the site makes itself are root-relative or fragments; a full URL is another
        // site's, even on the same host (content may link to example.org too).
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.value) || link.value.startsWith('//')) continue;
        const url = new URL(link.value, ORIGIN + from.url);
        followed += 1;
        if (!link.value.startsWith('#') && !url.pathname.startsWith(BASE)) {
          problems.push(`${from.file}: ${link.value} is outside ${BASE}`);
          continue;
        }
        const target = fileFor(outDir, BASE, url.pathname);
        if (!target) {
          problems.push(`${from.file}: ${link.value} has no file`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) {
          problems.push(`${from.file}: ${link.value} points at a missing id`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(followed).toBeGreaterThan(300);
  });

  it('has the pages of every kind', () => {
    const files = new Set(pages.map((p) => p.file));
    for (const file of [
      'index.html',
      '404.html',
      'search/index.html',
      'tags/index.html',
      'tags/transport/index.html',
      'explainers/kellsbury-cycle-lane-budget/index.html',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('makes one page per explainer, its other views sections of it', () => {
    const explainerFiles = pages.filter((p) => p.file.startsWith('explainers/'));
    expect(explainerFiles.map((p) => p.file)).toEqual(explainerPages().map((p) => p.file));
    for (const p of explainerPages()) {
      expect(meta(p.tree, 'article.explainer > section.view', 'id'), p.file).toEqual([
        VIEW_IDS.notes,
        VIEW_IDS.source,
      ]);
    }
  });

  it('gives every id on an explainer page to one element, and takes its own only from isPageId', () => {
    for (const p of explainerPages()) {
      const all = selectAll('[id]', p.tree).map((el) => String(el.properties.id));
      expect(all.length, p.file).toBe(new Set(all).size);
      // The others are the content's: its blocks', its marked spans' and its notes'.
      const own = all.filter((id) => !isPageId(id));
      const fromContent = new Set(
        selectAll('.source[id], mark[id], .note[id], .note-comment-on[id]', p.tree).map((el) =>
          String(el.properties.id),
        ),
      );
      expect(
        own.filter((id) => !fromContent.has(id)),
        p.file,
      ).toEqual([]);
    }
  });

  it('indexes the site for search and leaves no build-only file behind', () => {
    expect(existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-ui.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'search/records.json'))).toBe(false);
    expect(existsSync(`${outDir}.build`)).toBe(false);
  });

  it('marks only explainer pages for the search index, which reads only those', () => {
    const marked = pages.filter((p) => selectAll('[data-pagefind-body]', p.tree).length > 0);
    expect(marked.map((p) => p.file).sort()).toEqual(
      explainerPages()
        .map((p) => p.file)
        .sort(),
    );
    const glob = new RegExp(`^${INDEXED_PAGES.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`);
    expect(
      pages
        .filter((p) => glob.test(p.file))
        .map((p) => p.file)
        .sort(),
    ).toEqual(marked.map((p) => p.file).sort());
  });

  it('gives every page a canonical URL and Open Graph tags under the base', () => {
    for (const p of pages.filter((p) => p.file !== '404.html')) {
      const [canonical] = meta(p.tree, 'link[rel=canonical]', 'href');
      expect(decodeURI(canonical!), p.file).toBe(ORIGIN + p.url);
      expect(meta(p.tree, 'meta[property="og:url"]')).toEqual([canonical]);
      expect(meta(p.tree, 'meta[property="og:title"]')[0]).toBeTruthy();
    }
    const explainer = page('explainers/kellsbury-cycle-lane-budget/index.html').tree;
    expect(meta(explainer, 'meta[property="og:type"]')).toEqual(['article']);
    expect(meta(explainer, 'meta[property="article:published_time"]')).toEqual(['2026-10-14']);
    expect(meta(explainer, 'meta[property="article:tag"]')).toEqual([
      'transport',
      'budget',
      'local-government',
    ]);
    expect(meta(page('index.html').tree, 'meta[property="og:type"]')).toEqual(['website']);
  });

  it('sets the language of each explainer on its pages', () => {
    const tree = page('explainers/lindenau-fernwaerme-preise/index.html').tree;
    expect(meta(tree, 'html', 'lang')).toEqual(['de']);
    expect(meta(page('index.html').tree, 'html', 'lang')).toEqual(['en']);
  });

  it('has a 404 page that search engines leave out and that links home under the base', () => {
    const notFound = page('404.html').tree;
    expect(meta(notFound, 'meta[name=robots]')).toEqual(['noindex']);
    expect(meta(notFound, 'link[rel=canonical]', 'href')).toEqual([]);
    // The 404 page has no address of its own: no og:url pointing at one that does not exist.
    expect(meta(notFound, 'meta[property="og:url"]')).toEqual([]);
    expect(meta(notFound, 'main a', 'href')).toContain(BASE);
  });

  it('gives every page the production Content-Security-Policy: scripts only on the search page', () => {
    for (const p of pages) {
      const [policy, ...more] = meta(p.tree, 'meta[http-equiv="Content-Security-Policy"]');
      expect(more, p.file).toEqual([]);
      const scripts = p.file === 'search/index.html' ? "'self' 'wasm-unsafe-eval'" : "'none'";
      expect(policy, p.file).toContain(`script-src ${scripts};`);
      expect(policy, p.file).toContain("object-src 'none'");
    }
  });

  it('has landmarks and a skip link on every page', () => {
    for (const p of pages) {
      expect(selectAll('main#main', p.tree), p.file).toHaveLength(1);
      expect(selectAll('body > header', p.tree), p.file).toHaveLength(1);
      expect(selectAll('body > footer', p.tree), p.file).toHaveLength(1);
      expect(selectAll('nav[aria-label]', p.tree).length, p.file).toBeGreaterThan(0);
      expect(meta(p.tree, 'a.skip-link', 'href'), p.file).toEqual(['#main']);
      expect(selectAll('h1', p.tree), p.file).toHaveLength(1);
    }
  });

  it('writes an RSS feed of every explainer, newest first, with links under the base', () => {
    const xml = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' }).parse(
      xml,
    );
    const items = feed.rss.channel.item as Array<{ link: string; category: string[] }>;
    expect(feed.rss.channel.title).toBe('Annotated Explainers');
    expect(items.map((i) => i.link).sort()).toEqual(
      explainerPages()
        .map((p) => ORIGIN + p.url)
        .sort(),
    );
    const homeOrder = meta(page('index.html').tree, '.explainer-list h2 a', 'href');
    expect(items.map((i) => i.link)).toEqual(homeOrder.map((href) => ORIGIN + href));
    const kellsbury = items.find((i) => i.link.endsWith('/kellsbury-cycle-lane-budget/'))!;
    expect(kellsbury.category).toEqual(['transport', 'budget', 'local-government']);
    // Every page tells feed readers where the feed is.
    const [alternate] = meta(page('index.html').tree, 'link[rel=alternate]', 'href');
    expect(alternate).toBe(`${ORIGIN}${BASE}rss.xml`);
    // The channel links to the home page under the base, and names its own address.
    expect(feed.rss.channel.link).toBe(`${ORIGIN}${BASE}`);
    const self = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel['atom:link'];
    expect(self).toMatchObject({
      '@_href': `${ORIGIN}${BASE}rss.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });

  it('writes robots.txt naming the sitemap under the base', () => {
    const robots = readFileSync(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
    expect(existsSync(path.join(outDir, 'sitemap-index.xml'))).toBe(true);
  });

  it('gives every page a social card image, with its size and text in the page language', () => {
    const card = readFileSync(path.join(outDir, 'social-card.png'));
    // A PNG, and its IHDR says 1200 × 630.
    expect(card.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
    for (const p of pages) {
      expect(meta(p.tree, 'meta[property="og:image"]'), p.file).toEqual([
        `${ORIGIN}${BASE}social-card.png`,
      ]);
      expect(meta(p.tree, 'meta[property="og:image:width"]')).toEqual(['1200']);
      expect(meta(p.tree, 'meta[property="og:image:height"]')).toEqual(['630']);
      expect(meta(p.tree, 'meta[property="og:image:alt"]')[0]).toBeTruthy();
      expect(meta(p.tree, 'meta[property="og:locale"]')[0]).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
    const german = page('explainers/lindenau-fernwaerme-preise/index.html').tree;
    expect(meta(german, 'meta[property="og:locale"]')).toEqual(['de_DE']);
    expect(meta(german, 'meta[property="og:image:alt"]')[0]).toMatch(/^Eine Textseite/);
  });

  it('lists every page in the sitemap under the base, and not the 404 page', () => {
    const xml = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const urls = new XMLParser({ isArray: (name) => name === 'url' })
      .parse(xml)
      .urlset.url.map((u: { loc: string }) => u.loc);
    for (const p of explainerPages()) expect(urls).toContain(ORIGIN + p.url);
    expect(urls.every((u: string) => u.startsWith(ORIGIN + BASE))).toBe(true);
    expect(urls.some((u: string) => u.includes('404'))).toBe(false);
  });

  it('gives every sitemap entry a lastmod: an explainer its updated or published date', () => {
    const xml = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const entries = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset
      .url as Array<{ loc: string; lastmod?: string }>;
    for (const entry of entries) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const dateOf = (slug: string) => {
      const text = readFileSync(path.join(projectRoot, `content/explainers/${slug}.md`), 'utf8');
      const front = parseYaml(text.split(/^---$/m)[1]!) as { published: string; updated?: string };
      return front.updated ?? front.published;
    };
    for (const p of explainerPages()) {
      const slug = p.file.split('/')[1]!;
      const entry = entries.find((e) => e.loc === ORIGIN + p.url)!;
      expect(entry.lastmod!.slice(0, 10), slug).toBe(dateOf(slug));
    }
    const newest = explainerPages()
      .map((p) => dateOf(p.file.split('/')[1]!))
      .sort()
      .at(-1);
    const home = entries.find((e) => e.loc === ORIGIN + BASE)!;
    expect(home.lastmod!.slice(0, 10)).toBe(newest);
  });

  it('lists every explainer under each of its topics', () => {
    for (const p of explainerPages()) {
      for (const href of meta(p.tree, '.explainer-header .tags a', 'href')) {
        const topic = page(`${href.slice(BASE.length)}index.html`).tree;
        expect(meta(topic, '.explainer-list h2 a', 'href'), href).toContain(p.url);
      }
    }
  });

  it('shows the annotated Markdown highlighted at build time, with no script', () => {
    const source = page('explainers/kellsbury-cycle-lane-budget/index.html').tree;
    const [pre] = selectAll(`#${VIEW_IDS.source} pre.markdown-source`, source);
    expect(pre).toBeDefined();
    // Named by its place in the content folder, not the machine's path to it.
    expect(selectAll(`#${VIEW_IDS.source} .meta code`, source).map((c) => toString(c))).toEqual([
      'explainers/kellsbury-cycle-lane-budget.md',
    ]);
    // Every character of the file, as written (it has no comments, which the view leaves out).
    const written = readFileSync(
      path.join(projectRoot, 'content/explainers/kellsbury-cycle-lane-budget.md'),
      'utf8',
    );
    expect(toString(pre!)).toBe(written);
    const styled = selectAll('pre.markdown-source span[style]', source);
    expect(styled.length).toBeGreaterThan(20);
    // Colours come from the stylesheet's variables, one set per colour scheme.
    const colours = new Set(styled.map((span) => String(span.properties.style)));
    expect([...colours].every((style) => style.includes('var(--md-'))).toBe(true);
    // No script: the page's only one is its structured data, which browsers do not run.
    expect(meta(source, 'script', 'type')).toEqual(['application/ld+json']);
  });

  it('keeps every explainer page under 25 KB gzip, with no JavaScript needed to read', () => {
    const result = spawnSync(process.execPath, ['scripts/page-weight.ts', outDir, '--json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const weights = JSON.parse(result.stdout) as Array<{ type: string; gzip: number; js: number }>;
    const byType = new Map(weights.map((w) => [w.type, w]));
    expect(byType.get('explainer')!.gzip).toBeLessThanOrEqual(25 * 1024);
    for (const w of weights) if (w.type !== 'search') expect(w.js, w.type).toBe(0);
    expect(byType.get('search')!.js).toBeGreaterThan(0);
  });
});

describe('deployment configuration', () => {
  const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

  it('builds the same way on GitHub Pages and Netlify as the README says', () => {
    interface Step {
      run?: string;
      uses?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    }
    const workflow = parseYaml(read('.github/workflows/pages.yml')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const build = steps.find((s) => s.run?.includes('npm run build'))!;
    expect(build.run!.trim()).toBe('npm ci && npm run build');
    expect(build.env?.BASE_PATH).toContain('base_path');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with?.path).toBe('dist');

    const netlify = read('netlify.toml');
    expect(netlify).toMatch(/^\s*command\s*=\s*"npm ci && npm run build"\s*$/m);
    expect(netlify).toMatch(/^\s*publish\s*=\s*"dist"\s*$/m);
    expect(read('README.md')).toContain('npm ci && npm run build');
  });
});
