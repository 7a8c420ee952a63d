/**
 * A JSON response for a site-wide file whose last property is one long list (the dataset's
 * annotations, the search records). Its bytes are those of `JSON.stringify(value)` with the list
 * as an array, but the text is made and encoded as UTF-8 a few hundred items at a time, as Astro
 * reads the body. The list may be any iterable: a generator's items are made only as they are
 * written, so the whole list of objects is never held at once.
 *
 * Made whole, the file was one string of every item's JSON (stored two bytes per character once
 * any character is outside Latin-1, which curly quotation marks are), then its UTF-8 copy and
 * Astro's copy of that: at 10,000 explainers the dataset alone is about 175 MB of JSON, and the
 * build's peak memory was the moment these site-wide files were written.
 */

/** Items stringified and encoded per chunk of the body. */
const ITEMS_PER_CHUNK = 500;

export function jsonListResponse<T extends object>(
  value: T,
  list: keyof T & string,
  init?: ResponseInit & { trailingNewline?: boolean },
): Response {
  const keys = Object.keys(value);
  const items = value[list];
  // Another property after the list would change the order of the keys in the file.
  if (keys.at(-1) !== list || !isIterable(items)) {
    throw new Error(`jsonListResponse: "${list}" must be the last property and a list`);
  }
  const iterator = items[Symbol.iterator]();
  const rest: Record<string, unknown> = { ...value, [list]: [] };
  // `{…,"list":[]}`: the text before the list's closing bracket, then the items, then `]}`.
  const head = JSON.stringify(rest).slice(0, -2);
  const tail = `]}${init?.trailingNewline ? '\n' : ''}`;
  const encoder = new TextEncoder();
  let written = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const parts: string[] = written === 0 ? [head] : [];
      let done = false;
      for (let n = 0; n < ITEMS_PER_CHUNK; n += 1) {
        const item = iterator.next();
        if ((done = item.done === true)) break;
        // As in an array stringified whole: an item with no JSON (undefined) is `null`.
        parts.push(`${written === 0 ? '' : ','}${JSON.stringify(item.value) ?? 'null'}`);
        written += 1;
      }
      if (done) parts.push(tail);
      controller.enqueue(encoder.encode(parts.join('')));
      if (done) controller.close();
    },
  });
  const { trailingNewline: _, ...responseInit } = init ?? {};
  return new Response(body, responseInit);
}

const isIterable = (value: unknown): value is Iterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.iterator in value;
