/** The site settings (`site.yaml`, `ratings.yaml`, `people.yaml`) as the settings collection holds them. */
import { getEntry } from 'astro:content';
import { liveCollection } from '../loading/live-content.ts';

async function settingsEntry() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('The settings collection has no `site` entry.');
  return entry.data;
}

type Settings = Awaited<ReturnType<typeof settingsEntry>>;

/** The dev server's live copy of the settings (`src/loading/live-content.ts`), if any. */
const liveSettings = () =>
  liveCollection('settings')?.find((entry) => entry.id === 'site')?.data as Settings | undefined;

/**
 * The settings of a production build, read once: they cannot change while a build renders its
 * pages, and most components ask for them (through `uiFor`), on every page. Each `getEntry`
 * imports Astro's asset map again, which made reading them about 1.3 s of a 1,000-explainer
 * build's pages. The dev server reads them on every call (the loader's live copy), so an edit to
 * `site.yaml` shows.
 */
let built: Promise<Settings> | undefined;

export function siteSettings(): Promise<Settings> {
  if (!import.meta.env.PROD) {
    const live = liveSettings();
    return live ? Promise.resolve(live) : settingsEntry();
  }
  return (built ??= settingsEntry());
}
