/**
 * The one place that owns the order of our remark plugins. Astro's unified processor
 * (`astro.config.mjs`), the content loader, the tests and the CLI all go through here.
 *
 *   parse (remark-parse)
 *   → remark-frontmatter, remark-frontmatter-schema   YAML → validated frontmatter
 *   → remark-gfm (ours), remark-directive              tables, `:name[…]{…}` syntax
 *   → remark-directive-syntax                         our directives as meant, or an error
 *   → remark-stand-off-notes                          notes of `<slug>.notes.md` → directives
 *   → remark-comments                                 `:::comment`, `Comment:` → comment nodes
 *   → remark-claims                                   `:claim[…]{#id by rating}`
 *   → remark-language                                 its ratings named in the explainer's language
 *   → remark-quote-directive                          `:quote[…]{by}`
 *   → remark-restore-directives                       any other directive → its text
 *   → remark-markup-leak                              markup left as text: an error; a label defined twice: a warning
 *   → remark-unsafe-content                           warn about links and HTML the sanitiser drops
 *   → remark-heading-levels                           `#` headings one level down, under the title
 *   → remark-placeholders                             TODO placeholders in a published explainer
 *   → remark-quotes                                   automatic quotations
 *   → remark-model                                    → file.data.explainer (blocks, annotations)
 *   → remark-provenance                               the source text against source.sha256
 *   → remark-corrections                              the corrections log; rating changes → claims
 */
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { Explainer } from '../contract/explainer.ts';
import type { Settings } from '../contract/settings.ts';
import { isScheduled } from '../contract/frontmatter.ts';
import { hasErrors, reporter } from '../contract/messages.ts';
import remarkBidiControls from './remark-bidi-controls.ts';
import remarkClaims from './remark-claims.ts';
import remarkComments from './remark-comments.ts';
import remarkDirectiveSyntax from './remark-directive-syntax.ts';
import remarkFrontmatterSchema from './remark-frontmatter-schema.ts';
import remarkGfm from './remark-gfm.ts';
import remarkHeadingLevels from './remark-heading-levels.ts';
import remarkLanguage from './remark-language.ts';
import remarkMarkupLeak from './remark-markup-leak.ts';
import remarkModel from './remark-model.ts';
import remarkPlaceholders from './remark-placeholders.ts';
import remarkProvenance from './remark-provenance.ts';
import remarkCorrections from './remark-corrections.ts';
import remarkQuoteDirective from './remark-quote-directive.ts';
import remarkQuotes from './remark-quotes.ts';
import remarkRestoreDirectives from './remark-restore-directives.ts';
import remarkStandOffNotes from './remark-stand-off-notes.ts';
import remarkUnsafeContent from './remark-unsafe-content.ts';
import { slugFromPath } from './ids.ts';
import { publishedMarkdown } from './published-markdown.ts';
import './types.ts';

const report = reporter('pipeline');

