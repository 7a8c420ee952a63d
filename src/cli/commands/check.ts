/**
 * `explainer check [paths] [--json]`: every problem in the content, as the build would find it,
 * one per line as `file:line:column  severity  message  rule-id` with a hint how to fix it.
 * Exits 1 when there is an error, 0 with warnings only, 2 on a wrong option or path.
 */
import { todayProblem } from '../../contract/frontmatter.ts';
import { formatMessage } from '../../contract/messages.ts';
import {
  checkContent,
  CheckUsageError,
  inOrder,
  messageJson,
  resolveTargets,
} from '../check-content.ts';
import { contentDirFrom } from '../../loading/load-settings.ts';
import { parseCommandArgs, shownPath, usageError, type Command } from '../command.ts';

/** From this many files, progress is shown even when stderr is not a terminal. */
export const PROGRESS_MIN = 50;

const USAGE = `Usage: explainer check [paths…] [--json] [--content dir] [--progress | --no-progress]

Checks explainers with the same pipeline as the build and prints every problem as
  file:line:column  severity  message  rule-id
followed by a hint. Exits 1 when there is an error, 0 when there are only warnings.

  paths           files or folders to check; a content folder (one with site.yaml) is checked
                  whole, settings included. Default: the content folder.
  --content dir   the content folder whose site.yaml, ratings.yaml and people.yaml apply
                  (default: $EXPLAINERS_CONTENT, or ./content)
  --json          print {files, errors, warnings, infos, messages: [...]} for tools
  --progress      show progress on stderr (shown anyway on a terminal or from ${PROGRESS_MIN} files)
  --no-progress   never show progress`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Progress on stderr: one updating line on a terminal, a line per tenth otherwise. */
function progressReporter(total: number): (done: number) => void {
  const tty = process.stderr.isTTY === true;
  let lastShown = 0;
  let lastTenth = 0;
  return (done) => {
    if (tty) {
      const now = Date.now();
      if (now - lastShown < 100 && done < total) return;
      lastShown = now;
      process.stderr.write(`\rChecked ${done}/${total} files`);
      if (done === total) process.stderr.write('\n');
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth > lastTenth || done === total) {
      lastTenth = tenth;
      process.stderr.write(`Checked ${done}/${total} files\n`);
    }
  };
}

const command: Command = {
  summary: 'check explainers for errors and warnings, as the build does (--json for tools)',
  async run(args) {
    const parsed = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        allowNegative: true,
        options: {
          json: { type: 'boolean', default: false },
          content: { type: 'string' },
          progress: { type: 'boolean' },
          help: { type: 'boolean', short: 'h', default: false },
        },
      },
      USAGE,
    );
    if (typeof parsed === 'number') return parsed;
    const today = todayProblem();
    if (today) {
      console.error(today);
      return 2;
    }
    const contentDir = contentDirFrom(parsed.values.content);
    let targets;
    try {
      targets = resolveTargets(parsed.positionals, contentDir);
    } catch (error) {
      if (!(error instanceof CheckUsageError)) throw error;
      return usageError((error as Error).message, USAGE);
    }
    const total = targets.files.length;
    const showProgress =
      parsed.values.progress ??
      (total > 0 && (process.stderr.isTTY === true || total >= PROGRESS_MIN));
    const result = await checkContent(targets, showProgress ? progressReporter(total) : undefined);

    const { error: errors, warning: warnings, info: infos } = result.counts;
    if (parsed.values.json) {
      const messages = result.files.flatMap((file) =>
        inOrder(file).map((m) => messageJson(m, shownPath(file.path))),
      );
      console.log(
        JSON.stringify({ files: result.checked, errors, warnings, infos, messages }, null, 2),
      );
    } else {
      for (const file of result.files) {
        for (const message of inOrder(file))
          console.log(formatMessage(message, shownPath(file.path)));
      }
      const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info in ${plural(result.checked, 'explainer')}`;
      console.log(
        errors + warnings + infos === 0
          ? `No problems in ${plural(result.checked, 'explainer')}.`
          : summary,
      );
    }
    return errors > 0 ? 1 : 0;
  },
};

export default command;
