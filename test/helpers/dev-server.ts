/**
 * `astro dev` on a content folder, for the tests that edit files under a running dev server
 * (`test/site/dev-server.test.ts`).
 */
import { freePort, spawnAstroDev } from '../../scripts/bench/dev-loop.ts';
import { buildEnv } from './build.ts';
import { projectRoot } from './paths.ts';
import { noteStarted } from './run-log.ts';

export interface DevServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Stop the server (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
}

export async function startDevServer(content: string): Promise<DevServer> {
  const port = await freePort();
  noteStarted('astro dev');
  const { server, output } = spawnAstroDev(
    projectRoot,
    port,
    // Vitest's NODE_ENV=test turns off the dev server's live reload.
    buildEnv({ NODE_ENV: 'development', EXPLAINERS_CONTENT: content }),
  );
  return {
    url: `http://127.0.0.1:${port}/`,
    output,
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    },
  };
}
