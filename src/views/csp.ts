/**
 * The Content-Security-Policy every page carries as a `<meta>`: no script at all, except on the
 * search page, which may run the site's own files (Pagefind's interface and its WebAssembly) but
 * no inline script; no plugins, no `<base>`, no form posts; images from the site itself, and from
 * anywhere only when `site.yaml` allows remote images. A second line of defence: the sanitiser
 * and Astro's escaping already keep script out of pages.
 */
export interface PolicyOptions {
  /** The page runs the site's own scripts (the search page). */
  scripts: boolean;
  /** `site.yaml` `remoteImages`. */
  remoteImages: boolean;
}

export function contentSecurityPolicy({ scripts, remoteImages }: PolicyOptions): string {
  return [
    `script-src ${scripts ? "'self' 'wasm-unsafe-eval'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `img-src 'self' data:${remoteImages ? ' https: http:' : ''}`,
  ].join('; ');
}
