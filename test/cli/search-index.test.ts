/**
 * The search post-step names the explainer file and line when Pagefind fails on an annotation
 * record (Pagefind itself is replaced here by a stand-in that refuses one record).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SearchRecords } from '../../src/exports/search-records.ts';
import { tempDir } from '../bad-input/run-cli.ts';

vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addDirectory: async () => ({ errors: [], page_count: 0 }),
      addCustomRecord: async ({ url }: { url: string }) => {
        if (url.includes('#bad')) throw new Error(`Pagefind service error\n{"url":"${url}"}`);
        return { errors: [] };
      },
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: async () => {},
}));

const { indexSite } = await import('../../src/cli/search-index.ts');

const record = (url: string, place: string) => ({
  url,
  content: 'words',
  meta: { title: 'T', explainer: 'E' },
  filters: { type: ['quote'] },
  place,
});

describe('the search post-step', () => {
  it('names the file, line and column of the record Pagefind fails on', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'search'));
    const records: SearchRecords = {
      language: 'en',
      records: [
        record('/explainers/a/#ok', 'content/explainers/a.md:3:1'),
        record('/explainers/b/#bad', 'content/explainers/b.md:12:7'),
      ],
    };
    writeFileSync(path.join(out, 'search/records.json'), JSON.stringify(records));
    await expect(indexSite(out)).rejects.toThrow(
      /^content\/explainers\/b\.md:12:7: the annotation \/explainers\/b\/#bad could not be indexed: Pagefind service error$/,
    );
  });
});
