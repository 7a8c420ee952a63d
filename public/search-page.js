/**
 * The search page's interface (src/pages/search.astro): Pagefind's default UI, in a file of the
 * site's own so the page's Content-Security-Policy can refuse every inline script.
 */
// The default Pagefind interface. `?q=…&type=…&speaker=…&rating=…` opens with that search; the
// filters have their names in the site's language (`data-filters`: parameter → name), and a type
// is given as `quote`, `claim` or `comment` (`data-types`: type → its name).
addEventListener('DOMContentLoaded', async () => {
  const el = document.getElementById('search');
  // A large site's index is in parts (src/cli/search-index.ts): parts.json lists the bundles
  // after the first, and the interface searches them all as one.
  const parts = await fetch(`${el.dataset.bundle}parts.json`)
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => []);
  const ui = new PagefindUI({
    element: el,
    bundlePath: el.dataset.bundle,
    mergeIndex: parts.map((part) => ({ bundlePath: `${el.dataset.bundle}${part}` })),
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
  const names = JSON.parse(el.dataset.filters);
  const types = JSON.parse(el.dataset.types);
  const filters = {};
  for (const [param, name] of Object.entries(names)) {
    const given = params.getAll(param);
    const values = param === 'type' ? given.map((type) => types[type] ?? type) : given;
    if (values.length) filters[name] = values.map(escape);
  }
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  if (!params.get('q')) return;
  // Busy until the search the address asks for has answered with every filter group: a reader
  // (or a test) that starts on the results sooner could see them replaced by the search below.
  el.setAttribute('aria-busy', 'true');
  try {
    await searchWithEveryGroup(ui, el, params.get('q'));
  } finally {
    el.removeAttribute('aria-busy');
  }
});

async function searchWithEveryGroup(ui, el, query) {
  const pause = () => new Promise((r) => setTimeout(r, 50));
  ui.triggerSearch(query);
  // The interface lists the filter groups its last search returned, and a search made while
  // Pagefind is still loading the filter lists (as this one is, on arrival) returns only the
  // groups loaded so far: a speaker or rating group could stay missing. Once the first search has
  // answered (so the interface has set Pagefind up) and every group has loaded, search again with
  // the filters ticked by then.
  while (!el.querySelector('.pagefind-ui__results')) await pause();
  const pagefind = await import(`${el.dataset.bundle}pagefind.js`);
  const groups = Object.keys(await pagefind.filters());
  if (el.querySelectorAll('.pagefind-ui__filter-block').length >= groups.length) return;
  const ticked = {};
  for (const box of el.querySelectorAll('.pagefind-ui__filter-checkbox:checked'))
    (ticked[box.name] ??= []).push(box.value);
  ui.triggerFilters(ticked);
  // That search has answered once every group is listed (at most ten seconds).
  const blocks = () => el.querySelectorAll('.pagefind-ui__filter-block').length;
  for (let waited = 0; blocks() < groups.length && waited < 10_000; waited += 50) await pause();
}
