/** Where the project and the shared fixtures are, wherever the checkout lives. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedFixtures = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
