import { describe, expect, it } from 'vitest';
import { jsonListResponse } from '../../src/views/json-response.ts';

/** The body's bytes and a string's UTF-8, as base64 (compared as one string: fast, exact). */
const bytes = async (response: Response) =>
  Buffer.from(await response.arrayBuffer()).toString('base64');
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('jsonListResponse', () => {
  it('writes the bytes of JSON.stringify, over many chunks and characters of every width', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => ({
      id: `q-${i}`,
      text: i % 3 === 0 ? '“Quoted,” she said — «déjà» 𝒳 😀' : `plain ${i}`,
      gone: undefined,
      n: i / 7,
    }));
    const value = { version: 1, site: { title: 'Café' }, list: items };
    expect(await bytes(jsonListResponse(value, 'list'))).toEqual(utf8(JSON.stringify(value)));
    expect(await bytes(jsonListResponse(value, 'list', { trailingNewline: true }))).toEqual(
      utf8(`${JSON.stringify(value)}\n`),
    );
  });

  it('writes an empty list and items without JSON as JSON.stringify does', async () => {
    const empty = { a: 'x', list: [] as unknown[] };
    expect(await bytes(jsonListResponse(empty, 'list'))).toEqual(utf8(JSON.stringify(empty)));
    const odd = { list: [undefined, () => 1, null, 2] };
    expect(await bytes(jsonListResponse(odd, 'list'))).toEqual(utf8(JSON.stringify(odd)));
  });

  it('makes the items of a generator as the body is read, with the bytes of the array', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `“${i}” — ${i % 7}` }));
    let made = 0;
    function* lazily() {
      for (const item of items) {
        made += 1;
        yield item;
      }
    }
    const reader = jsonListResponse({ version: 1, list: lazily() }, 'list').body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      // The first chunk is there before the items are all made.
      if (chunks.length === 1) expect(made).toBeLessThan(items.length);
    }
    expect(made).toBe(items.length);
    expect(Buffer.concat(chunks).toString('base64')).toEqual(
      utf8(JSON.stringify({ version: 1, list: items })),
    );
  });

  it('keeps the headers it is given', () => {
    const response = jsonListResponse({ list: [] }, 'list', {
      headers: { 'Content-Type': 'application/json' },
      trailingNewline: true,
    });
    expect(response.headers.get('Content-Type')).toBe('application/json');
  });

  it('refuses a list that is not the last property, whose keys would come out of order', () => {
    expect(() => jsonListResponse({ list: [1], after: 2 }, 'list')).toThrow(/last property/);
  });
});
