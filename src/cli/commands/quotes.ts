/**
 * `explainer quotes <file> [--lang xx] [--json]`: what the quotation detector and the speaker
 * attribution find in a Markdown explainer or a plain-text article, for review and evaluation.
 *
 * With `--json`, prints `[{start, end, text, speaker: {name, id?, start?, end?} | null, cue?}]`:
 * `start`/`end` are JavaScript string offsets into the file's text, end-exclusive, covering the
 * quotation marks (for an explicit `:quote[…]`, its bracketed text); the speaker's are where the
 * text names them. Without it, one readable line per quotation. Unmatched marks go to stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { quotationsInText, type FoundQuotation } from '../../quotes/plain-text.ts';
import { formatMessage } from '../../contract/messages.ts';
import { createProcessor } from '../../markdown/pipeline.ts';
import { contentDirFrom, loadSettings } from '../../loading/load-settings.ts';
import type { Command } from '../command.ts';
import { shorten } from '../../contract/text.ts';

const USAGE = `Usage: explainer quotes <file> [--lang xx] [--json]

Lists the quotations found in a Markdown explainer (.md) or a plain-text article (any other
extension), each with its speaker and the cue the speaker was found by.

  --lang xx   language of the text (BCP 47); for Markdown, used where the frontmatter names none
  --json      print [{start, end, text, speaker: {name, id?, start?, end?} | null, cue?}], with
              JavaScript string offsets into the file's text (end-exclusive)

Speakers are matched to people.yaml in $EXPLAINERS_CONTENT (default: ./content) when it exists.`;

interface Options {
  file: string;
  lang?: string;
  json: boolean;
}

function parse(args: readonly string[]): Options | string {
  let file: string | undefined;
  let lang: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      lang = args[++i];
      if (!lang || lang.startsWith('--'))
        return 'Unexpected `--lang` without a value, expected a language tag such as `de`';
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg.startsWith('-')) return `Unexpected option \`${arg}\`, expected --lang or --json`;
    else if (file) return `Unexpected second file \`${arg}\`, expected one file`;
    else file = arg;
  }
  return file
    ? { file, ...(lang ? { lang } : {}), json }
    : 'Missing file, expected `explainer quotes <file>`';
}

/** The quotations of a Markdown explainer, run through the site's own pipeline. */
export async function fromMarkdown(text: string, filePath: string, lang: string | undefined) {
  const { settings } = loadSettings(contentDirFrom());
  const site = lang ? { ...settings.site, language: lang } : settings.site;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const value = text.slice(bom);
  const processor = createProcessor(
    { ...settings, site },
    { frontmatter: value.startsWith('---') },
  );
  const file = new VFile({ path: filePath, value });
  await processor.run(processor.parse(file), file);
  const shift = (q: FoundQuotation): FoundQuotation =>
    bom === 0
      ? q
      : {
          ...q,
          start: q.start + bom,
          end: q.end + bom,
          speaker: q.speaker && {
            ...q.speaker,
            ...(q.speaker.start !== undefined ? { start: q.speaker.start + bom } : {}),
            ...(q.speaker.end !== undefined ? { end: q.speaker.end + bom } : {}),
          },
        };
  const warnings = file.messages
    .filter((m) => m.ruleId === 'unmatched-quote')
    .map((m) => formatMessage(m, filePath));
  return { quotations: (file.data.quotations ?? []).map(shift), warnings };
}

/** The quotations of a plain-text article: paragraphs between blank lines. */
function fromText(text: string, filePath: string, lang: string | undefined) {
  const { settings } = loadSettings(contentDirFrom());
  const result = quotationsInText(text, {
    lang: lang ?? settings.site.language,
    people: settings.people,
  });
  const place = location(text);
  const warnings = result.unmatched.map((m) => {
    const point = place.toPoint(m.offset);
    const what =
      m.kind === 'open'
        ? `Unexpected unclosed quotation mark \`${m.mark}\`, expected a closing mark in the same paragraph`
        : `Unexpected closing quotation mark \`${m.mark}\`, expected an opening mark before it`;
    return `${filePath}:${point?.line ?? 1}:${point?.column ?? 1}  warning  ${what}  unmatched-quote`;
  });
  return { quotations: result.quotations, warnings };
}

/** The JSON shape the issue defines: no review-only fields. */
export const toJson = (q: FoundQuotation) => ({
  start: q.start,
  end: q.end,
  text: q.text,
  speaker: q.speaker,
  ...(q.cue ? { cue: q.cue } : {}),
});

function readable(q: FoundQuotation, text: string): string {
  const place = location(text).toPoint(q.start);
  const where = `${place?.line ?? 1}:${place?.column ?? 1}`;
  const quote = shorten(q.text, 72);
  const indent = '  '.repeat(q.depth);
  if (!q.speaker) return `${where}\t${indent}${quote}\t— no speaker (${q.reason})`;
  const id = q.speaker.id ? ` [${q.speaker.id}]` : '';
  const via = q.mention && q.mention.text !== q.speaker.name ? ` via “${q.mention.text}”` : '';
  const cue = q.cue ? `, ${q.cue}` : '';
  return `${where}\t${indent}${quote}\t— ${q.speaker.name}${id}${via} (${q.reason}${cue})`;
}

const command: Command = {
  summary: 'list the quotations in a file with their speakers (--json for offsets)',
  async run(args) {
    if (args.includes('--help') || args.includes('-h')) {
      console.log(USAGE);
      return 0;
    }
    const options = parse(args);
    if (typeof options === 'string') {
      console.error(`${options}\n\n${USAGE}`);
      return 2;
    }
    if (!existsSync(options.file)) {
      console.error(`Unexpected missing file \`${options.file}\`, expected a readable file`);
      return 1;
    }
    const text = readFileSync(options.file, 'utf8');
    const markdown = /\.(md|markdown)$/i.test(options.file);
    const { quotations, warnings } = markdown
      ? await fromMarkdown(text, options.file, options.lang)
      : fromText(text, options.file, options.lang);
    for (const warning of warnings) console.error(warning);
    if (options.json) console.log(JSON.stringify(quotations.map(toJson), null, 2));
    else if (quotations.length === 0) console.log('No quotations found.');
    else for (const q of quotations) console.log(readable(q, text));
    return 0;
  },
};

export default command;
