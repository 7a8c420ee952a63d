/**
 * The output folder of `npm run build` and how a new build replaces it.
 *
 * - **One build at a time.** A lock (`<out>.build.lock`, proper-lockfile: a folder whose time is kept
 *   fresh while the build runs, so a crashed build's lock goes stale and is taken over) makes a
 *   second build wait for the first instead of sharing its work folder. So do the folders a build
 *   shares with builds into other outputs (`npm run build` locks them with `lockFolder`).
 * - **Never without an output.** The new site is built in `<out>.build/next`, beside the real
 *   output so a rename never crosses file systems. Only when every step succeeded is the old
 *   output renamed aside and the new one renamed in; if that second rename fails, the old one is
 *   put back. A build killed between the two renames leaves the old output in
 *   `<out>.build/previous`, and the next build puts it back before anything else.
 * - **Links and mounts.** A symlinked output is replaced where it points (the link stays). When
 *   the output cannot be renamed (it is a mount point, or the work folder is on another file
 *   system), its contents are replaced instead, entry by entry.
 * - **Old output removed in the background.** The work folder (with the previous output, tens
 *   of thousands of files on a large site: every page and every search-index fragment) is renamed
 *   to `<out>.build-old-<pid>-<time>` and removed by a detached process, so the build returns as
 *   soon as the new site is in place. On a slow disk this removal took as long as indexing the
 *   site. A removal that was cut short (the machine stopped) is started again by the next build.
 */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export interface OutputFolder {
  /** The folder the site is served from (a symlink's target, for a symlinked output). */
  target: string;
  /** Where the new site is built before it replaces `target`. */
  next: string;
  /** Release the lock and remove the work folder. */
  release(): Promise<void>;
}

/** The real folder behind `out`: a symlink's target, else `out` itself. */
function resolveTarget(out: string): string {
  try {
    if (lstatSync(out).isSymbolicLink()) return realpathSync(out);
  } catch {
    // Not there yet: the first build creates it.
  }
  return out;
}

/**
 * Lock the output folder, waiting (and saying so) while another build holds it, put back an
 * output left aside by a killed build, and make an empty work folder.
 */
export async function openOutput(
  out: string,
  say: (line: string) => void = console.log,
): Promise<OutputFolder> {
  const target = resolveTarget(out);
  mkdirSync(path.dirname(target), { recursive: true });
  const unlock = await lockFolder(target, `Another build is writing ${out}`, say);
  const work = `${target}.build`;
  const previous = path.join(work, 'previous');
  if (!existsSync(target) && existsSync(previous)) {
    renameSync(previous, target);
    say(`Put back ${out}, which an interrupted build had left aside.`);
  }
  // Old work folders whose removal was cut short, then this build's own leftovers.
  for (const name of readdirSync(path.dirname(target))) {
    if (name.startsWith(`${path.basename(target)}${OLD}`)) {
      removeInBackground(path.join(path.dirname(target), name));
    }
  }
  discard(target);
  mkdirSync(work, { recursive: true });
  return {
    target,
    next: path.join(work, 'next'),
    release: async () => {
      discard(target);
      await unlock();
    },
  };
}

/**
 * Hold `<folder>.build.lock` for one build (see "One build at a time" above), waiting while
 * another build holds it and saying `busy` once; resolves to the function that releases it.
 */
export async function lockFolder(
  folder: string,
  busy: string,
  say: (line: string) => void = console.log,
): Promise<() => Promise<void>> {
  mkdirSync(path.dirname(folder), { recursive: true });
  const options = { realpath: false, lockfilePath: `${folder}.build.lock`, stale: 10_000 };
  try {
    return await lockfile.lock(folder, options);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    say(`${busy}; waiting for it to finish…`);
    return lockfile.lock(folder, {
      ...options,
      retries: { retries: 1_000_000, minTimeout: 250, maxTimeout: 1_000 },
    });
  }
}

/**
 * Whether Astro bundles a build's pages to prerender into `<buildDir>/.prerender/` (the build
 * folder is inside the project at `root`) rather than into the project's `.astro/.prerender/`,
 * which every build into a folder elsewhere shares.
 */
export function prerendersInBuildDir(buildDir: string, root: string): boolean {
  const relative = path.relative(root, path.resolve(buildDir));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** What a work folder is renamed to before it is removed in the background. */
const OLD = '.build-old-';
let discarded = 0;

/**
 * Start removing `dir` in a detached process that outlives this one (retrying while another
 * process empties the same folder).
 */
export function removeInBackground(dir: string): void {
  const child = spawn(
    process.execPath,
    [
      '-e',
      'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 50, retryDelay: 100 })',
      dir,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/**
 * Take the work folder out of the way at once (a rename) and remove it in the background; if it
 * cannot be renamed, remove it here.
 */
function discard(target: string): void {
  const work = `${target}.build`;
  if (!existsSync(work)) return;
  const old = `${target}${OLD}${process.pid}-${Date.now()}-${(discarded += 1)}`;
  try {
    renameSync(work, old);
  } catch {
    rmSync(work, { recursive: true, force: true });
    return;
  }
  removeInBackground(old);
}

/** Replace the output with the finished new site (see the file's comment for the order). */
export function swapIn({ target, next }: OutputFolder): void {
  const previous = path.join(path.dirname(next), 'previous');
  const hadOutput = existsSync(target);
  if (hadOutput) {
    try {
      renameSync(target, previous);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'EXDEV' && code !== 'EBUSY' && code !== 'EPERM') throw error;
      replaceContents(target, next);
      return;
    }
  }
  try {
    renameSync(next, target);
  } catch (error) {
    if (hadOutput) renameSync(previous, target);
    throw error;
  }
}

/** Make `target`'s entries those of `source`, for an output that cannot itself be renamed. */
function replaceContents(target: string, source: string): void {
  for (const name of readdirSync(target)) {
    rmSync(path.join(target, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(source)) {
    cpSync(path.join(source, name), path.join(target, name), { recursive: true });
  }
}
