/**
 * The seed article (a real republished news text) through the pipeline and the quotation finder,
 * against its `expected.json`: every character of its text kept, its `Comment:` paragraph a
 * comment on the paragraph before it, its six quotations found and attributed, its eight
 * apostrophes left alone.
 */
import { describeArticle } from '../helpers/articles.ts';
import { seed } from './corpora.ts';

// Every seed speaker given, and right.
describeArticle(seed());
