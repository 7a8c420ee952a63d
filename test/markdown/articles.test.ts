/**
 * Our own test articles (`test/fixtures/articles/`) through the pipeline and the quotation
 * finder: every character kept, the `Comment:` paragraph a comment on the paragraph before it,
 * every quotation found at its offsets with its speaker, no apostrophe taken for a quotation mark.
 * The seed article gets the same checks in the corpora suite (`test/corpora/seed.test.ts`).
 */
import { describeArticle, ownArticles } from '../helpers/articles.ts';

for (const article of ownArticles) describeArticle(article);
