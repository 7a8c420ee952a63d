/**
 * The hostile folders of `hostile-cases.ts` through `explainer check` and the real build: check
 * says exactly what the catalogue expects, and the build agrees (fails exactly when check finds
 * an error, naming the same files and places), without a stack trace. Odd file names that give
 * a page address build, each page at its slug, with every address in the sitemap encoded once,
 * in one build with the bad-input catalogue's cases that have no error.
 *
 * Both builds of a whole site go to one output folder that holds a previous build: the one that
 * fails (the explainer-file cases, with the bad-input catalogue's cases that have errors) leaves
 * it as it was, and the one that passes (odd names) replaces it whole, as `npm run build` must.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectOutDir } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { explainerText } from '../site/publishing-crawl.ts';
import {
  expectAgreement,
  loadSettingsAsBuild,
  runBuildCommand,
  runCheck,
  type CheckRun,
} from './agreement.ts';
import { MARKUP } from './cases.ts';
import { allMessages, included, passing, writeCases } from './catalogue-folder.ts';
import { hostileFolders, makeGoodFolder, makeOddNamesFolder, oddNames } from './hostile-cases.ts';
import { runCli, runCommand, STACK_LINE, tempDir } from './run-cli.ts';

const BUILD_TIMEOUT = 300_000;

/** A case by the start of its name. */
const hostile = (name: string) => hostileFolders.find((h) => h.name.startsWith(name))!;
/**
 * Each build costs more than everything else in a case, so cases share one: the folder of lone
 * surrogates, which check passes, builds with the odd names below, and the three folders of
 * errors in explainer files build as one folder with all three (check and the build agree on it,
 * and check finds in it exactly what it finds in the three).
 */
const LONE_SURROGATES = hostile('lone surrogates');
const EXPLAINER_FILES = hostile('explainer files that are no files');
const STAND_OFF_NOTES = hostile('stand-off notes');
const LINKS = hostile('links to explainers');
/**
 * Two cases break the settings files, which fail a build the same way (the settings loader, before
 * any explainer is read): the first has a real build; the second, the settings loader in this
 * process (`loadSettingsAsBuild`), by the same code.
 */
const SETTINGS_BROKEN_LINK = hostile('site.yaml a broken link');

/**
 * An explainer whose frontmatter has a quotation left open, and the message check and the build
 * give for it (placed as `placed` gives them).
 */
const BROKEN = '---\ntitle: "never closed\n---\n\nText.\n';
const BROKEN_MESSAGE = ['explainers/broken.md', 'frontmatter-yaml', 'error', 2, 8];

/**
 * The output folder both whole-site builds go to, made once with a previous build in it (an
 * `index.html` and a file the next good build does not write).
 */
let previous: string | undefined;
function previousOutput(): string {
  if (previous) return previous;
  previous = path.join(projectOutDir('explainers-dist-'), 'dist');
  mkdirSync(previous);
  writeFileSync(path.join(previous, 'index.html'), 'previous good build');
  writeFileSync(path.join(previous, 'stale.txt'), 'from the previous build');
  return previous;
}

/** `[file, rule, severity, line, column]` of check's messages, paths relative to `content`. */
const placed = (content: string, check: CheckRun) =>
  check.messages.map((m) => [
    path.relative(content, path.resolve(projectRoot, m.file)),
    m.ruleId,
    m.severity,
    m.line,
    m.column,
  ]);

