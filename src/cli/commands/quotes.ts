/**
 * `explainer quotes <paths…> [--lang xx] [--json] [--explain]`: what the quotation detector and
 * the speaker attribution find in Markdown explainers and plain-text articles, for review and
 * evaluation. Takes files, folders (their `.md`, `.markdown` and `.txt` files, recursively) and
 * glob patterns, all in one process: the settings are read and the pipeline built once.
 *
 * With `--json`, one file prints `[{start, end, text, speaker: {name, id?, start?, end?} | null,
 * cue?}]` (as it always has); several files print `{"<path>": [...], …}`, one array per file.
 * `start`/`end` are JavaScript string offsets into the file's text, end-exclusive, covering the
 * quotation marks (for an explicit `:quote[…]`, its bracketed text); the speaker's are where the
 * text names them. `--explain` adds, per quotation, how the speaker was chosen: the cue, the rule
 * and its confidence, or why there is none. Unmatched marks go to stderr.
 */
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import {
  quotationsInText,
  type FoundQuotation,
  type TextOptions,
} from '../../quotes/plain-text.ts';
import { CONFIRM_BELOW, MIN_CONFIDENCE, shownConfidence } from '../../quotes/confidence.ts';
import type {
  AttributionHow,
  AttributionReason,
  AttributionVia,
} from '../../quotes/attribution.ts';
import { formatMessage } from '../../contract/messages.ts';
import type { Settings } from '../../contract/settings.ts';
import { createProcessor, withoutBom } from '../../markdown/pipeline.ts';
import { contentDirFrom, loadSettings } from '../../loading/load-settings.ts';
import { parseCommandArgs, usageError, type Command } from '../command.ts';
import { shorten } from '../../contract/text.ts';

const USAGE = `Usage: explainer quotes <paths…> [--lang xx] [--json] [--explain] [--content dir]

Lists the quotations found in Markdown explainers (.md) and plain-text articles (any other
extension), each with its speaker and the cue the speaker was found by.

  paths       files, folders (their .md, .markdown and .txt files, recursively) or glob
              patterns in quotes ('content/**/*.md'); all are read in one run
  --lang xx   language of the text (BCP 47); for Markdown, used where the frontmatter names none
  --json      print [{start, end, text, speaker: {name, id?, start?, end?} | null, cue?}], with
              JavaScript string offsets into the file's text (end-exclusive); with several
              files, {"<path>": [...], …}, one array per file
  --explain   say per quotation how its speaker was chosen: the cue, the rule and its confidence,
              or why it has none (with --json: the fields reason, rule, confidence, withheld,
              mention, depth and continues as well)
  --content dir
              the content folder: its site.yaml's language applies where neither --lang nor
              the frontmatter names one, and speakers are matched to its people.yaml when it
              has one (default: $EXPLAINERS_CONTENT, or ./content)`;

/** Files a folder holds for this command: Markdown and plain text, hidden ones left out. */
const LISTED = /\.(md|markdown|txt)$/i;
const GLOB = /[*?[\]{}]/;

/** What is wrong with a path given, if anything. */
class PathProblem extends Error {
  override name = 'PathProblem';
}

/** Every file under a folder that the command reads, sorted. */
function filesIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || !LISTED.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (
      path
        .relative(dir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
      continue;
    found.push(file);
  }
  return found.sort();
}

/** The files the paths name, in the order given, each once. */
export function filesFor(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    if (existsSync(given)) {
      files.push(...(statSync(given).isDirectory() ? filesIn(given) : [given]));
      continue;
    }
    if (!GLOB.test(given))
      throw new PathProblem(`Unexpected missing file \`${given}\`, expected a readable file`);
    const matched = globSync(given)
      .filter((file) => statSync(file).isFile())
      .sort();
    if (matched.length === 0)
      throw new PathProblem(`Unexpected pattern \`${given}\` that matches no file, expected one`);
    files.push(...matched);
  }
  return [...new Set(files)];
}

/** What every file of a run shares: the settings and the Markdown pipeline, made once. */
export interface QuotesContext {
  settings: Settings;
  processors: Map<boolean, ReturnType<typeof createProcessor>>;
  lang: string | undefined;
}

