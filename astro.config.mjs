// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentDirFrom, loadSettings } from './src/loading/load-settings.ts';
import { liveContentReload } from './src/loading/live-content.ts';
import { recordAstroCommand } from './src/loading/astro-command.ts';
import { linkRestoredPages } from './src/cli/linked-restores.ts';

// EXPLAINERS_CONTENT points the build at another content folder (tests, benchmarks).
const contentDir = contentDirFrom(undefined, fileURLToPath(new URL('.', import.meta.url)));
const { settings } = loadSettings(contentDir);
const base = process.env.BASE_PATH ?? '/';

// The sitemap's lastmod: an explainer's pages changed when it was last updated (or published);
// every other page lists explainers, so it changed with the newest of them. Read when the sitemap
// is written, not when the config is loaded: the module loads the pipeline, which by then the
// content loader has loaded in the same process (see `src/content.config.ts`).
/** @type {Promise<{ dates: Map<string, string>, newest: string | undefined }> | undefined} */
let sitemapDates;
const readSitemapDates = async () => {
  const { explainerDates, newestDate } = await import('./src/loading/explainer-dates.ts');
  const dates = explainerDates(contentDir);
  return { dates, newest: newestDate(dates.values()) };
};
/** @param {import('@astrojs/sitemap').SitemapItem} item */
async function withLastmod(item) {
  const { dates, newest } = await (sitemapDates ??= readSitemapDates());
  const pathname = new URL(item.url).pathname;
  const sitePath = pathname.slice(base.replace(/\/?$/, '/').length);
  const slug = /^explainers\/([^/]+)\//.exec(sitePath)?.[1];
  const date = slug ? dates.get(decodeURIComponent(slug)) : newest;
  return date ? { ...item, lastmod: date } : item;
}

/**
 * Which command runs, for `src/content.config.ts`: outside `astro dev` it has Node load the
 * loaders itself (see there).
 * @type {import('astro').AstroIntegration}
 */
const recordCommand = {
  name: 'explainers:record-command',
  hooks: { 'astro:config:setup': ({ command }) => recordAstroCommand(command) },
};

/**
 * `astro build` first starts a Vite dev server to sync content, and Vite pre-bundles the dev
 * toolbar's browser dependencies for it: several seconds of every build (and a rewrite of
 * `node_modules/.vite/`) for files a build never serves. A build turns that off; `astro dev`
 * keeps it.
 * @type {import('astro').AstroIntegration}
 */
const noPrebundleInBuild = {
  name: 'explainers:no-prebundle-in-build',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      if (command !== 'build') return;
      /** @type {import('vite').Plugin} */
      const plugin = {
        name: 'explainers:no-prebundle-in-build',
        configResolved(config) {
          for (const environment of Object.values(config.environments)) {
            environment.optimizeDeps.noDiscovery = true;
            environment.optimizeDeps.include = [];
          }
        },
      };
      updateConfig({ vite: { plugins: [plugin] } });
    },
  },
};

/**
 * Astro's Markdown processor: `unified` from `@astrojs/markdown-remark` with the plugins of
 * `src/markdown/pipeline.ts`, both loaded when Astro first renders Markdown itself. No page does
 * (the content loader runs the pipeline), so a build no longer loads them here: every plugin, the
 * attribution with its word lists, and the processor's own Shiki and rehype (about 1 s of CPU).
 * @returns {NonNullable<NonNullable<import('astro').AstroUserConfig['markdown']>['processor']>}
 */
function markdownProcessor() {
  // Our plugins own the whole remark stage: no smart quotes (they would change the source
  // text), and GFM is added by the pipeline itself so the CLI and tests see the same syntax.
  const options = { gfm: false, smartypants: false };
  return {
    name: 'unified',
    options,
    async createRenderer(shared) {
      const [{ unified }, { remarkPlugins }] = await Promise.all([
        import('@astrojs/markdown-remark'),
        import('./src/markdown/pipeline.ts'),
      ]);
      return unified({ ...options, remarkPlugins: remarkPlugins(settings) }).createRenderer(shared);
    },
  };
}

await linkRestoredPages();

export default defineConfig({
  site: settings.site.baseUrl,
  // A non-root base path (e.g. GitHub Pages project sites): BASE_PATH=/explainers/ npm run build
  base,
  trailingSlash: 'always',
  // The build cache (content store, Vite); EXPLAINERS_CACHE_DIR keeps benchmarks apart.
  ...(process.env.EXPLAINERS_CACHE_DIR ? { cacheDir: process.env.EXPLAINERS_CACHE_DIR } : {}),
  markdown: { processor: markdownProcessor() },
  // Unchanged pages are taken from the previous build (see src/views/cache-key.ts), as hard links
  // to Astro's cache where the disk allows (src/cli/linked-restores.ts, turned on above).
  experimental: { incrementalBuild: true },
  // Pages are written (and, in a rebuild, copied from the cache) four at a time, so one page's
  // file I/O overlaps the next one's rendering: 12.9 s instead of 17.9 s for the page phase of
  // 1,000 benchmark explainers (4,100 outputs; medians of 3 alternating cold builds, 2 vCPUs).
  build: { concurrency: 4 },
  // `npm run dev` shows a save as soon as the loaders have reloaded (src/loading/live-content.ts).
  integrations: [
    sitemap({ serialize: withLastmod }),
    recordCommand,
    noPrebundleInBuild,
    liveContentReload(),
  ],
});
