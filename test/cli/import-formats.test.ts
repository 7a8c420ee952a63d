/**
 * `explainer import` reads what editors paste: HTML copied from a news page (turned into
 * Markdown, page furniture dropped), Markdown with a `# headline`, and plain text with a byline
 * and a dateline; the head lines go into the frontmatter or stay in the text with a TODO note,
 * never dropped. Every import is a draft until `--publish`; a published file with the import's
 * placeholders fails `check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { runCommand, STACK_LINE, tempDir } from '../bad-input/run-cli.ts';
import { testSettings } from '../helpers/settings.ts';
import { projectRoot } from '../helpers/paths.ts';

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry subsidy | Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-10-14T08:00:00Z">
<link rel="canonical" href="https://example.com/news/ferry-subsidy">
<style>p { color: red }</style><script>window.track = 1;</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Harbour ferry subsidy to double</h1>
<p class="byline">By Joanne Pell</p>
<p>The council will pay Harbour Ferries Ltd &pound;1.2m a year, <em>twice</em> what it paid in 2024, its <a href="https://example.com/report">report</a> says.</p>
<p>&ldquo;It is the only way to keep the early crossing,&rdquo; said Cllr Dafydd Pryce.</p>
<h2>What the figures show</h2>
<blockquote><p>Passenger numbers fell by 12 per cent.</p></blockquote>
<p>Comment: The 12 per cent figure is for 2025 only.</p>
<aside>Read more: an unrelated story</aside>
</article></main><footer>© Harbour Gazette <script>alert(1)</script></footer></body></html>
`;

async function importFile(name: string, text: string | Uint8Array, ...args: string[]) {
  const input = path.join(tempDir(), name);
  writeFileSync(input, text);
  const result = await runCommand([
    'import',
    input,
    '--out',
    tempDir(),
    '--date',
    '2026-10-20',
    ...args,
  ]);
  expect(result.stderr).not.toMatch(STACK_LINE);
  const written = /^Wrote (.*\.md):/m.exec(result.stdout)?.[1];
  const file = written ? path.resolve(projectRoot, written) : undefined;
  const markdown = file ? readFileSync(file, 'utf8') : '';
  const frontmatter = parseYaml(markdown.split('\n---\n')[0]!.replace(/^---\n/, '') || '{}') as {
    title?: string;
    draft?: boolean;
    source?: Record<string, unknown>;
  };
  return { result, file, markdown, frontmatter, body: markdown.split('\n---\n')[1] ?? '' };
}

async function model(markdown: string) {
  return processExplainer({ path: 'x.md', value: markdown }, testSettings);
}

describe('explainer import: formats', () => {
  it('turns HTML from a news page into Markdown, keeping text, links, emphasis, headings and quotations', async () => {
    const { result, frontmatter, body, markdown } = await importFile('ferry.html', PAGE);
    expect(result.status).toBe(0);
    expect(frontmatter).toMatchObject({
      title: 'Harbour ferry subsidy to double',
      draft: true,
      source: {
        publisher: 'The Harbour Gazette',
        url: 'https://example.com/news/ferry-subsidy',
        author: 'Joanne Pell',
        published: '2026-10-14',
      },
    });
    expect(body).toContain(
      'The council will pay Harbour Ferries Ltd £1.2m a year, _twice_ what it paid in 2024, its [report](https://example.com/report) says.',
    );
    expect(body).toContain('\n## What the figures show\n');
    expect(body).toContain('\n> Passenger numbers fell by 12 per cent.\n');
    expect(body).toContain(':::comment\nThe 12 per cent figure is for 2025 only.\n:::');
    // No tags, entities, scripts, styles, navigation or asides as text.
    for (const gone of [
      '<',
      '&pound;',
      '&ldquo;',
      'window.track',
      'color: red',
      'Home',
      'Read more',
      'alert',
    ])
      expect(body, gone).not.toContain(gone);
    const { explainer, file } = await model(markdown.replace('draft: true', 'draft: false'));
    expect(file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(explainer!.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'blockquote',
    ]);
    expect(explainer!.blocks[0]!.html).toContain('<em>twice</em>');
    expect(explainer!.blocks[0]!.html).toContain('href="https://example.com/report"');
  });

  it("makes a saved page's relative links and images absolute, as a browser reads them", async () => {
    const page = (head: string) => `<html><head>${head}</head><body><article>
<h1>Bridge tolls frozen</h1>
<p>The council <a href="/reports/tolls.pdf">published its report</a>, after <a href="2025/tolls.html">last year's</a>, <a href="mailto:desk@example.com">the desk</a> and <a href="http://[broken">a broken one</a>.</p>
<p><img src="img/bridge.jpg" alt="The bridge at dusk"></p>
</article></body></html>`;
    const canonical = '<link rel="canonical" href="https://example.com/news/tolls">';
    // Against the page's own <base>, itself read against --url (before the canonical URL).
    const withUrl = await importFile(
      'tolls.html',
      page(`<base href="/news/">${canonical}`),
      '--url',
      'https://news.example/local/tolls',
    );
    expect(withUrl.result.status).toBe(0);
    expect(withUrl.body).toContain(
      '[published its report](https://news.example/reports/tolls.pdf)',
    );
    expect(withUrl.body).toContain("[last year's](https://news.example/news/2025/tolls.html)");
    // (A colon that could start a directive is escaped in Markdown: `mailto\:`.)
    expect(withUrl.body).toMatch(/\[the desk\]\(mailto\\?:desk@example\.com\)/);
    expect(withUrl.body).toContain(
      '![The bridge at dusk](https://news.example/news/img/bridge.jpg)',
    );
    // No URL can be read from it: as written, and check says so.
    expect(withUrl.body).toMatch(/\[a broken one\]\(http:\/\/\\?\[broken\)/);
    expect(withUrl.result.stderr.match(/unsafe-url$/gm)).toHaveLength(1);
    // Without --url, against the canonical URL; without either, as written.
    const fromCanonical = await importFile('tolls.html', page(canonical));
    expect(fromCanonical.body).toContain('(https://example.com/reports/tolls.pdf)');
    expect(fromCanonical.body).toContain('(https://example.com/news/2025/tolls.html)');
    const bare = await importFile('tolls.html', page('<base href="/news/">'));
    expect(bare.body).toContain('[published its report](/reports/tolls.pdf)');
    expect(bare.body).toContain('![The bridge at dusk](img/bridge.jpg)');
  });

  it('reads a Markdown # headline as the title, and a byline and dateline into the source', async () => {
    const { result, frontmatter, body, markdown } = await importFile(
      'ferry.md',
      '# Harbour ferry subsidy to double\n\nBy Joanne Pell, transport correspondent\n\n14 October 2026\n\nThe council will pay *Harbour Ferries* £1.2m a year.\n\n## Why\n\nBecause.\n',
      '--publisher',
      'Harbour Gazette',
    );
    expect(result.status).toBe(0);
    expect(frontmatter.title).toBe('Harbour ferry subsidy to double');
    expect(frontmatter.source).toMatchObject({ author: 'Joanne Pell', published: '2026-10-14' });
    expect(markdown).toContain(
      "# The article's byline was: By Joanne Pell, transport correspondent\n",
    );
    expect(markdown).toContain("# The article's dateline was: 14 October 2026\n");
    expect(body.trim()).toBe(
      'The council will pay _Harbour Ferries_ £1.2m a year.\n\n## Why\n\nBecause.',
    );
  });

  it('keeps a dateline that is not a real date in the text, with a TODO note', async () => {
    const { frontmatter, body, markdown } = await importFile(
      'ferry.md',
      '# Ferry\n\nPublished 31 February 2026\n\nThe council will pay.\n',
    );
    expect(frontmatter.source?.published).toBeUndefined();
    expect(body).toContain('Published 31 February 2026');
    expect(markdown).toMatch(/# TODO: the date line "Published 31 February 2026" was kept/);
  });

  it('takes a plain-text byline as the author, not the title', async () => {
    const { frontmatter, body } = await importFile(
      'byline.txt',
      'By Joanne Pell\n\n2026-10-12\n\nThe council will pay Harbour Ferries Ltd £1.2m a year.\n\nIt is the second paragraph.\n',
      '--publisher',
      'Harbour Gazette',
    );
    expect(frontmatter.title).toBe('The council will pay Harbour Ferries Ltd £1.2m a year.');
    expect(frontmatter.source).toMatchObject({ author: 'Joanne Pell', published: '2026-10-12' });
    expect(body).not.toContain('Joanne Pell');
  });

  it('takes a credit line that ends the article as the image credit, from plain text and from HTML', async () => {
    const plain = await importFile(
      'credit.txt',
      'The council will pay Harbour Ferries Ltd £1.2m a year.\n\nIt is the second paragraph.\n\n© Photo: Ines Marr / Harbour Gazette\n',
      '--publisher',
      'Harbour Gazette',
    );
    const html = await importFile(
      'credit.html',
      '<article><h1>Ferry</h1><p>The council will pay.</p><p>Passengers fell.</p><p class="credit">Foto: Ines Marr</p></article>',
      '--publisher',
      'Harbour Gazette',
    );
    expect(plain.frontmatter.source?.credit).toBe('© Photo: Ines Marr / Harbour Gazette');
    expect(plain.body.trim()).toBe(
      'The council will pay Harbour Ferries Ltd £1.2m a year.\n\nIt is the second paragraph.',
    );
    expect(html.frontmatter.source?.credit).toBe('Foto: Ines Marr');
    expect(html.body.trim()).toBe('The council will pay.\n\nPassengers fell.');
    // An article of one line that reads like a credit stays text.
    const alone = await importFile('alone.txt', '© 2026 a short note.\n', '--publisher', 'X');
    expect(alone.body).toContain('© 2026 a short note.');
  });

  it('reads a Latin-1 file as Windows-1252, with a warning, and writes UTF-8', async () => {
    const text = 'The ferry subsidy costs \u00a31.2m a year.\n\nMore.\n';
    const { result, body } = await importFile(
      'latin1.txt',
      Uint8Array.from(text, (c) => c.charCodeAt(0)),
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /warning {2}Unexpected bytes that are not UTF-8, read as Windows-1252/,
    );
    expect(body).toContain('costs £1.2m a year.');
  });
});

describe('explainer import: drafts until reviewed', () => {
  it('writes a draft; published as it is, it fails check at each placeholder', async () => {
    const { result, frontmatter, file, markdown } = await importFile(
      'article.txt',
      'The council will pay Harbour Ferries Ltd £1.2m a year, the report says.\n\nMore.\n',
    );
    expect(result.status).toBe(0);
    expect(frontmatter.draft).toBe(true);
    expect(frontmatter.source?.publisher).toBe('Unknown publisher');
    writeFileSync(file!, markdown.replace('draft: true', 'draft: false'));
    const check = await runCommand([
      'check',
      file!,
      '--content',
      path.join(projectRoot, 'content'),
    ]);
    expect(check.status).toBe(1);
    const placeholders = check.stdout.split('\n').filter((l) => l.endsWith('  placeholder'));
    expect(placeholders.map((l) => l.split('  ')[0]!.split(':').slice(-2).join(':'))).toEqual([
      '3:3', // # TODO: write a display title
      '14:5', // # TODO: name the publisher
      '15:15', // publisher: "Unknown publisher"
    ]);
  });

  it('--publish writes draft: false, needs a publisher, and passes check', async () => {
    const refused = await importFile('article.txt', 'One paragraph.\n\nTwo.\n', '--publish');
    expect(refused.result.status).toBe(2);
    expect(refused.result.stderr).toMatch(/^Unexpected --publish without --publisher or --url/);
    const { result, frontmatter, file } = await importFile(
      'article.txt',
      'The council will pay Harbour Ferries Ltd £1.2m a year, the report says.\n\nMore.\n',
      '--publish',
      '--publisher',
      'Harbour Gazette',
    );
    expect(result.status).toBe(0);
    expect(frontmatter.draft).toBe(false);
    const check = await runCommand([
      'check',
      file!,
      '--content',
      path.join(projectRoot, 'content'),
    ]);
    expect(check.status, check.stdout).toBe(0);
  });
});
