/** The shape of one `explainer` sub-command. */
export interface Command {
  /** One line for the usage listing. */
  summary: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
