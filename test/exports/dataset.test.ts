/** The open-data files: the JSON dataset of every annotation and the claims CSV. */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexClaims } from '../../src/indexes/claim-index.ts';
import {
  buildDataset,
  claimsCsv,
  CLAIMS_CSV_COLUMNS,
  csvField,
  toCsv,
} from '../../src/exports/dataset.ts';
import type { Explainer } from '../../src/contract/explainer.ts';
import type { Settings } from '../../src/contract/settings.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { loadContent, testUrls } from './content.ts';
import { parseCsv } from './csv.ts';

describe('csvField', () => {
  it('quotes fields with commas, quotation marks and line breaks, doubling the marks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1 (555)')).toBe("'+1 (555)");
    expect(csvField('-40 per cent')).toBe("'-40 per cent");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    // After white space, in full-width forms, and the pipe of DDE.
    expect(csvField(' =1+1')).toBe("' =1+1");
    expect(csvField('\u3000\u00a0@SUM(A1)')).toBe("'\u3000\u00a0@SUM(A1)");
    for (const start of ['＝', '＋', '－', '＠', '｜', '|'])
      expect(csvField(`${start}cmd`)).toBe(`'${start}cmd`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(' plain')).toBe(' plain');
    expect(csvField(-3)).toBe('-3'); // numbers are ours, not content
  });

  it('writes CRLF-ended records that read back to the same fields', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'a, "b"\nc'],
      ['2', '=1+1'],
    ];
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([rows[0], rows[1], ['2', "'=1+1"]]);
  });
});

let content: { settings: Settings; explainers: Explainer[] };
beforeAll(async () => {
  content = await loadContent();
});

describe('claimsCsv', () => {
  it('has a header and one row per claim, read back field by field', () => {
    const claims = indexClaims(content.explainers);
    const csv = claimsCsv(claims, content.explainers, content.settings.ratings, testUrls());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CLAIMS_CSV_COLUMNS]);
    expect(rows).toHaveLength(claims.length);
    const column = (name: (typeof CLAIMS_CSV_COLUMNS)[number]) => CLAIMS_CSV_COLUMNS.indexOf(name);
    rows.forEach((row, i) => {
      const claim = claims[i]!;
      expect(row).toHaveLength(CLAIMS_CSV_COLUMNS.length);
      expect(row[column('claim_id')]).toBe(claim.annotation.id);
      expect(row[column('claim')]).toBe(claim.annotation.text);
      expect(row[column('rating')]).toBe(claim.annotation.rating ?? '');
      expect(row[column('claimant')]).toBe(claim.annotation.claimant?.name ?? '');
      expect(row[column('url')]).toBe(
        new URL(
          `/explainers/${claim.explainer.slug}/#${claim.annotation.id}`,
          'https://example.org',
        ).href,
      );
      expect(Number(row[column('line')])).toBe(claim.annotation.place.line);
      expect(row[column('file')]).toMatch(/^[\w-]+\.md$/);
    });
  });

  it('guards claims and comments that start like a formula', async () => {
    const explainer = await makeExplainer(
      'evil',
      [
        'He said :claim[=cmd|" /C calc"!A0]{#evil by="@attacker" rating=false} today.',
        '',
        ':::comment{on=evil}',
        '+ not a formula',
        ':::',
      ].join('\n'),
    );
    const csv = claimsCsv(
      indexClaims([explainer]),
      [explainer],
      content.settings.ratings,
      testUrls(),
    );
    const [, row] = parseCsv(csv.slice(1));
    expect(row![CLAIMS_CSV_COLUMNS.indexOf('claim')]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row![CLAIMS_CSV_COLUMNS.indexOf('claimant')]).toBe("'@attacker");
    for (const field of row!) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('buildDataset', () => {
  it('holds every explainer and annotation with its URL, selector and place', () => {
    const dataset = buildDataset(content.explainers, content.settings, testUrls());
    expect(dataset.version).toBe(1);
    expect(dataset.explainers.map((e) => e.slug)).toEqual(
      content.explainers.map((e) => e.slug).sort(),
    );
    const total = content.explainers.reduce((n, e) => n + e.annotations.length, 0);
    expect(dataset.annotations).toHaveLength(total);
    const ids = new Set(dataset.annotations.map((a) => `${a.explainer}#${a.id}`));
    expect(ids.size).toBe(total);
    const sourceLines = new Map(
      content.explainers.map((e) => [e.slug, e.markdown!.split(/\r\n|\r|\n/)]),
    );
    for (const annotation of dataset.annotations) {
      expect(decodeURIComponent(annotation.url)).toBe(
        `https://example.org/explainers/${annotation.explainer}/#${annotation.id}`,
      );
      expect(annotation.selector.exact.length).toBeGreaterThan(0);
      // Every annotation's line and column are where the file writes it: the opening mark of a
      // found quotation, the directive of a marked one, a comment's fence or prefix.
      const line = sourceLines.get(annotation.explainer)![annotation.line - 1] ?? '';
      const written =
        annotation.kind === 'quote'
          ? [annotation.explicit ? ':quote[' : annotation.text[0]!]
          : annotation.kind === 'claim'
            ? [':claim[']
            : annotation.form === 'directive'
              ? [':::comment']
              : content.settings.site.commentPrefixes;
      expect(
        written.some((start) => line.startsWith(start, annotation.column - 1)),
        `${annotation.explainer}#${annotation.id} at ${annotation.line}:${annotation.column}`,
      ).toBe(true);
      if (annotation.kind === 'claim') {
        for (const comment of annotation.comments) {
          expect(ids.has(`${annotation.explainer}#${comment}`)).toBe(true);
        }
      }
      if (annotation.kind === 'comment') expect(annotation.html).toMatch(/^</);
    }
    expect(dataset.ratings.map((r) => r.value)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
  });

  it('links the same claim in two explainers both ways', async () => {
    const a = await makeExplainer(
      'a',
      'X :claim[the budget doubled in 2025]{#one by=andrew-parker rating=false}.',
    );
    const b = await makeExplainer(
      'b',
      'Y :claim[the budget doubled in 2025]{#two by=andrew-parker rating=false}.',
    );
    const dataset = buildDataset([b, a], content.settings, testUrls());
    const claims = dataset.annotations.filter((x) => x.kind === 'claim');
    expect(claims.map((c) => [c.id, c.kind === 'claim' ? c.related : []])).toEqual([
      ['one', ['https://example.org/explainers/b/#two']],
      ['two', ['https://example.org/explainers/a/#one']],
    ]);
  });
});