export function quotesContext(lang: string | undefined, contentDir?: string): QuotesContext {
  const { settings } = loadSettings(contentDirFrom(contentDir));
  const site = lang ? { ...settings.site, language: lang } : settings.site;
  return { settings: { ...settings, site }, processors: new Map(), lang };
}

/** The quotations of a Markdown explainer, run through the site's own pipeline. */
export async function fromMarkdown(
  text: string,
  filePath: string,
  lang: string | undefined,
  context: QuotesContext = quotesContext(lang),
) {
  const value = withoutBom(text);
  const bom = text.length - value.length;
  const frontmatter = value.startsWith('---');
  let processor = context.processors.get(frontmatter);
  if (!processor) {
    processor = createProcessor(context.settings, { frontmatter, quotationsOnly: true });
    context.processors.set(frontmatter, processor);
  }
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
          ...(q.mention
            ? { mention: { ...q.mention, start: q.mention.start + bom, end: q.mention.end + bom } }
            : {}),
        };
  const warnings = file.messages
    .filter((m) => m.ruleId === 'unmatched-quote')
    .map((m) => formatMessage(m, filePath));
  return { quotations: (file.data.quotations ?? []).map(shift), warnings };
}

/** The quotations of a plain-text article: paragraphs between blank lines. */
function fromText(text: string, filePath: string, context: QuotesContext) {
  const options: TextOptions = {
    lang: context.lang ?? context.settings.site.language,
    people: context.settings.people,
  };
  const result = quotationsInText(text, options);
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

/** The JSON shape with `--explain`: every field that says how the speaker was chosen. */
export const toExplainedJson = (q: FoundQuotation) => ({
  ...toJson(q),
  reason: q.reason,
  ...(q.rule ? { rule: q.rule } : {}),
  ...(q.confidence !== undefined ? { confidence: q.confidence } : {}),
  ...(q.withheld ? { withheld: q.withheld } : {}),
  ...(q.mention ? { mention: q.mention } : {}),
  depth: q.depth,
  ...(q.continues !== undefined ? { continues: q.continues } : {}),
});

function readable(q: FoundQuotation, where: string): string {
  const quote = shorten(q.text, 72);
  const indent = '  '.repeat(q.depth);
  const rule = q.rule ? `, ${q.rule} ${shownConfidence(q.confidence ?? 0)}` : '';
  if (!q.speaker) {
    const withheld = q.withheld ? `: not “${q.withheld}”` : '';
    return `${where}\t${indent}${quote}\t— no speaker (${q.reason}${withheld}${rule})`;
  }
  const id = q.speaker.id ? ` [${q.speaker.id}]` : '';
  const via = q.mention && q.mention.text !== q.speaker.name ? ` via “${q.mention.text}”` : '';
  const cue = q.cue ? `, ${q.cue}` : '';
  return `${where}\t${indent}${quote}\t— ${q.speaker.name}${id}${via} (${q.reason}${cue}${rule})`;
}

/** The cue of a rule (`how` in `how/via`), in words. */
const HOW: Record<AttributionHow, string> = {
  'verb-before': 'a reporting verb before the quotation, with its subject ("X said “…”")',
  'verb-after': 'a reporting verb after the quotation ("“…,” said X")',
  'verb-implicit': 'a reporting verb with no subject of its own, taking the nearest name',
  phrase: 'a phrase such as "according to X"',
  'quoted-as': '"quoted X as saying"',
  colon: 'a name and a colon before the quotation ("X: “…”")',
  'sentence-subject': 'the named subject of the sentence the quotation sits in ("X called it “…”")',
  previous: 'the speaker of the sentence or paragraph before',
  next: 'a short "X said." sentence right after it',
  continued: 'another piece of the same quotation over several paragraphs',
  alternation: 'turns alternating between two speakers',
};

/** The words that stand for the speaker (`via` in `how/via`), in words. */
const VIA: Record<AttributionVia, string> = {
  name: 'a name',
  people: 'a name or alias from people.yaml',
  'known-name': 'a surname completed to a full name used earlier',
  pronoun: 'a pronoun resolved to an earlier speaker',
  relative: '"who" resolved to the name before it',
  role: 'a role word resolved to a person',
  group: 'a description with a name in it',
  description: 'a bare description',
};

/** Why a quotation has no speaker, in words. */
const NONE: Partial<Record<AttributionReason, string>> = {
  nested: 'it is nested in another quotation, whose speaker it is quoting',
  scare: 'a scare quote in the writer’s own voice',
  title: 'a title in quotation marks',
  nickname: 'a nickname inside a name',
  unresolved: 'its cue names no one the text identifies',
  none: 'no cue in or around its sentence names a speaker',
};

/** The lines `--explain` prints under a quotation. */
function explanation(q: FoundQuotation, at: (offset: number) => string): string[] {
  const lines: string[] = [];
  const [how, via] = (q.rule ?? '').split('/') as [AttributionHow?, AttributionVia?];
  const confidence = shownConfidence(q.confidence ?? 0);
  if (q.reason === 'explicit') {
    lines.push('speaker: given by the editor with :quote[…]{by} (confirmed)');
    return lines;
  }
  if (q.speaker) {
    const needs = (q.confidence ?? 0) < CONFIRM_BELOW;
    lines.push(
      `speaker: ${q.speaker.name}, automatic${needs ? ` — confirm it (confidence below ${CONFIRM_BELOW}): :quote[…]{by=${q.speaker.id ?? `"${q.speaker.name}"`}}` : ''}`,
    );
  } else if (q.reason === 'uncertain') {
    lines.push(
      `speaker: none — “${q.withheld}” withheld, confidence ${confidence} is below ${MIN_CONFIDENCE}`,
    );
  } else {
    lines.push(`speaker: none — ${NONE[q.reason] ?? q.reason}`);
  }
  if (how) lines.push(`cue: ${HOW[how] ?? how}${q.cue ? `: “${q.cue}”` : ''}`);
  if (via) {
    const mention = q.mention ? `: “${q.mention.text}” at ${at(q.mention.start)}` : '';
    lines.push(`via: ${VIA[via] ?? via}${mention}`);
  }
  if (q.rule) lines.push(`rule: ${q.rule}, confidence ${confidence}`);
  return lines;
}

const command: Command = {
  summary: 'list the quotations in files and folders with their speakers (--json, --explain)',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          lang: { type: 'string' },
          json: { type: 'boolean', default: false },
          explain: { type: 'boolean', default: false },
          content: { type: 'string' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const paths = parsed.positionals;
    if (paths.length === 0)
      return usageError('Missing file, expected `explainer quotes <paths…>`', USAGE);
    const { lang, json, explain, content } = parsed.values;
    let files: string[];
    try {
      files = filesFor(paths);
    } catch (error) {
      if (!(error instanceof PathProblem)) throw error;
      console.error(error.message);
      return 1;
    }
    if (files.length === 0) {
      console.error('Unexpected folders without .md, .markdown or .txt files, expected one');
      return 1;
    }
    // One file named as such keeps the output it always had; anything more is keyed by path.
    const single = files.length === 1 && paths.length === 1 && files[0] === paths[0];
    const context = quotesContext(lang, content);
    const byFile: Record<string, unknown[]> = {};
    const out: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const markdown = /\.(md|markdown)$/i.test(file);
      const { quotations, warnings } = markdown
        ? await fromMarkdown(text, file, lang, context)
        : fromText(text, file, context);
      for (const warning of warnings) console.error(warning);
      if (json) {
        byFile[file] = quotations.map(explain ? toExplainedJson : toJson);
        continue;
      }
      const place = location(text);
      const at = (offset: number) => {
        const point = place.toPoint(offset);
        return `${point?.line ?? 1}:${point?.column ?? 1}`;
      };
      if (!single) out.push(quotations.length === 0 ? `${file}: no quotations found` : file);
      else if (quotations.length === 0) out.push('No quotations found.');
      for (const q of quotations) {
        out.push(readable(q, single ? at(q.start) : `${file}:${at(q.start)}`));
        if (explain) for (const line of explanation(q, at)) out.push(`    ${line}`);
      }
      if (out.length > 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
    }
    if (json) console.log(JSON.stringify(single ? byFile[files[0]!] : byFile, null, 2));
    else if (out.length > 0) console.log(out.join('\n'));
    return 0;
  },
};

export default command;
