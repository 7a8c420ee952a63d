// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { remarkPlugins } from './src/markdown/pipeline.ts';
import { contentDirFrom, loadSettings } from './src/loading/load-settings.ts';

// EXPLAINERS_CONTENT points the build at another content folder (tests, benchmarks).
const { settings } = loadSettings(
  contentDirFrom(undefined, fileURLToPath(new URL('.', import.meta.url))),
);

export default defineConfig({
  site: settings.site.baseUrl,
  // A non-root base path (e.g. GitHub Pages project sites): BASE_PATH=/explainers/ npm run build
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // The build cache (content store, Vite); EXPLAINERS_CACHE_DIR keeps benchmarks apart.
  ...(process.env.EXPLAINERS_CACHE_DIR ? { cacheDir: process.env.EXPLAINERS_CACHE_DIR } : {}),
  // Our plugins own the whole remark stage: no smart quotes (they would change the source
  // text), and GFM is added by the pipeline itself so the CLI and tests see the same syntax.
  markdown: {
    processor: unified({ remarkPlugins: remarkPlugins(settings), gfm: false, smartypants: false }),
  },
  // Unchanged pages are copied from the previous build (see src/views/cache-key.ts).
  experimental: { incrementalBuild: true },
  // Pages are written (and, in a rebuild, copied from the cache) four at a time, so one page's
  // file I/O overlaps the next one's rendering: 12.9 s instead of 17.9 s for the page phase of
  // 1,000 benchmark explainers (4,100 outputs; medians of 3 alternating cold builds, 2 vCPUs).
  build: { concurrency: 4 },
  integrations: [sitemap()],
});
