/**
 * `explainer reanchor <slug or file> [--write] [--content dir]`: after the article of an
 * explainer with stand-off notes (`<slug>.notes.md`) was replaced by a newer version, says for
 * every note whether it still anchors, moved (with its old and new words) or broke, and with
 * `--write` writes the new selectors of the notes that moved unambiguously. Exits 1 when a note
 * broke, 0 otherwise, 2 on a wrong call. See `../reanchor-notes.ts`.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { formatMessage, hasErrors, reporter } from '../../contract/messages.ts';
import { contentDirFrom, loadSettings } from '../../loading/load-settings.ts';
import { explainerOfNotes, readExplainerSource } from '../../loading/explainer-files.ts';
import { isNotesPath, notesPathOf } from '../../markdown/notes-file.ts';
import { createProcessor, withoutBom } from '../../markdown/pipeline.ts';
import { shownWords } from '../../markdown/remark-stand-off-notes.ts';
import { reanchorNotes, rewriteNotes, type NoteOutcome } from '../reanchor-notes.ts';
import { parseCommandArgs, shownPath, usageError, type Command } from '../command.ts';

const USAGE = `Usage: explainer reanchor <slug or file> [--write] [--content dir]

After the article of an explainer with stand-off notes (<slug>.notes.md) has been replaced by a
newer version, reports for every note whether it still anchors exactly, moved (found once by
its closest words: old and new words shown) or broke (no passage close enough, or several).

  <slug or file>  the explainer's slug, its .md file, or its .notes.md file
  --write         write the new selectors of the notes that moved (only their words in
                  brackets and prefix=/suffix= change); a note that broke is never touched
  --content dir   the content folder (default: $EXPLAINERS_CONTENT, or ./content)

Exits 1 when a note broke, 0 otherwise.`;

const report = reporter('remark-stand-off-notes');

/** The explainer file a `<slug or file>` argument names, or why there is none. */
function explainerFile(given: string, contentDir: string): string | { problem: string } {
  if (existsSync(given) && statSync(given).isFile()) {
    if (!isNotesPath(given)) return path.resolve(given);
    const explainer = explainerOfNotes(path.resolve(given));
    return (
      explainer ?? { problem: `Unexpected notes file \`${given}\` without its explainer beside it` }
    );
  }
  if (/[\\/]|\.md$/i.test(given))
    return { problem: `Unexpected path \`${given}\`, expected an existing file` };
  const file = path.join(contentDir, 'explainers', `${given}.md`);
  return existsSync(file)
    ? file
    : {
        problem: `Unexpected slug \`${given}\`, expected an explainer in ${shownPath(path.dirname(file))}`,
      };
}

function line({ note, outcome }: NoteOutcome, notesShown: string, article: string): string {
  const where = `${notesShown}:${note.position.start.line}:${note.position.start.column}`;
  const words = shownWords(note.quote!.exact);
  if (outcome.status === 'anchors') {
    return `${where}  anchors  ${note.kind} ${words} (${article}:${outcome.line})`;
  }
  if (outcome.status === 'moved') {
    const context = [outcome.quote.prefix, outcome.quote.suffix].some(Boolean)
      ? ` with ${[outcome.quote.prefix && `prefix ${shownWords(outcome.quote.prefix)}`, outcome.quote.suffix && `suffix ${shownWords(outcome.quote.suffix)}`].filter(Boolean).join(' and ')}`
      : '';
    return `${where}  moved    ${note.kind} ${words} → ${shownWords(outcome.quote.exact)}${context} (${article}:${outcome.line}, ${outcome.errors} character${outcome.errors === 1 ? '' : 's'} differ${outcome.errors === 1 ? 's' : ''})`;
  }
  return `${where}  broke    ${note.kind} ${words}: ${outcome.why}`;
}

const command: Command = {
  summary:
    'after the article changed, say where each stand-off note stands (--write: update moved ones)',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          write: { type: 'boolean' },
          content: { type: 'string' },
          help: { type: 'boolean' },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) return usageError('Expected one slug or file', USAGE);
    const contentDir = contentDirFrom(values.content);
    const found = explainerFile(positionals[0]!, contentDir);
    if (typeof found !== 'string') return usageError(found.problem, USAGE);
    const notesPath = notesPathOf(found);
    if (!existsSync(notesPath)) {
      return usageError(
        `Unexpected explainer \`${shownPath(found)}\` without stand-off notes, expected \`${shownPath(notesPath)}\` beside it`,
        USAGE,
      );
    }
    const source = readExplainerSource(found);
    const notes = source.notes!;
    if (source.unreadable || notes.unreadable) {
      console.error(
        `${shownPath(source.unreadable ? found : notesPath)}: ${source.unreadable ?? notes.unreadable}`,
      );
      return 1;
    }
    const { settings } = loadSettings(contentDir);
    const processor = createProcessor(settings);
    const article = new VFile({ path: found, value: withoutBom(source.value) });
    const tree = processor.parse(article);
    const notesFile = new VFile({ path: notesPath, value: withoutBom(notes.value) });
    const outcomes = await reanchorNotes(tree, String(article.value), notesFile, report);
    const notesShown = shownPath(notesPath);
    for (const message of notesFile.messages) console.log(formatMessage(message, notesShown));
    for (const outcome of outcomes) console.log(line(outcome, notesShown, path.basename(found)));
    const count = (status: string) => outcomes.filter((o) => o.outcome.status === status).length;
    const moved = outcomes.filter((o) => o.outcome.status === 'moved');
    console.log(
      `${outcomes.length} note${outcomes.length === 1 ? '' : 's'} with words: ${count('anchors')} anchor, ${moved.length} moved, ${count('broke')} broke`,
    );
    if (values.write && moved.length > 0) {
      let text: string;
      try {
        text = rewriteNotes(String(notesFile.value), moved);
      } catch (error) {
        console.error(`${notesShown}: not written: ${(error as Error).message}`);
        return 1;
      }
      const bom = notes.value.startsWith('\uFEFF') ? '\uFEFF' : '';
      writeFileSync(notesPath, bom + text);
      console.log(
        `Wrote the new selectors of ${moved.length} note${moved.length === 1 ? '' : 's'} to ${notesShown}.`,
      );
    } else if (moved.length > 0) {
      console.log('Run again with --write to update the notes that moved.');
    }
    return count('broke') > 0 || hasErrors(notesFile) ? 1 : 0;
  },
};

export default command;
