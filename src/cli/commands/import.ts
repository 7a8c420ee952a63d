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
import { slugify } from '../../markdown/ids.ts';
import { isSafeUrl } from '../../contract/frontmatter.ts';
import { decodeExplainer, processExplainerSource } from '../../loading/explainer-files.ts';
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
import {
  FileExistsError,
  markdownOf,
  today,
  writeNewFile,
  yamlString,
} from '../write-explainer.ts';
import { shorten } from '../../contract/text.ts';

const USAGE = `Usage: explainer import <file.txt> [--slug s] [--publisher p] [--url u] [options]

Turns a plain-text article into a new explainer, content/explainers/<slug>.md. Recognises a
slug line and an image-credit line (© …) at the top, takes the first paragraph (the lede) as
the summary, and turns paragraphs starting with a comment prefix (Comment:) into comments on
the paragraph before. Never replaces an existing file.

  --slug s        the file name (default: from the slug line, else from the title)
  --publisher p   who published the article (default: the host of --url)
  --url u         where it was published (http or https)
  --date d        the explainer's date, YYYY-MM-DD (default: today)
  --out dir       the folder to write to (default: <content>/explainers)
  --content dir   the content folder (default: $EXPLAINERS_CONTENT, or ./content)`;

interface Fields {
  title: string;
  /** True when the title was made up from the lede and needs the editor's eye. */
  titleGuessed: boolean;
  summary: string;
  published: string;
  publisher: string;
  publisherGuessed: boolean;
  url?: string;
  credit?: string;
  slugLine?: string;
  from: string;
}

function frontmatterOf(f: Fields): string {
  const lines = [
    '---',
    `# Imported from ${f.from} by \`explainer import\`. Review the TODO notes, then delete them.`,
  ];
  if (f.slugLine !== undefined) {
    lines.push(`# The article's slug line was: ${f.slugLine.replace(/\s+/g, ' ')}`);
  }
  if (f.titleGuessed) {
    lines.push('# TODO: write a display title; this one is the first sentence of the lede.');
  }
  lines.push(
    `title: ${yamlString(f.title)}`,
    '# The lede (first paragraph) of the article.',
    `summary: ${yamlString(f.summary)}`,
    '# The date of this explainer (YYYY-MM-DD); set it to the day you publish.',
    `published: ${f.published}`,
    'tags: []',
    'editors: []',
    'source:',
  );
  if (f.publisherGuessed) lines.push('  # TODO: name the publisher of the article.');
  lines.push(`  publisher: ${yamlString(f.publisher)}`);
  if (f.url) lines.push(`  url: ${yamlString(f.url)}`);
  else lines.push('  # url: https://… (where the article was published)');
  if (f.credit !== undefined) lines.push(`  credit: ${yamlString(f.credit)}`);
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
    if (values.url !== undefined && !(isSafeUrl(values.url) && /^https?:/i.test(values.url)))
      return fail(`Unexpected --url \`${values.url}\`, expected an http(s) URL`);
    const problem =
      dateProblem(values.date) ??
      (values.slug === undefined ? undefined : slugProblem('--slug', values.slug));
    if (problem) return fail(problem);

    const input = positionals[0]!;
    let bytes: Buffer;
    try {
      bytes = readFileSync(input);
    } catch {
      return fail(`Unexpected path \`${input}\`, expected a readable text file`);
    }
    const decoded = decodeExplainer(bytes, input);
    if (decoded.encoding) {
      const { point, byteOffset } = decoded.encoding;
      console.error(
        `${input}:${point.line}:${point.column}  warning  Unexpected byte at byte offset ${byteOffset}, expected UTF-8 text  encoding\n    hint: It is imported as � (U+FFFD); re-save the text as UTF-8 and import again to keep it.`,
      );
    }
    const contentDir = contentDirFrom(values.content);
    const { settings } = loadSettings(contentDir);
    const article = parseArticle(decoded.value, settings.site.commentPrefixes);
    if (!article.lede)
      return fail(`Unexpected empty article \`${input}\`, expected paragraphs of text`);

    const host = values.url ? new URL(values.url).hostname.replace(/^www\./, '') : undefined;
    const fields: Fields = {
      title: article.headline ?? titleFromLede(article.lede, settings.site.language),
      titleGuessed: article.headline === undefined,
      summary: article.lede.replace(/\s+/g, ' '),
      published: values.date ?? today(),
      publisher: values.publisher ?? host ?? 'Unknown publisher',
      publisherGuessed: values.publisher === undefined,
      ...(values.url ? { url: values.url } : {}),
      ...(article.credit !== undefined ? { credit: article.credit } : {}),
      ...(article.slugLine !== undefined ? { slugLine: article.slugLine } : {}),
      from: path.basename(input),
    };
    const slug =
      values.slug ??
      (slugify(article.slugLine ?? '', 8) ||
        slugify(fields.title, 8) ||
        slugify(path.basename(input).replace(/\.[^.]*$/, ''), 8));
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
    try {
      writeNewFile(target, composed.text);
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
      `Wrote ${shown}: ${composed.blocks.length} paragraphs, ${counts.comment} comment${counts.comment === 1 ? '' : 's'}, ${counts.quote} quotation${counts.quote === 1 ? '' : 's'} found. Review the TODO notes in its frontmatter.`,
    );
    return 0;
  },
};

export default command;
