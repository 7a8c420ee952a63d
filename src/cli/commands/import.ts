/**
 * `explainer import <file.txt> [--slug s] [--publisher p] [--url u]`: a plain-text article
 * becomes a new explainer file. The slug line, credit line, lede and `Comment:` paragraphs are
 * recognised (`plain-article.ts`); the file is checked with the build's own pipeline before it is
 * written, and only written when every paragraph reads back as exactly the text it came from. An
 * existing file is never replaced.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { formatMessage, hasErrors } from '../../contract/messages.ts';
import { isHttpUrl } from '../../contract/frontmatter.ts';
import { processExplainerSource } from '../../loading/explainer-files.ts';
import { UNKNOWN_PUBLISHER } from '../../contract/placeholders.ts';
import { contentDirFrom, loadSettings } from '../../loading/load-settings.ts';
import type { Settings } from '../../contract/settings.ts';
import { inOrder } from '../check-content.ts';
import {
  dateProblem,
  newExplainerPath,
  parseCommandArgs,
  slugProblem,
  usageError,
  type Command,
} from '../command.ts';
import { parseArticle, titleFromLede, type Article } from '../plain-article.ts';
import { formatOf, parseRichArticle } from '../rich-article.ts';
import {
  FileExistsError,
  markdownOf,
  provenanceLines,
  slugOf,
  today,
  writeNewFile,
  yamlString,
} from '../write-explainer.ts';
import { shorten } from '../../contract/text.ts';

const USAGE = `Usage: explainer import <file> [--slug s] [--publisher p] [--url u] [options]

Turns an article into a new draft explainer, content/explainers/<slug>.md. The article may be
plain text (.txt), HTML copied or saved from a news page (.html; scripts, styles and navigation
are dropped) or Markdown (.md). Recognises a slug line or headline, a byline, a dateline and an
image-credit line (© …) at the top (a credit line as the last line too), takes the first paragraph (the lede) as the summary, and
turns paragraphs starting with a comment prefix (Comment:) into comments on the paragraph
before. The file is a draft (draft: true) with TODO notes until you review it. Never replaces
an existing file.

  --slug s        the file name (default: from the slug line, else from the title)
  --publisher p   who published the article (default: the host of --url)
  --url u         where it was published (http or https)
  --date d        the explainer's date, YYYY-MM-DD (default: today)
  --publish       write draft: false, for scripted imports (needs --publisher or --url)
  --out dir       the folder to write to (default: <content>/explainers)
  --content dir   the content folder (default: $EXPLAINERS_CONTENT, or ./content)`;

interface Fields {
  /** Written as a draft (the default), or to be published at once (`--publish`). */
  draft: boolean;
  title: string;
  /** True when the title was made up from the lede and needs the editor's eye. */
  titleGuessed: boolean;
  summary: string;
  published: string;
  publisher: string;
  publisherGuessed: boolean;
  url?: string;
  credit?: string;
  author?: string;
  sourceDate?: string;
  slugLine?: string;
  /** Lines of the article's head kept as notes: `byline`, `dateline`. */
  kept: Array<[what: string, line: string]>;
  /** Further TODO notes. */
  notes: string[];
  from: string;
  /** The source blocks as the pipeline reads them, for `sha256` and `paragraphs`. */
  blocks?: ReadonlyArray<{ text: string }>;
}

