/**
 * The `explainer` command line without its process: `main(args)` runs one command (the arguments
 * after `explainer`) and resolves to its exit code. The bin (`explainer.ts`) sets the process's
 * exit code from it; tests call it in their own process. Each command lives in its own file
 * under `src/cli/commands/` and is listed once below.
 */
import type { Command } from './command.ts';

const commands: Record<string, () => Promise<{ default: Command }>> = {
  quotes: () => import('./commands/quotes.ts'),
  check: () => import('./commands/check.ts'),
  import: () => import('./commands/import.ts'),
  new: () => import('./commands/new.ts'),
  reanchor: () => import('./commands/reanchor.ts'),
};

/** Run `explainer <name> …args`; resolves to the exit code (2 for an unknown command). */
export async function main([name, ...args]: readonly string[]): Promise<number> {
  const load = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const list = Object.keys(commands).sort();
    console.error(
      `Usage: explainer <command> [options]\n\nCommands: ${list.join(', ') || '(none yet)'}\nRun \`explainer <command> --help\` for a command's options.`,
    );
    return name && name !== '--help' ? 2 : 0;
  }
  const command = (await load()).default;
  return command.run(args);
}
