/**
 * The interface of an explainer's pages is in its `language`: so must be the names of the
 * ratings its claims have. In a language other than the site's, each rating an explainer uses
 * needs a label in that language (`translations` in `ratings.yaml`); one that has none is an
 * error at the explainer's `language` field, naming the ratings to translate. (A language
 * without an interface catalogue is refused by the frontmatter schema itself.) Runs after
 * remark-claims, whose claim nodes carry the ratings.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { untranslatedRatings } from '../contract/i18n/index.ts';
import { reporter } from '../contract/messages.ts';
import type { Rating } from '../contract/settings.ts';
import type { Point } from 'unist';
import { visit } from './walk.ts';

const report = reporter('remark-language');

export interface LanguageOptions {
  ratings?: readonly Rating[];
  /** `site.yaml`'s language: the one the scale's own labels are in (default `en`). */
  siteLanguage?: string;
}

/** Where the `language` field's value is in the frontmatter, as a point in the file. */
function languagePlace(tree: Root): Point | undefined {
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml' || !yaml.position) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(yaml.value, { lineCounter: lines });
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find(
    (item) => isScalar(item.key) && item.key.value === 'language',
  );
  const node = isScalar(pair?.value) ? pair.value : undefined;
  if (!node?.range) return undefined;
  const { line, col } = lines.linePos(node.range[0]);
  // YAML lines start on the line after the opening `---`.
  return { line: yaml.position.start.line + line, column: col };
}

const remarkLanguage: Plugin<[LanguageOptions?], Root> = (options = {}) => {
  const ratings = options.ratings ?? [];
  const siteLanguage = options.siteLanguage ?? 'en';
  return (tree: Root, file: VFile) => {
    const language = file.data.frontmatter?.language;
    if (!language) return;
    const used = new Set<string>();
    visit(tree, 'claim', (node) => {
      if (node.data.rating) used.add(node.data.rating);
    });
    const missing = untranslatedRatings(
      ratings.filter((rating) => used.has(rating.id)),
      language,
      siteLanguage,
    );
    if (missing.length === 0) return;
    const ids = missing.map((r) => `\`${r.id}\``).join(', ');
    report(file, {
      reason: `Missing \`${language}\` label for rating${missing.length > 1 ? 's' : ''} ${ids} in ratings.yaml, expected the name of every rating the explainer uses in its language`,
      ruleId: 'missing-translation',
      place: languagePlace(tree) ?? { line: 1, column: 1 },
      severity: 'error',
      hint: `In ratings.yaml, give each of them \`translations: { ${language}: { label: …, description: … } }\` (see "Ratings" in the README), or write the explainer in the site's language (${siteLanguage}).`,
    });
  };
};

export default remarkLanguage;