function frontmatterOf(f: Fields): string {
  // A published import has been scripted by someone who accepts the guesses: notes, no TODOs.
  const todo = f.draft ? 'TODO: ' : 'Note: ';
  const lines = [
    '---',
    `# Imported from ${f.from} by \`explainer import\`.${f.draft ? ' Review the notes below, then delete them.' : ''}`,
  ];
  if (f.slugLine !== undefined) {
    lines.push(`# The article's slug line was: ${f.slugLine.replace(/\s+/g, ' ')}`);
  }
  for (const [what, line] of f.kept) lines.push(`# The article's ${what} was: ${line}`);
  for (const note of f.notes) lines.push(`# ${todo}${note}`);
  if (f.titleGuessed) {
    lines.push(`# ${todo}write a display title; this one is the first sentence of the lede.`);
  }
  lines.push(
    `title: ${yamlString(f.title)}`,
    '# The lede (first paragraph) of the article.',
    `summary: ${yamlString(f.summary)}`,
    '# The date of this explainer (YYYY-MM-DD); set it to the day you publish.',
    `published: ${f.published}`,
    '# While true, the explainer is left out of the site: set it to false once reviewed.',
    `draft: ${f.draft}`,
    'tags: []',
    'editors: []',
    'source:',
  );
  if (f.publisherGuessed) lines.push(`  # ${todo}name the publisher of the article.`);
  lines.push(`  publisher: ${yamlString(f.publisher)}`);
  if (f.url) lines.push(`  url: ${yamlString(f.url)}`);
  else lines.push('  # url: https://… (where the article was published)');
  if (f.author !== undefined) lines.push(`  author: ${yamlString(f.author)}`);
  if (f.sourceDate !== undefined) lines.push(`  published: ${f.sourceDate}`);
  if (f.credit !== undefined) lines.push(`  credit: ${yamlString(f.credit)}`);
  if (f.blocks) lines.push(...provenanceLines(f.blocks));
  lines.push('---', '');
  return lines.join('\n');
}

/** What the paragraphs read as after the pipeline: the source blocks, then the comments. */
async function readBack(text: string, filePath: string, settings: Settings) {
  const result = await processExplainerSource({ path: filePath, value: text }, settings);
  const blocks = result.explainer?.blocks.map((b) => b.text) ?? [];
  const comments =
    result.explainer?.annotations.flatMap((a) => (a.kind === 'comment' ? [a.text] : [])) ?? [];
  return { result, blocks, comments };
}

/**
 * The article's text: UTF-8, or else Windows-1252 (which Latin-1 files also read as), the
 * encoding an article saved by an older editor or copied from an old page is most likely in.
 */
function decodeArticle(bytes: Uint8Array, input: string): { text: string; note?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: `${input}:1:1  warning  Unexpected bytes that are not UTF-8, read as Windows-1252 (Latin-1)  encoding\n    hint: Check the characters outside ASCII (£, é, “ ”) in the new file; it is written as UTF-8.`,
    };
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The explainer text, in the most readable Markdown that reads back exactly as the article. */
async function compose(article: Article, fields: Fields, filePath: string, settings: Settings) {
  const want = {
    blocks: article.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.text),
    comments: article.paragraphs.filter((p) => p.kind === 'comment').map((p) => p.text),
  };
  let last;
  for (const directives of [false, true]) {
    const text = frontmatterOf(fields) + '\n' + markdownOf(article.paragraphs, directives);
    // Markdown blocks are written as they are: once is enough.
    if (directives && article.paragraphs.every((p) => p.markdown !== undefined)) break;
    last = { text, ...(await readBack(text, filePath, settings)) };
    if (same(last.blocks, want.blocks) && same(last.comments, want.comments)) return last;
  }
  const lost = want.blocks.find((b, i) => last!.blocks[i] !== b) ?? want.comments[0] ?? '';
  return { ...last!, lost };
}

