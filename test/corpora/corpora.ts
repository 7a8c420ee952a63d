/**
 * Where the outside corpora are: `$EXPLAINERS_CORPORA`, else `../shared/fixtures` beside the
 * checkout. Run directly (`npm run test:corpora` does, first), it exits 1 with one line when the
 * folder is missing, so the corpora suite never passes by finding nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticle } from '../helpers/articles.ts';
import { projectRoot } from '../helpers/paths.ts';

export const corporaDir = path.resolve(
  process.env.EXPLAINERS_CORPORA ?? path.join(projectRoot, '../shared/fixtures'),
);

/** The seed article and its hand-made ground truth. */
export const seed = () =>
  readArticle(
    path.join(corporaDir, 'seed/000_04691d61c50f4310.txt'),
    path.join(corporaDir, 'seed/expected.json'),
  );

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(path.join(corporaDir, 'seed'))) {
    console.error(
      `No corpora at ${corporaDir} (looked for seed/ there): set EXPLAINERS_CORPORA=/path/to/fixtures to point elsewhere.`,
    );
    process.exit(1);
  }
}
