/** The site settings (`site.yaml`, `ratings.yaml`, `people.yaml`) as the settings collection holds them. */
import { getEntry } from 'astro:content';

export async function siteSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('The settings collection has no `site` entry.');
  return entry.data;
}
