/**
 * `explainer import` on the seed article: its slug line, © credit and lede recognised, its
 * display title made from the lede, its `Comment:` paragraph a comment, every character kept.
 */
import { describeImport } from '../cli/import-article.ts';
import { seed } from './corpora.ts';

describeImport(
  seed(),
  "In a bid to pressure the UK into barring Huawei from Britain's 5G rollout…",
);
