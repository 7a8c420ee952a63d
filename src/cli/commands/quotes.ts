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
import { createProcessor, withoutBom } from '../../markdown/pipeline.ts';
import { contentDirFrom, loadSettings } from '../../loading/load-settings.ts';
import { parseCommandArgs, usageError, type Command } from '../command.ts';
import { shorten } from '../../contract/text.ts';

const USAGE = `Usage: explainer quotes <file> [--lang xx] [--json]

Lists the quotations found in a Markdown explainer (.md) or a plain-text article (any other
extension), each with its speaker and the cue the speaker was found by.

  --lang xx   language of the text (BCP 47); for Markdown, used where the frontmatter names none
  --json      print [{start, end, text, speaker: {name, id?, start?, end?} | null, cue?}], with
              JavaScript string offsets into the file's text (end-exclusive)

Speakers are matched to people.yaml in $EXPLAINERS_CONTENT (default: ./content) when it exists.`;

/** The quotations of a Markdown explainer, run through the site's own pipeline. */
export async function fromMarkdown(text: string, filePath: string, lang: string | undefined) {
  const { settings } = loadSettings(contentDirFrom());
  const site = lang ? { ...settings.site, language: lang } : settings.site;
  const value = withoutBom(text);
  const bom = text.length - value.length;
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
  const rule = q.rule ? `, ${q.rule} ${q.confidence?.toFixed(2)}` : '';
  if (!q.speaker) {
    const withheld = q.withheld ? `: not “${q.withheld}”` : '';
    return `${where}\t${indent}${quote}\t— no speaker (${q.reason}${withheld}${rule})`;
  }
  const id = q.speaker.id ? ` [${q.speaker.id}]` : '';
  const via = q.mention && q.mention.text !== q.speaker.name ? ` via “${q.mention.text}”` : '';
  const cue = q.cue ? `, ${q.cue}` : '';
  return `${where}\t${indent}${quote}\t— ${q.speaker.name}${id}${via} (${q.reason}${cue}${rule})`;
}

const command: Command = {
  summary: 'list the quotations in a file with their speakers (--json for offsets)',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          lang: { type: 'string' },
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const [file, second] = parsed.positionals;
    if (file === undefined)
      return usageError('Missing file, expected `explainer quotes <file>`', USAGE);
    if (second !== undefined)
      return usageError(`Unexpected second file \`${second}\`, expected one file`, USAGE);
    const { lang, json } = parsed.values;
    if (!existsSync(file)) {
      console.error(`Unexpected missing file \`${file}\`, expected a readable file`);
      return 1;
    }
    const text = readFileSync(file, 'utf8');
    const markdown = /\.(md|markdown)$/i.test(file);
    const { quotations, warnings } = markdown
      ? await fromMarkdown(text, file, lang)
      : fromText(text, file, lang);
    for (const warning of warnings) console.error(warning);
    if (json) console.log(JSON.stringify(quotations.map(toJson), null, 2));
    else if (quotations.length === 0) console.log('No quotations found.');
    else for (const q of quotations) console.log(readable(q, text));
    return 0;
  },
};

export default command;
