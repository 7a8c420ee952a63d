/** Absolute URLs of the site's pages, made by the caller (which knows the base path and host). */
export interface SiteUrls {
  home: string;
  explainer(slug: string): string;
  annotation(slug: string, id: string): string;
  webAnnotations(slug: string): string;
}
