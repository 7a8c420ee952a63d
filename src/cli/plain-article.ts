/**
 * A plain-text article as news sites and republishers hand it over, read into its parts:
 *
 *   5g chinese                                   slug line: a few keywords, no full stop
 *   © Global Look Press / ZUMA Press / Yan Xiang  credit line: starts with ©, (c), Photo:, …
 *   In a bid to pressure the UK …                 the lede (the first paragraph): the summary
 *
 *   The US has upped the rhetorical ante …        paragraphs, separated by blank lines
 *
 *   Comment: Meanwhile Western intelligence …     an editor's comment on the paragraph before
 *
 * The head lines may also be separated by blank lines. Nothing of the text is dropped: each
 * paragraph keeps its words and line breaks (only spaces at the ends of lines go).
 */
import { segmenter } from '../quotes/segmenter.ts';
import { cutText } from '../contract/text.ts';

export interface ArticleParagraph {
  kind: 'paragraph' | 'comment';
  /** The text, lines joined with `\n`; for a comment, without its prefix. */
  text: string;
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
}

const CREDIT = /^(?:©|\(c\)\s|copyright\b|photo:|image:|picture:|credit:|foto:)/i;
/** A line that ends like a sentence (or a quotation) is text, not a slug line or headline. */
const SENTENCE_END = /[.!?:;,"”’»)]$/;

function headLineKind(line: string): 'slug' | 'headline' | undefined {
  const words = line.split(/\s+/).filter(Boolean);
  if (line.length > 100 || words.length === 0 || words.length > 14) return undefined;
  if (SENTENCE_END.test(line) || CREDIT.test(line)) return undefined;
  const capitalised = /^\p{Lu}/u.test(line);
  if (!capitalised || words.length <= 3) return words.length <= 8 ? 'slug' : undefined;
  return 'headline';
}

/** Split `text` into paragraphs (blank-line separated), each a list of trimmed lines. */
function paragraphsOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t\f\v]*\n)+/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

export function parseArticle(text: string, commentPrefixes: readonly string[]): Article {
  const chunks = paragraphsOf(text);
  const article: Article = { paragraphs: [] };
  // The head: up to two short lines before the first paragraph, each alone on its line.
  for (let taken = 0; taken < 2 && chunks.length > 0; taken += 1) {
    const first = chunks[0]!;
    const line = first[0]!;
    const more = first.length > 1 || chunks.length > 1;
    if (!more) break;
    const kind = article.credit === undefined && CREDIT.test(line) ? 'credit' : undefined;
    const head = taken === 0 && !kind ? headLineKind(line) : undefined;
    if (kind === 'credit') article.credit = line;
    else if (head === 'slug') article.slugLine = line;
    else if (head === 'headline') article.headline = line;
    else break;
    first.shift();
    if (first.length === 0) chunks.shift();
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
