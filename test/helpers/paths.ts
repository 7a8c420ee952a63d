/** Where the project and the shared fixtures are, wherever the checkout lives. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** `$EXPLAINERS_CORPORA`, else `../shared/fixtures/` beside the project. */
export const sharedFixtures =
  process.env.EXPLAINERS_CORPORA ??
  fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