export interface PipelineOptions {
  /**
   * Parse and validate the frontmatter block, and report a missing one: true for explainer
   * files; false for Markdown that Astro has already stripped of its frontmatter.
   */
  frontmatter?: boolean;
  /**
   * Stop after the quotations are found and attributed (`file.data.quotations`), without the
   * model and its HTML: for `explainer quotes`, which needs nothing more.
   */
  quotationsOnly?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each plugin has its own options
type RemarkPlugin = Plugin<any[], Root>;
/** Plugins with their options, as both unified's `use` and Astro's `remarkPlugins` take them. */
export type RemarkPluginList = Array<RemarkPlugin | [RemarkPlugin, unknown]>;

/** A plugin with its options, checked against the options type the plugin declares. */
const withOptions = <Options>(
  plugin: Plugin<[Options?], Root>,
  options: NoInfer<Options>,
): [RemarkPlugin, unknown] => [plugin, options];

/** Our remark plugins, in order, configured for this site. */
export function remarkPlugins(settings: Settings, options: PipelineOptions = {}): RemarkPluginList {
  const { site, ratings, people } = settings;
  return [
    ...(options.frontmatter
      ? [withOptions(remarkFrontmatter, ['yaml']), remarkFrontmatterSchema]
      : []),
    withOptions(remarkGfm, { frontmatter: options.frontmatter }),
    remarkDirective,
    remarkDirectiveSyntax,
    // Before the notes of a stand-off file join the tree: it reads the explainer file's text.
    remarkBidiControls,
    remarkStandOffNotes,
    withOptions(remarkComments, { prefixes: site.commentPrefixes }),
    withOptions(remarkClaims, { ratings, people, unread: settings.unread }),
    ...(options.frontmatter
      ? [withOptions(remarkLanguage, { ratings, siteLanguage: site.language })]
      : []),
    withOptions(remarkQuoteDirective, { people, unread: settings.unread }),
    remarkRestoreDirectives,
    remarkMarkupLeak,
    withOptions(remarkUnsafeContent, { remoteImages: site.remoteImages }),
    remarkHeadingLevels,
    ...(options.frontmatter
      ? [withOptions(remarkPlaceholders, { preview: settings.preview })]
      : []),
    withOptions(remarkQuotes, { language: site.language, people }),
    ...(options.quotationsOnly
      ? []
      : [
          withOptions(remarkModel, {
            remoteImages: site.remoteImages,
            language: site.language,
            basePath: settings.basePath,
          }),
          ...(options.frontmatter
            ? [
                withOptions(remarkProvenance, { preview: settings.preview }),
                withOptions(remarkCorrections, { ratings }),
              ]
            : []),
        ]),
  ];
}

/** A processor that parses an explainer file and runs every plugin (no HTML output). */
export function createProcessor(
  settings: Settings,
  options: PipelineOptions = { frontmatter: true },
) {
  return unified().use(remarkParse).use(remarkPlugins(settings, options));
}

/** The text without its byte-order mark: a BOM marks the encoding and is not part of the text. */
export const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

export interface Processed {
  /** The model, when the file has no errors. */
  explainer?: Explainer;
  /** The file, with every message found. */
  file: VFile;
  /** The explainer's stand-off notes file, with the messages about its notes. */
  notes?: VFile;
}

/** A file's text, by its path. */
export interface SourceFile {
  path: string;
  value: string;
}

/** Messages about notes placed from a notes file, moved to the note's place there. */
function moveToNotes(file: VFile): void {
  const standOff = file.data.standOff;
  if (!standOff) return;
  file.messages = file.messages.filter((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined;
    const to = place && standOff.moved.get(place);
    if (!to) return true;
    const moved = standOff.file.message(message.reason, {
      place: to,
      ...(message.ruleId ? { ruleId: message.ruleId } : {}),
      ...(message.source ? { source: message.source } : {}),
    });
    moved.fatal = message.fatal;
    if (message.note) moved.note = message.note;
    if (message.url) moved.url = message.url;
    return false;
  });
}

/**
 * Run the pipeline over one explainer file. Never throws on bad content: problems are messages
 * on the returned file, and `explainer` is left out when one of them is an error.
 */
export async function processExplainer(
  input: SourceFile & { notes?: SourceFile },
  settings: Settings,
  processor = createProcessor(settings),
): Promise<Processed> {
  const file = new VFile({ path: input.path, value: withoutBom(input.value) });
  const notes = input.notes
    ? new VFile({ path: input.notes.path, value: withoutBom(input.notes.value) })
    : undefined;
  if (notes) file.data.standOff = { file: notes, moved: new Map() };
  const tree = processor.parse(file);
  await processor.run(tree, file);
  moveToNotes(file);
  const frontmatter = file.data.frontmatter;
  const body = file.data.explainer;
  if (frontmatter?.draft) {
    report(file, {
      reason: 'Draft explainer, left out of the site',
      ruleId: 'draft',
      place: { line: 1, column: 1 },
      severity: 'info',
      hint: 'Set `draft: false` to publish it; meanwhile `npm run dev` shows it, marked as a draft.',
    });
  } else if (frontmatter && isScheduled(frontmatter)) {
    report(file, {
      reason: `Scheduled explainer (\`published: ${frontmatter.published}\`, after today), left out of the site until a build on that day`,
      ruleId: 'scheduled',
      place: { line: 1, column: 1 },
      severity: 'info',
      hint: 'Build the site again on that day (a daily build publishes it), or set `published:` to today to publish it now; if the year is a slip, correct it. `npm run dev` shows it meanwhile, marked as scheduled.',
    });
  }
  const withNotes = notes ? { notes } : {};
  if (!frontmatter || !body || hasErrors(file) || (notes && hasErrors(notes))) {
    return { file, ...withNotes };
  }
  const slug = slugFromPath(input.path);
  return {
    file,
    ...withNotes,
    explainer: {
      ...frontmatter,
      language: frontmatter.language ?? settings.site.language,
      slug,
      file: input.path,
      markdown: publishedMarkdown(String(file.value), tree),
      ...body,
      ...(file.data.explainerLinks ? { links: file.data.explainerLinks } : {}),
    },
  };
}
