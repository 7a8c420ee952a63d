/**
 * Articles as editors paste them besides plain text: HTML copied from a news page, and Markdown.
 * Both become Markdown blocks (HTML through the unified chain rehype-parse → rehype-remark →
 * remark-stringify, which keeps paragraphs, links, emphasis, headings, lists and block
 * quotations; scripts, styles, navigation, forms and asides are dropped first), and the head of
 * the article is read into the frontmatter:
 *
 *   # Harbour ferry subsidy to double             the headline (`# …`, `<h1>`) → title
 *   By Joanne Pell, transport correspondent        a byline → source.author
 *   14 October 2026                                a dateline → source.published, when it is a
 *                                                  real date; otherwise kept in the text, with a
 *                                                  TODO note
 *
 * An HTML page's `<meta>` tags fill what its text does not: og:title, og:site_name (the
 * publisher), author, article:published_time, the canonical URL. Its links and images are made
 * absolute as a browser reads them (`resolveUrls`), so a page saved from a news site keeps them.
 * Nothing of the text is dropped: every block not recognised as the head stays, in order.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isCalendarDate } from '../contract/frontmatter.ts';
import { BYLINE, isCreditLine, looksLikeDateLine, parseDateLine } from './article-head.ts';
import type { Article, ArticleParagraph } from './plain-article.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** The format of an article file, from its name, else from its first characters. */
export function formatOf(fileName: string, text: string): ArticleFormat {
  if (/\.x?html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  const start = text.trimStart().slice(0, 2000);
  if (/^<(?:!doctype|html|head|body|article|div|p|h[1-6]|section|main)\b/i.test(start))
    return 'html';
  if (/^#{1,2} \S/.test(start)) return 'markdown';
  return 'text';
}

/** Elements of a news page that are not the article. */
const DROPPED = new Set(
  'script style noscript template nav aside footer form iframe button select input svg canvas dialog'.split(
    ' ',
  ),
);

function prune(node: HastRoot | Element): void {
  node.children = node.children.filter((child: HastContent) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (DROPPED.has(child.tagName)) return false;
    // A site header holds the navigation; an article's own header holds its headline.
    if (child.tagName === 'header' && hasTag(child, 'nav')) return false;
    prune(child);
    return true;
  });
}

function hasTag(node: HastRoot | Element, tag: string): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (child.tagName === tag || hasTag(child, tag)),
  );
}

function findTag(node: HastRoot | Element, tag: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = findTag(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** `<meta property|name=… content=…>` and `<link rel=canonical>` of a page. */
function metaOf(tree: HastRoot): Map<string, string> {
  const meta = new Map<string, string>();
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const p = child.properties;
      const key = String(p.property ?? p.name ?? p.itemProp ?? '').toLowerCase();
      if (child.tagName === 'meta' && key && typeof p.content === 'string' && !meta.has(key))
        meta.set(key, p.content.trim());
      if (
        child.tagName === 'link' &&
        Array.isArray(p.rel) &&
        p.rel.includes('canonical') &&
        typeof p.href === 'string'
      )
        meta.set('canonical', p.href);
      walk(child);
    }
  };
  walk(tree);
  return meta;
}

/** The address a page's relative links are read against, if it has one (http or https). */
function baseUrl(page: HastRoot, pageUrl: string | undefined): URL | undefined {
  const href = findTag(page, 'base')?.properties.href;
  const declared = typeof href === 'string' && href.trim() ? URL.parse(href.trim(), pageUrl) : null;
  const base = declared ?? (pageUrl === undefined ? null : URL.parse(pageUrl));
  return base && /^https?:$/.test(base.protocol) ? base : undefined;
}

/**
 * Every link's `href` and image's `src` made absolute, as a browser reads them: against the
 * page's own `<base href>`, itself read against the page's address (`pageUrl`: the import's
 * `--url`, else the page's canonical URL). A page saved from a news site has relative ones
 * (`/reports/tolls.pdf`), which the site would refuse (`unsafe-url`) and leave out. Without an
 * address, or for a value no URL can be read from, the value stays as written, and `check` warns.
 */
function resolveUrls(page: HastRoot, pageUrl: string | undefined): void {
  const base = baseUrl(page, pageUrl);
  if (!base) return;
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const key = child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : undefined;
      const value = key ? child.properties[key] : undefined;
      if (key && typeof value === 'string' && value.trim() !== '')
        child.properties[key] = URL.parse(value.trim(), base)?.href ?? value;
      walk(child);
    }
  };
  walk(page);
}

const toMarkdown = unified()
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, { bullet: '-', emphasis: '_' });

/** One block as Markdown that reads back as itself (a colon that could start a directive escaped). */
const blockMarkdown = (node: RootContent) =>
  toMarkdown.stringify({ type: 'root', children: [node] }).trimEnd();

