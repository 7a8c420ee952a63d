/**
 * `explainer new <slug> [--title t]`: a new explainer file with every frontmatter field
 * explained, as a draft, so nothing half-written is published. Never replaces a file.
 */
import { BODY_PLACEHOLDERS } from '../../contract/placeholders.ts';
import { contentDirFrom } from '../../loading/load-settings.ts';
import {
  dateProblem,
  newExplainerPath,
  parseCommandArgs,
  slugProblem,
  usageError,
  type Command,
} from '../command.ts';
import {
  FileExistsError,
  provenanceLines,
  slugOf,
  today,
  writeNewFile,
  yamlString,
} from '../write-explainer.ts';
import { loadSettings } from '../../loading/load-settings.ts';
import { processExplainerSource } from '../../loading/explainer-files.ts';

const USAGE = `Usage: explainer new <slug or "Title"> [--title t] [--date YYYY-MM-DD] [--out dir] [--content dir]

Creates content/explainers/<slug>.md: a draft explainer whose frontmatter explains every field.
The slug is the page's address: lowercase words joined by hyphens. Given words with spaces
("Ferry fares"), the slug is made from them and they are the title. Never replaces a file.

  --title t       the title (default: a TODO to fill in)
  --date d        the explainer's date (default: today)
  --out dir       the folder to write to (default: <content>/explainers)
  --content dir   the content folder (default: $EXPLAINERS_CONTENT, or ./content)`;

/** The text of a new explainer: a draft whose every frontmatter field is explained. */
export function scaffold(options: {
  title?: string;
  date: string;
  /** The content folder's language (`site.yaml`), the explainer's unless it says otherwise. */
  language: string;
  blocks?: ReadonlyArray<{ text: string }>;
}): string {
  return `---
# A new explainer. Each field is explained above it; lines starting with # are notes for you
# and are ignored. Check the file at any time with \`npx explainer check <this file>\`.

# The headline, shown on the explainer's page and on the home page.
title: ${yamlString(options.title ?? 'TODO: the headline of this explainer')}
# One or two sentences: what the source says and what the explainer finds.
summary: "TODO: what the source claims, and what you found"
# The date this explainer is first published, written YYYY-MM-DD.
published: ${options.date}
# Optional: the date of the last substantial change, YYYY-MM-DD.
# updated: ${options.date}
# Optional: the language of the source text as a BCP 47 tag (en, de, pt-BR). Without it, the
# language in the content folder's site.yaml is used (${options.language}); it also decides which
# quotation marks are found.
# language: ${options.language}
# Optional: topics; each one gets a page listing its explainers.
tags: []
# While true, the explainer is left out of the site. Set it to false to publish.
draft: true
# Optional: who wrote the analysis, as they should be credited.
editors: []
# Optional: the corrections log, shown on the page, in the feed and on the corrections page.
# A correction that changed a claim's rating names the claim and the rating it had before.
# corrections:
#   - date: ${options.date}
#     text: "What was corrected, and why."
#     claim: an-id
#     previousRating: misleading
# The article being explained.
source:
  # Who published it, as readers know them (required).
  publisher: "TODO: the publisher"
  # Optional: where it was published; http or https only.
  # url: https://example.com/the-article
  # Optional: who wrote it.
  # author: "First Last"
  # Optional: when it was published, and when you copied its text (YYYY-MM-DD).
  # published: ${options.date}
  # retrieved: ${options.date}
  # Optional: the credit line of its image, as printed.
  # credit: "© Photographer / Agency"
${options.blocks ? `${provenanceLines(options.blocks).join('\n')}\n  # Written for the sample paragraph below: after pasting the article, copy the new values\n  # from \`explainer check\`.\n` : ''}---

${BODY_PLACEHOLDERS[0]}

:::comment
${BODY_PLACEHOLDERS[1]}, in Markdown. Mark a quotation with
\`:quote["the words"]{by="Who"}\` and a claim with \`:claim[the words]{#an-id rating=…}\`, then
comment on it with \`:::comment{on=an-id}\`. A comment like this one is about the block before
it. See "Authoring syntax" in the README.
:::
`;
}

const command: Command = {
  summary: 'start a new explainer from a commented template',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          title: { type: 'string' },
          date: { type: 'string' },
          out: { type: 'string' },
          content: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const [written] = positionals;
    const fail = (reason: string) => usageError(reason, USAGE);
    if (!written || positionals.length > 1)
      return fail('Missing slug, expected `explainer new <slug>` or `explainer new "A title"`');
    // Words with spaces are a title: the slug is made from them ("Ferry fares!" → ferry-fares).
    // A path, or one word that is no slug, is refused with the slug its words make.
    const titled = /\s/.test(written.trim()) && !/[/\\]/.test(written) && slugOf(written);
    const slug = titled || written;
    const title = values.title ?? (titled ? written.trim() : undefined);
    const problem = slugProblem('slug', slug) ?? dateProblem(values.date);
    if (problem) return fail(problem);
    const { target, shown } = newExplainerPath(values.out, contentDirFrom(values.content), slug);
    // The provenance of the scaffold's own text, as the pipeline reads it.
    const { settings } = loadSettings(contentDirFrom(values.content));
    const options = {
      ...(title ? { title } : {}),
      date: values.date ?? today(),
      language: settings.site.language,
    };
    const read = await processExplainerSource({ path: target, value: scaffold(options) }, settings);
    const blocks = read.explainer?.blocks;
    try {
      writeNewFile(target, scaffold({ ...options, ...(blocks ? { blocks } : {}) }));
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      console.error(error.message.replace(target, shown));
      return 1;
    }
    console.log(
      `Wrote ${shown}, a draft${titled ? ` (its slug made from the title)` : ''}. Fill in the TODOs, paste the source text, set draft: false to publish.`,
    );
    return 0;
  },
};

export default command;
