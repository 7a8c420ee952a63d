/** Internal links, always under the configured base path (`astro.config.mjs` `base`). */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path such as `claims/` → `/base/claims/`. */
export function href(sitePath = ''): string {
  return base + sitePath.replace(/^\//, '');
}

export const explainerHref = (slug: string) => href(`explainers/${slug}/`);