/**
 * The article of an HTML page or a Markdown file; `pageUrl` is where the page was published
 * (`--url`), which its relative links are read against.
 */
export function parseRichArticle(
  input: string,
  format: 'markdown' | 'html',
  commentPrefixes: readonly string[],
  pageUrl?: string,
): Article {
  const article: Article = { paragraphs: [], notes: [] };
  let tree: Root;
  if (format === 'html') {
    const page = unified().use(rehypeParse).parse(input);
    const meta = metaOf(page);
    const canonical = meta.get('canonical') ?? meta.get('og:url');
    const address = canonical && /^https?:\/\//.test(canonical) ? canonical : undefined;
    prune(page);
    // After the page furniture is gone (its links with it); the head and its <base> stay.
    resolveUrls(page, pageUrl ?? address);
    const body = findTag(page, 'article') ?? findTag(page, 'main') ?? findTag(page, 'body') ?? page;
    tree = unified()
      .use(rehypeRemark)
      .runSync({ type: 'root', children: body.children } satisfies HastRoot) as Root;
    const title = meta.get('og:title');
    if (title) article.headline = title;
    const site = meta.get('og:site_name');
    if (site) article.publisher = site;
    const author = meta.get('author') ?? meta.get('article:author');
    if (author && !/^https?:/.test(author)) article.author = author;
    const published = (meta.get('article:published_time') ?? meta.get('datepublished'))?.slice(
      0,
      10,
    );
    if (published && isCalendarDate(published)) article.date = published;
    if (address) article.url = address;
  } else {
    tree = unified().use(remarkParse).use(remarkGfm).parse(input);
  }
  readHead(tree, article);
  readCreditAtEnd(tree, article);
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'html' || node.type === 'definition') {
      if (node.type === 'html' && node.value.trim())
        article.notes!.push(`raw HTML left out of the text: ${node.value.slice(0, 60)}`);
      if (node.type !== 'definition') continue;
    }
    const text = toString(node);
    if (text.trim() === '') continue; // a rule, an image: no text to keep
    const prefix =
      node.type === 'paragraph' ? commentPrefixes.find((p) => text.startsWith(p)) : undefined;
    if (prefix && article.paragraphs.length > 0) {
      stripText(node as Paragraph, prefix.length);
      article.paragraphs.push(rich('comment', node));
    } else article.paragraphs.push(rich('paragraph', node));
  }
  article.lede = article.paragraphs.find(
    (p) => p.kind === 'paragraph' && p.text.trim() !== '',
  )?.text;
  return article;
}

function rich(kind: ArticleParagraph['kind'], node: RootContent): ArticleParagraph {
  return { kind, text: toString(node), markdown: blockMarkdown(node) };
}

/** Remove the first `length` characters of a paragraph's text (a `Comment:` prefix). */
function stripText(paragraph: Paragraph, length: number): void {
  const first = paragraph.children[0];
  if (first?.type === 'text') first.value = first.value.slice(length).trimStart();
}

/**
 * A credit line as the article's last paragraph (under its text, as many sites print it), when
 * the head had none: into the article's credit, as one at the top is.
 */
function readCreditAtEnd(tree: Root, article: Article): void {
  const last = tree.children.findLast((node) => toString(node).trim() !== '');
  if (article.credit !== undefined || last?.type !== 'paragraph') return;
  const text = toString(last).trim();
  if (!isCreditLine(text) || tree.children.filter((n) => n.type === 'paragraph').length < 2) return;
  article.credit = text;
  tree.children.splice(tree.children.indexOf(last), 1);
}

/** Headline, byline, dateline and credit among the first blocks: into the article's fields. */
function readHead(tree: Root, article: Article): void {
  const head = tree.children.slice(0, 6);
  for (const node of head) {
    const text = toString(node).trim();
    const take = () => tree.children.splice(tree.children.indexOf(node), 1);
    if (node.type === 'heading' && node.depth === 1 && article.headlineFromText === undefined) {
      article.headline = text;
      article.headlineFromText = text;
      take();
    } else if (node.type === 'paragraph' && text.length <= 120 && BYLINE.test(text)) {
      article.author ??= BYLINE.exec(text)![1]!.trim();
      article.byline = text;
      take();
    } else if (node.type === 'paragraph' && looksLikeDateLine(text)) {
      const date = parseDateLine(text);
      if (date) {
        article.date ??= date;
        article.dateline = text;
        take();
      } else
        article.notes!.push(
          `the date line "${text}" was kept in the text; write it as source.published (YYYY-MM-DD) and delete it from the text`,
        );
    } else if (node.type === 'paragraph' && article.credit === undefined && isCreditLine(text)) {
      article.credit = text;
      take();
    }
  }
}
