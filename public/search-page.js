/**
 * The search page's interface (src/pages/search.astro): Pagefind's default UI, in a file of the
 * site's own so the page's Content-Security-Policy can refuse every inline script.
 */
// The default Pagefind interface. `?q=…&type=…&speaker=…&rating=…` opens with that search.
addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  const ui = new PagefindUI({
    element: el,
    bundlePath: el.dataset.bundle,
    showSubResults: true,
    showImages: false,
  });
  // Pagefind labels its field by title only; give it a real accessible name.
  el.querySelector('input[type="text"], input[type="search"]')?.setAttribute(
    'aria-label',
    el.dataset.label,
  );
  const params = new URLSearchParams(location.search);
  // Filter values are indexed HTML-escaped (`filterValue` in src/exports/search-records.ts).
  const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const filters = {};
  for (const name of el.dataset.filters.split(' ')) {
    const values = params.getAll(name).map(escape);
    if (values.length) filters[name] = values;
  }
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  if (params.get('q')) ui.triggerSearch(params.get('q'));
});
