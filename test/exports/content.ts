/** The explainers of a content folder as the loader gives them to the pages, without Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import type { Explainer } from '../../src/contract/explainer.ts';
import { loadSettings } from '../../src/loading/load-settings.ts';
import type { Settings } from '../../src/contract/settings.ts';
import type { SiteUrls } from '../../src/exports/site-urls.ts';
import { projectRoot } from '../helpers/paths.ts';

export async function loadContent(
  dir = path.join(projectRoot, 'content'),
): Promise<{ settings: Settings; explainers: Explainer[] }> {
  const { settings } = loadSettings(dir);
  const explainers: Explainer[] = [];
  const folder = path.join(dir, 'explainers');
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(folder, name);
    const { explainer } = await processExplainer(
      { path: file, value: readFileSync(file, 'utf8') },
      settings,
    );
    if (explainer && !explainer.draft) explainers.push(explainer);
  }
  return { settings, explainers };
}

/** Absolute URLs as `siteUrls()` in src/views/paths.ts makes them for the root base path. */
export function testUrls(site = 'https://example.org/'): SiteUrls {
  return (path) => new URL(`/${path}`, site).href;
}
