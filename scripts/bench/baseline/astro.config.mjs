// @ts-check
// The benchmark's baseline: a plain Astro 7 site that renders the same Markdown files as pages
// with the unified processor and no plugins of ours (GFM on, as in our pipeline; no smart quotes).
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  ...(process.env.EXPLAINERS_CACHE_DIR ? { cacheDir: process.env.EXPLAINERS_CACHE_DIR } : {}),
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
});
