/**
 * The interface of an explainer's pages is in its `language`: its rating scale must be too.
 * Every rating needs a label in a language other than the site's (`translations` in
 * `ratings.yaml`); one that has none is an error at the explainer's `language` field, naming the
 * ratings to translate. (A language without an interface catalogue is refused by the frontmatter
 * schema itself.)
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { untranslatedRatings } from '../contract/i18n/index.ts';
import { reporter } from '../contract/messages.ts';
import type { Rating } from '../contract/settings.ts';
import type { Point } from 'unist';

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
    const missing = untranslatedRatings(ratings, language, siteLanguage);
    if (missing.length === 0) return;
    const ids = missing.map((r) => `\`${r.id}\``).join(', ');
    report(file, {
      reason: `Missing \`${language}\` label for rating${missing.length > 1 ? 's' : ''} ${ids} in ratings.yaml, expected every rating of the scale in the explainer's language`,
      ruleId: 'missing-translation',
      place: languagePlace(tree) ?? { line: 1, column: 1 },
      severity: 'error',
      hint: `In ratings.yaml, give each of them \`translations: { ${language}: { label: …, description: … } }\` (see "Ratings" in the README), or write the explainer in the site's language (${siteLanguage}).`,
    });
  };
};

export default remarkLanguage;