describe('hostile content folders: check and the build agree', () => {
  for (const hostile of hostileFolders) {
    it(
      hostile.name,
      async () => {
        const content = makeGoodFolder();
        hostile.make(content);
        const check = await runCheck(content);
        expect(check.status, check.output).toBe(hostile.exit);
        if (hostile.refusal) expect(check.refusal).toMatch(hostile.refusal);
        expect(placed(content, check).sort()).toEqual(hostile.messages().sort());
        if (hostile === LONE_SURROGATES || hostile === STAND_OFF_NOTES || hostile === LINKS) return;
        if (hostile === EXPLAINER_FILES) {
          // One failing build for the explainer-file, stand-off and link cases, an explainer
          // with a broken frontmatter, and every case of the bad-input catalogue (`case-NN.md`, each
          // with its notes), over a previous build. It is also the test of content errors
          // failing the build (`test/site/build-errors.test.ts` says which).
          const together = makeGoodFolder();
          EXPLAINER_FILES.make(together);
          STAND_OFF_NOTES.make(together);
          LINKS.make(together);
          // Two cases name a `gone` explainer: the notes without theirs get another name here.
          const orphan = (file: string) => file.replace('/gone.notes.md', '/orphan.notes.md');
          renameSync(
            path.join(together, 'explainers/gone.notes.md'),
            orphan(path.join(together, 'explainers/gone.notes.md')),
          );
          writeFileSync(path.join(together, 'explainers/broken.md'), BROKEN);
          writeCases(together, included);
          const catalogue = included.flatMap((badCase, index) =>
            allMessages(badCase, index).map(([file, ...rest]) => [`explainers/${file}`, ...rest]),
          );
          const checkTogether = await runCheck(together);
          expect(placed(together, checkTogether).sort()).toEqual(
            [
              ...EXPLAINER_FILES.messages(),
              ...STAND_OFF_NOTES.messages().map(([file, ...rest]) => [orphan(file), ...rest]),
              ...LINKS.messages(),
              BROKEN_MESSAGE,
              ...catalogue,
            ].sort(),
          );
          // EXPLAINERS_DEBUG: the build script passes on every stack line Astro prints.
          const outDir = previousOutput();
          const build = runBuildCommand(together, { EXPLAINERS_DEBUG: '1' }, outDir);
          expectAgreement(checkTogether, build);
          const errors = checkTogether.messages.filter((m) => m.severity === 'error').length;
          expect(build.output).toContain(`Content has ${errors} errors:`);
          expect(build.output).toMatch(
            /broken\.md:2:8 {2}error {2}Unexpected quotation mark `"` left open/,
          );
          // Our hint, not Astro's advice on browser APIs, which it gives whenever an error's
          // text has the word "document" or "window" (as "expected only the documented fields").
          expect(build.output).toContain('documented fields');
          expect(build.output).toContain('Fix the errors listed above, then build again.');
          expect(build.output).not.toContain('Browser APIs');
          // The failed build left the previous output as it was.
          expect(build.output).toMatch(/The previous .*dist\/ is unchanged/);
          expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous good build');
          expect(existsSync(path.join(outDir, 'stale.txt'))).toBe(true);
          expect(existsSync(`${outDir}.build`)).toBe(false);
        } else if (hostile === SETTINGS_BROKEN_LINK) {
          expectAgreement(check, await loadSettingsAsBuild(content));
        } else {
          // The other cases are folders a build refuses: it does so before starting Astro (the
          // content loaders would refuse them too, after about 8 s of CPU).
          const build = runBuildCommand(content);
          expectAgreement(check, build);
          expect(build.output).toMatch(/^Build failed in "content folder": /m);
        }
      },
      BUILD_TIMEOUT,
    );
  }

  // One build of a site that must build, for three points: odd file names, the cases of the
  // bad-input catalogue without errors (`case-NN.md`; the failing build above has them all), and
  // a build that replaces the previous output whole.
  it(
    "odd file names build, each page at its slug, every address encoded once (and lone surrogates escaped in YAML); so do the catalogue's cases without errors, no page showing the editor's markup as text",
    async () => {
      const content = makeOddNamesFolder();
      LONE_SURROGATES.make(content);
      writeCases(content, passing);
      const check = await runCheck(content);
      expect(check.status, check.output).toBe(0);
      const build = runBuildCommand(content, {}, previousOutput());
      expectAgreement(check, build);
      expect(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toContain(
        '<!DOCTYPE html>',
      );
      expect(existsSync(path.join(build.outDir, 'stale.txt'))).toBe(false);
      for (const [name, slug] of oddNames) {
        expect(existsSync(path.join(build.outDir, 'explainers', slug, 'index.html')), name).toBe(
          true,
        );
      }
      const sitemap = readFileSync(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
      const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
      for (const [, slug] of oddNames) {
        expect(locations).toContain(`https://example.org/explainers/${encodeURIComponent(slug)}/`);
      }
      for (const location of locations) {
        expect(location).not.toContain('%25');
        const file = decodeURIComponent(new URL(location).pathname);
        expect(existsSync(path.join(build.outDir, file, 'index.html')), location).toBe(true);
      }

      // The catalogue's cases without errors build, and no page shows the editor's markup as text.
      const pages = readdirSync(path.join(build.outDir, 'explainers'), {
        withFileTypes: true,
      }).filter((entry) => entry.isDirectory() && entry.name.startsWith('case-'));
      // Drafts and scheduled explainers are left out; every other case has its page.
      const drafts = passing.filter((c) =>
        c.messages.some(([rule]) => rule === 'draft' || rule === 'scheduled'),
      );
      expect(pages).toHaveLength(passing.length - drafts.length);
      for (const page of pages) {
        const badCase = passing[Number(page.name.slice('case-'.length))]!;
        const html = readFileSync(
          path.join(build.outDir, 'explainers', page.name, 'index.html'),
          'utf8',
        );
        const tree = fromHtml(html);
        expect(select('article', tree), badCase.name).toBeDefined();
        const shown = badCase.markupAsText ? null : MARKUP.exec(explainerText(tree));
        expect(shown?.[0], badCase.name).toBeUndefined();
        badCase.page?.(html);
      }
    },
    BUILD_TIMEOUT,
  );
});

describe('check given a path that is no folder or file', () => {
  // The real bin: a command that waited on the pipe would hang its process.
  it('a named pipe is an unreadable file, at once (not waited on)', () => {
    const content = makeGoodFolder();
    const pipe = path.join(tempDir(), 'pipe.md');
    execFileSync('mkfifo', [pipe]);
    const result = runCli(['check', pipe, '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /pipe\.md:1:1 {2}error {2}Unexpected named pipe where a file should be, .* {2}unreadable-file/,
    );
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('a broken link is a path that is not there (exit 2, one line)', async () => {
    const link = path.join(tempDir(), 'gone.md');
    symlinkSync(path.join(path.dirname(link), 'nowhere.md'), link);
    const result = await runCommand(['check', link]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^Unexpected path `.*gone\.md`, expected/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });
});