const command: Command = {
  summary: 'turn a plain-text article into a new explainer file',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          slug: { type: 'string' },
          publisher: { type: 'string' },
          url: { type: 'string' },
          date: { type: 'string' },
          publish: { type: 'boolean', default: false },
          out: { type: 'string' },
          content: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const fail = (reason: string) => usageError(reason, USAGE);
    if (positionals.length !== 1)
      return fail('Missing file, expected `explainer import <file.txt>`');
    if (values.url !== undefined && !isHttpUrl(values.url))
      return fail(`Unexpected --url \`${values.url}\`, expected an http(s) URL`);
    const problem =
      dateProblem(values.date) ??
      (values.slug === undefined ? undefined : slugProblem('--slug', values.slug));
    if (problem) return fail(problem);
    if (values.publish && values.publisher === undefined && values.url === undefined)
      return fail('Unexpected --publish without --publisher or --url, expected the publisher');

    const input = positionals[0]!;
    let bytes: Buffer;
    try {
      bytes = readFileSync(input);
    } catch {
      return fail(`Unexpected path \`${input}\`, expected a readable text file`);
    }
    const { text: articleText, note: encodingNote } = decodeArticle(bytes, input);
    if (encodingNote) console.error(encodingNote);
    const contentDir = contentDirFrom(values.content);
    const { settings } = loadSettings(contentDir);
    const format = formatOf(input, articleText);
    const prefixes = settings.site.commentPrefixes;
    const article =
      format === 'text'
        ? parseArticle(articleText, prefixes)
        : parseRichArticle(articleText, format, prefixes, values.url);
    if (!article.lede)
      return fail(`Unexpected empty article \`${input}\`, expected paragraphs of text`);

    const url = values.url ?? article.url;
    const host = url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
    const fields: Fields = {
      draft: !values.publish,
      title: article.headline ?? titleFromLede(article.lede, settings.site.language),
      titleGuessed: article.headline === undefined,
      summary: article.lede.replace(/\s+/g, ' '),
      published: values.date ?? today(),
      publisher: values.publisher ?? article.publisher ?? host ?? UNKNOWN_PUBLISHER,
      publisherGuessed: values.publisher === undefined && article.publisher === undefined,
      ...(url ? { url } : {}),
      ...(article.credit !== undefined ? { credit: article.credit } : {}),
      ...(article.author !== undefined ? { author: article.author } : {}),
      ...(article.date !== undefined ? { sourceDate: article.date } : {}),
      ...(article.slugLine !== undefined ? { slugLine: article.slugLine } : {}),
      kept: [
        ...(article.byline !== undefined ? [['byline', article.byline] as [string, string]] : []),
        ...(article.dateline !== undefined
          ? [['dateline', article.dateline] as [string, string]]
          : []),
      ],
      notes: article.notes ?? [],
      from: path.basename(input),
    };
    const slug =
      values.slug ??
      (slugOf(article.slugLine ?? '', 8) ||
        slugOf(fields.title, 8) ||
        slugOf(path.basename(input).replace(/\.[^.]*$/, ''), 8));
    const { target, shown } = newExplainerPath(values.out, contentDir, slug);

    const composed = await compose(article, fields, target, settings);
    if (hasErrors(composed.result.file)) {
      for (const message of inOrder(composed.result.file))
        console.error(formatMessage(message, shown));
      console.error('Nothing was written: fix the options above (or the article) and try again.');
      return 1;
    }
    if ('lost' in composed) {
      console.error(
        `Unexpected change to the text of \`${shorten(composed.lost, 61)}\` when written as Markdown, expected every paragraph to read back unchanged: nothing was written.\n    hint: This is a bug in \`explainer import\`; please report it with the article attached.`,
      );
      return 1;
    }
    // The provenance of the text as it reads back: the frontmatter changes, the body does not.
    const text =
      frontmatterOf({ ...fields, blocks: composed.blocks.map((t) => ({ text: t })) }) +
      composed.text.slice(frontmatterOf(fields).length);
    try {
      writeNewFile(target, text);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      console.error(
        `${error.message.replace(target, shown)}\n    hint: Pass --slug to choose another name, or delete the old file first.`,
      );
      return 1;
    }
    for (const message of inOrder(composed.result.file))
      console.error(formatMessage(message, shown));
    const counts = { quote: 0, claim: 0, comment: 0 };
    for (const a of composed.result.explainer?.annotations ?? []) counts[a.kind] += 1;
    console.log(
      `Wrote ${shown}: ${composed.blocks.length} paragraphs, ${counts.comment} comment${counts.comment === 1 ? '' : 's'}, ${counts.quote} quotation${counts.quote === 1 ? '' : 's'} found. ${fields.draft ? 'A draft: review the TODO notes in its frontmatter, then set draft: false.' : 'Published (draft: false).'}`,
    );
    return 0;
  },
};

export default command;
