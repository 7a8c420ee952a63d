import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The shape of one `explainer` sub-command. */
export interface Command {
  /** One line for the usage listing. */
  summary: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/**
 * Parse a command's arguments with node:util's parseArgs. On `--help` prints the usage and
 * returns 0; on arguments it cannot parse prints why and the usage and returns 2. The caller
 * returns a number as its exit code.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
  if ((parsed.values as { help?: unknown }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** Print why a call is wrong, then the usage; returns the exit code for a bad call (2). */
export function usageError(reason: string, usage: string): number {
  console.error(`${reason}\n\n${usage}`);
  return 2;
}
