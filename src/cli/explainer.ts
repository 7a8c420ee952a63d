#!/usr/bin/env node
/**
 * `npx explainer <command>`: the editor's command line. Each command lives in its own file under
 * `src/cli/commands/` and is listed once below. Runs on Node 24's built-in TypeScript support.
 */
import type { Command } from './command.ts';

const commands: Record<string, () => Promise<{ default: Command }>> = {
  quotes: () => import('./commands/quotes.ts'),
  check: () => import('./commands/check.ts'),
  import: () => import('./commands/import.ts'),
  new: () => import('./commands/new.ts'),
  reanchor: () => import('./commands/reanchor.ts'),
};

const [name, ...args] = process.argv.slice(2);
const load = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
if (!load) {
  const list = Object.keys(commands).sort();
  console.error(
    `Usage: explainer <command> [options]\n\nCommands: ${list.join(', ') || '(none yet)'}\nRun \`explainer <command> --help\` for a command's options.`,
  );
  process.exit(name && name !== '--help' ? 2 : 0);
}
const command = (await load()).default;
process.exitCode = await command.run(args);
