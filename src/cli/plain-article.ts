/**
 * A plain-text article as news sites and republishers hand it over, read into its parts:
 *
 *   5g chinese                                   slug line: a few keywords, no full stop
 *   © Global Look Press / ZUMA Press / Yan Xiang  credit line: starts with ©, (c), Photo:, …
 *                                                (or the article's last line)
 *   In a bid to pressure the UK …                 the lede (the first paragraph): the summary
 *
 *   The US has upped the rhetorical ante …        paragraphs, separated by blank lines
 *
 *   Comment: Meanwhile Western intelligence …     an editor's comment on the paragraph before
 *
 * The head lines may also be separated by blank lines. Nothing of the text is dropped: each
 * paragraph keeps its words and line breaks (only spaces at the ends of lines go).
 */
import { paragraphsOf } from '../quotes/plain-text.ts';
import { segmenter } from '../quotes/segmenter.ts';
import { withoutBom } from '../markdown/pipeline.ts';
import { BYLINE, CREDIT, isCreditLine, parseDateLine } from './article-head.ts';
import { cutText } from '../contract/text.ts';

export interface ArticleParagraph {
  kind: 'paragraph' | 'comment';
  /** The text, lines joined with `\n`; for a comment, without its prefix. */
  text: string;
  /** The block as Markdown, for an article that came as HTML or Markdown (else: plain text). */
  markdown?: string;
}

export interface Article {
  /** A short keywords line at the top, if there is one (kept, but not a display title). */
  slugLine?: string;
  /** A first line that reads as a headline (capitalised, several words). */
  headline?: string;
  /** The image credit line. */
  credit?: string;
  /** The first paragraph, the article's standfirst. */
  lede?: string;
  /** Every paragraph and comment in order, the lede first. */
  paragraphs: ArticleParagraph[];
  /** The `# headline` as written in the text (not from a page's metadata). */
  headlineFromText?: string;
  /** The byline as written (`By Joanne Pell, transport correspondent`), and its author. */
  byline?: string;
  author?: string;
  /** The dateline as written, and its date (YYYY-MM-DD). */
  dateline?: string;
  date?: string;
  /** From an HTML page's metadata. */
  publisher?: string;
  url?: string;
  /** What the editor should look at (TODO notes in the frontmatter). */
  notes?: string[];
}

/** A line that ends like a sentence (or a quotation) is text, not a slug line or headline. */
const SENTENCE_END = /[.!?:;,"”’»)]$/;

function headLineKind(line: string): 'slug' | 'headline' | 'byline' | 'dateline' | undefined {
  if (line.length <= 120 && BYLINE.test(line)) return 'byline';
  if (parseDateLine(line)) return 'dateline';
  const words = line.split(/\s+/).filter(Boolean);
  if (line.length > 100 || words.length === 0 || words.length > 14) return undefined;
  if (SENTENCE_END.test(line) || CREDIT.test(line)) return undefined;
  const capitalised = /^\p{Lu}/u.test(line);
  if (!capitalised || words.length <= 3) return words.length <= 8 ? 'slug' : undefined;
  return 'headline';
}

export function parseArticle(text: string, commentPrefixes: readonly string[]): Article {
  // The paragraphs (blank-line separated), each a list of its trimmed lines.
  const chunks = paragraphsOf(withoutBom(text).replace(/\r\n?/g, '\n')).map((paragraph) =>
    paragraph.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  const article: Article = { paragraphs: [] };
  // The head: up to four short lines before the first paragraph, each alone on its line: a slug
  // line or headline first, then a credit, a byline, a dateline.
  for (let taken = 0; taken < 4 && chunks.length > 0; taken += 1) {
    const first = chunks[0]!;
    const line = first[0]!;
    const more = first.length > 1 || chunks.length > 1;
    if (!more) break;
    const kind = article.credit === undefined && isCreditLine(line) ? 'credit' : undefined;
    const head = kind ? undefined : headLineKind(line);
    if (kind === 'credit') article.credit = line;
    else if (head === 'byline' && article.byline === undefined) {
      article.byline = line;
      article.author = BYLINE.exec(line)![1]!.trim();
    } else if (head === 'dateline' && article.dateline === undefined) {
      article.dateline = line;
      article.date = parseDateLine(line);
    } else if (taken === 0 && head === 'slug') article.slugLine = line;
    else if (taken === 0 && head === 'headline') article.headline = line;
    else break;
    first.shift();
    if (first.length === 0) chunks.shift();
  }
  // A credit line may end the article instead (under its last paragraph, as many sites print it).
  const last = chunks.at(-1);
  if (
    article.credit === undefined &&
    chunks.length > 1 &&
    last?.length === 1 &&
    isCreditLine(last[0]!)
  ) {
    article.credit = last[0];
    chunks.pop();
  }
  for (const lines of chunks) {
    const joined = lines.join('\n');
    const prefix = commentPrefixes.find((p) => joined.startsWith(p));
    if (prefix && article.paragraphs.length > 0) {
      article.paragraphs.push({ kind: 'comment', text: joined.slice(prefix.length).trimStart() });
    } else article.paragraphs.push({ kind: 'paragraph', text: joined });
  }
  article.lede = article.paragraphs[0]?.text;
  return article;
}

/** A display title from the lede: its first sentence, shortened at a word to about 80 characters. */
export function titleFromLede(lede: string, language = 'en'): string {
  const flat = lede.replace(/\s+/g, ' ').trim();
  const [first] = segmenter(language, 'sentence').segment(flat);
  const sentence = (first?.segment ?? flat).trim();
  if (sentence.length <= 90) return sentence;
  // Cut at the last clause within 80 characters, else at the last word.
  const cut = cutText(sentence, 81);
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '));
  const space = cut.lastIndexOf(' ');
  const end = clause > 40 ? clause : space > 40 ? space : undefined;
  return `${(end === undefined ? cutText(cut, 80) : cut.slice(0, end)).replace(/[\s,;:–—-]+$/, '')}…`;
}
