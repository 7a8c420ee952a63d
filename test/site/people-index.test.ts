/**
 * `peopleIndex` (src/indexes/site-index.ts): quotations and claims grouped by who said them, keyed
 * as the link helpers key them, with people.yaml names and roles.
 */
import { describe, expect, it } from 'vitest';
import type { Explainer } from '../../src/contract/explainer.ts';
import { indexAnnotations, peopleIndex } from '../../src/indexes/site-index.ts';

const base = {
  summary: 's',
  tags: [],
  editors: [],
  draft: false,
  source: { publisher: 'P' },
  file: 'f.md',
  language: 'en',
} as const;

function explainer(slug: string, published: string, annotations: Explainer['annotations']) {
  const text = 'Ann Lee said "yes." Bob Roe said "no." Officials said "maybe." Ann Lee claimed it.';
  return {
    ...base,
    slug,
    title: slug,
    published,
    blocks: [{ id: 'p-1', type: 'paragraph', html: '', text, place: { line: 1, column: 1 } }],
    annotations,
  } as unknown as Explainer;
}

const quote = (
  id: string,
  text: string,
  start: number,
  speaker: { name: string; id?: string } | null,
) => ({
  kind: 'quote' as const,
  id,
  blockId: 'p-1',
  place: { line: 1, column: 1 },
  span: { start, end: start + text.length },
  text,
  speaker,
  explicit: false,
});

const site = [
  explainer('older', '2026-01-01', [
    quote('q-1', '"yes."', 13, { name: 'Ann Lee', id: 'ann-lee' }),
  ]),
  explainer('newer', '2026-02-01', [
    quote('q-2', '"yes."', 13, { name: 'Ms Lee', id: 'ann-lee' }),
    quote('q-3', '"no."', 33, { name: 'Bob Roe' }),
    quote('q-4', '"maybe."', 53, { name: 'officials' }),
    quote('q-5', '"yes."', 13, null),
    {
      kind: 'claim',
      id: 'c-1',
      blockId: 'p-1',
      place: { line: 1, column: 1 },
      span: { start: 62, end: 80 },
      text: 'Ann Lee claimed it',
      claimant: { name: 'Ann Lee', id: 'ann-lee' },
      rating: null,
    },
  ]),
];
const people = [{ id: 'ann-lee', name: 'Ann Lee', aliases: ['Ms Lee'], role: 'Mayor' }];
const keyOf = (s: { name: string; id?: string }) =>
  s.id ?? s.name.toLowerCase().replace(/\W+/g, '-');

describe('peopleIndex', () => {
  const index = peopleIndex(indexAnnotations(site), people, keyOf);

  it('groups by key, most attributed first, and leaves out quotations without a speaker', () => {
    expect(index.map((p) => [p.key, p.quotes.length, p.claims.length])).toEqual([
      ['ann-lee', 2, 1],
      ['bob-roe', 1, 0],
      ['officials', 1, 0],
    ]);
  });

  it('uses the people.yaml name and role, counts explainers and tells names from descriptions', () => {
    const [ann, bob, officials] = index;
    expect(ann).toMatchObject({
      name: 'Ann Lee',
      person: { role: 'Mayor' },
      explainers: 2,
      named: true,
    });
    expect(bob).toMatchObject({ name: 'Bob Roe', explainers: 1, named: true });
    expect(officials!.named).toBe(false);
  });

  it('lists the newest explainer first, with the sentence around each quotation', () => {
    const [ann] = index;
    expect(ann!.quotes.map((q) => q.explainer.slug)).toEqual(['newer', 'older']);
    expect(ann!.quotes[0]!.context).toBe('Ann Lee said "yes."');
    expect(ann!.quotes[0]!.path).toBe('explainers/newer/#q-2');
  });
});
