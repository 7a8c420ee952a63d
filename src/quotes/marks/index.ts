/**
 * The quotation finder: which quotation marks open and close which quotation in the plain text
 * of a paragraph, how deeply quotations nest, which marks pair with nothing, and which
 * quotations run on over several paragraphs. One file per job:
 *
 * - `conventions.ts`: which marks open, close and nest in which language (CLDR and book usage);
 * - `apostrophes.ts`: when a ' or ’ is an apostrophe or a prime, not a quotation mark;
 * - `characters.ts`: the characters around a mark and flanking;
 * - `scan.ts`: the scan of one paragraph, mark by mark (the rules, in order, are there);
 * - `paragraphs.ts`: quotations continuing over paragraphs.
 */
export { quoteMarksFor, type QuoteMarks } from './conventions.ts';
export { scanParagraphs, type ParagraphQuote, type ParagraphScan } from './paragraphs.ts';
export {
  findQuotes,
  type FindQuotesOptions,
  type QuoteScan,
  type QuoteSpan,
  type UnmatchedMark,
} from './scan.ts';
