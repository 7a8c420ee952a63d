/**
 * Loaded into every Node process of a benchmarked command (`NODE_OPTIONS=--import=…`): on exit,
 * appends the process's peak resident set size (KiB) and its script to $BENCH_RSS_FILE.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\t${process.argv[1] ?? ''}\n`);
  });
}
