/**
 * The file-system side of the bad-input catalogue: whole content folders where a file is not a
 * file (a folder, a named pipe, a broken link), cannot be read, has a name no page address can
 * be made from, or holds a YAML alias bomb, and a folder without `explainers/`. Each folder
 * starts as a small good site (`makeGoodFolder`) and has the hostile parts added; `messages` is
 * everything `check` must say about it, paths relative to the content folder. The cases of
 * single files are in `cases.ts`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { RuleId, Severity } from '../../src/contract/messages.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { tempDir } from './run-cli.ts';

export type FolderMessage = [
  file: string,
  rule: RuleId,
  severity: Severity,
  line: number,
  column: number,
];

export interface HostileFolder {
  name: string;
  /** Add the hostile parts to a good content folder; returns anything learnt while doing so. */
  make(content: string): void;
  /** `check`'s exit code: 0 clean, 1 errors, 2 a folder it refuses. */
  exit: 0 | 1 | 2;
  /** Everything check reports (settled after `make`, since some depend on who runs the test). */
  messages: () => FolderMessage[];
  /** For exit 2: what check's one line says. */
  refusal?: RegExp;
}

/** A good explainer, with a claim, a quotation and a comment. */
export const goodExplainer = (title = 'Test') =>
  minimalFrontmatter.replace('title: Test', `title: ${JSON.stringify(title)}`) +
  '\nThe mayor said "the budget is balanced" on :claim[Monday]{#monday by="The mayor" rating=accurate}.\n\n:::comment{on=monday}\nIt was a Tuesday.\n:::\n';

/** A content folder with the test settings and one good explainer, `good.md`. */
export function makeGoodFolder(): string {
  const content = tempDir('explainers-hostile-');
  mkdirSync(path.join(content, 'explainers'));
  writeFileSync(path.join(content, 'site.yaml'), stringify(testSettings.site));
  writeFileSync(path.join(content, 'ratings.yaml'), stringify({ scale: testSettings.ratings }));
  writeFileSync(path.join(content, 'people.yaml'), stringify(testSettings.people));
  writeFileSync(path.join(content, 'explainers/good.md'), goodExplainer());
  return content;
}

/**
 * "Billion laughs": `levels` anchors, each a list of two aliases of the one before, so the last
 * one stands for 2^levels values. The first alias is on the second line, at column 10.
 */
export const aliasBomb = (levels = 30) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0 ? 'x0: &x0 [lol, lol]' : `x${i}: &x${i} [*x${i - 1}, *x${i - 1}]`,
  ).join('\n') + '\n';

/** Settings broken, good.md without a rating or a speaker id, so only the settings are wrong. */
function settingsOnly(content: string) {
  writeFileSync(explainer(content, 'good.md'), `${minimalFrontmatter}\nThe mayor said "yes".\n`);
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

/** True when this process can read the file (root reads a file whatever its mode). */
function readable(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

const explainer = (content: string, name: string) => path.join(content, 'explainers', name);
const error = (file: string, rule: RuleId, line = 1, column = 1): FolderMessage => [
  file,
  rule,
  'error',
  line,
  column,
];

const info = (file: string, rule: RuleId): FolderMessage => [file, rule, 'info', 1, 1];

let lockedReadable = false;

export const hostileFolders: HostileFolder[] = [
  {
    name: 'explainer files that are no files, cannot be read, or give no page address',
    make(content) {
      mkdirSync(explainer(content, 'folder.md'));
      writeFileSync(path.join(explainer(content, 'folder.md'), 'inside.md'), goodExplainer());
      mkfifo(explainer(content, 'pipe.md'));
      symlinkSync(path.join(content, 'nowhere.md'), explainer(content, 'gone.md'));
      writeFileSync(explainer(content, 'locked.md'), goodExplainer('Locked'));
      chmodSync(explainer(content, 'locked.md'), 0o000);
      // Root (as in CI) reads it anyway: then it is a good explainer, and says nothing.
      lockedReadable = readable(explainer(content, 'locked.md'));
      writeFileSync(explainer(content, '😀.md'), goodExplainer('Smile'));
      writeFileSync(explainer(content, '..md'), goodExplainer('Dots'));
      // An editor's lock file (Emacs: a link to nowhere) is no explainer, and says nothing.
      symlinkSync('root@host.1234:1700000000', explainer(content, '.#good.md'));
      writeFileSync(
        explainer(content, 'bomb.md'),
        `---\n${aliasBomb()}${minimalFrontmatter.slice(4)}\nText.\n`,
      );
    },
    exit: 1,
    messages: () => [
      error('explainers/folder.md', 'unreadable-file'),
      error('explainers/pipe.md', 'unreadable-file'),
      error('explainers/gone.md', 'unreadable-file'),
      ...(lockedReadable ? [] : [error('explainers/locked.md', 'unreadable-file')]),
      error('explainers/😀.md', 'invalid-file-name'),
      error('explainers/..md', 'invalid-file-name'),
      error('explainers/bomb.md', 'frontmatter-yaml', 3, 10),
    ],
  },
  {
    name: 'settings files that are a folder, a named pipe and an alias bomb',
    make(content) {
      settingsOnly(content);
      rmSync(path.join(content, 'site.yaml'));
      mkdirSync(path.join(content, 'site.yaml'));
      rmSync(path.join(content, 'people.yaml'));
      mkfifo(path.join(content, 'people.yaml'));
      writeFileSync(path.join(content, 'ratings.yaml'), `scale: []\n${aliasBomb()}`);
    },
    exit: 1,
    messages: () => [
      error('site.yaml', 'unreadable-file'),
      error('ratings.yaml', 'settings-schema', 3, 10),
      error('people.yaml', 'unreadable-file'),
    ],
  },
  {
    name: 'site.yaml a broken link, and an alias bomb in people.yaml',
    make(content) {
      settingsOnly(content);
      rmSync(path.join(content, 'site.yaml'));
      symlinkSync(path.join(content, 'nowhere.yaml'), path.join(content, 'site.yaml'));
      writeFileSync(path.join(content, 'people.yaml'), aliasBomb(40));
    },
    exit: 1,
    messages: () => [
      error('site.yaml', 'unreadable-file'),
      error('people.yaml', 'settings-schema', 2, 10),
    ],
  },
  {
    name: 'lone surrogates escaped in YAML (a title, a name in people.yaml) build',
    make(content) {
      // Both files get the escape \ud83c / \udc00 in a double-quoted YAML string.
      writeFileSync(
        explainer(content, 'good.md'),
        `${goodExplainer('Half a flag \ud83c')}\n:quote["fine"]{by=half}\n`,
      );
      writeFileSync(
        path.join(content, 'people.yaml'),
        stringify([...testSettings.people, { id: 'half', name: 'Half \udc00 Name' }]),
      );
    },
    exit: 0,
    messages: () => [],
  },
  {
    name: 'stand-off notes that match no passage or two, a folder as notes, notes without their explainer',
    make(content) {
      writeFileSync(
        explainer(content, 'said.md'),
        `${minimalFrontmatter}\nThe mayor said yes.\n\nThe mayor said no.\n`,
      );
      writeFileSync(
        explainer(content, 'said.notes.md'),
        '::quote[The mayor said]{by="The mayor"}\n\n::claim[the mayor sad yes]{rating=false}\n',
      );
      writeFileSync(explainer(content, 'gone.notes.md'), '::claim[yes]{rating=false}\n');
      mkdirSync(explainer(content, 'good.notes.md'));
    },
    exit: 1,
    messages: () => [
      error('explainers/said.notes.md', 'note-anchor', 1, 1),
      error('explainers/said.notes.md', 'note-anchor', 3, 1),
      error('explainers/gone.notes.md', 'notes-orphan'),
      error('explainers/good.notes.md', 'unreadable-file'),
    ],
  },
  {
    name: 'links to explainers that are not there, a draft and a scheduled one, and to an id that is not there',
    make(content) {
      const dated = (published: string, draft = false) =>
        minimalFrontmatter.replace(
          'published: 2026-01-01',
          `published: ${published}${draft ? '\ndraft: true' : ''}`,
        ) + '\nText.\n';
      writeFileSync(explainer(content, 'unfinished.md'), dated('2026-01-01', true));
      writeFileSync(explainer(content, 'later.md'), dated('2999-01-01'));
      // Not `good.md`, which another case, built with this one, gives notes that cannot be read.
      writeFileSync(explainer(content, 'target.md'), goodExplainer('Target'));
      writeFileSync(
        explainer(content, 'linking.md'),
        `${minimalFrontmatter}\nSee [this](target.md#monday), [that](targt.md#x), [a draft](unfinished.md), [one to come](later.md) and [a day](target.md#mondy).\n`,
      );
    },
    exit: 1,
    messages: () => [
      error('explainers/linking.md', 'link-target', 9, 31),
      error('explainers/linking.md', 'link-target', 9, 51),
      error('explainers/linking.md', 'link-target', 9, 77),
      ['explainers/linking.md', 'link-target', 'warning', 9, 105],
      info('explainers/unfinished.md', 'draft'),
      info('explainers/later.md', 'scheduled'),
    ],
  },
  {
    name: 'no explainers/ folder',
    make(content) {
      rmSync(path.join(content, 'explainers'), { recursive: true });
    },
    exit: 2,
    messages: () => [],
    refusal: /^Unexpected content folder `.*` without an `explainers\/` folder/,
  },
];

/**
 * File names that are odd but give a page address, and a linked file: the site builds, and
 * each page is at the slug of its name. `[file name, slug]`.
 */
export const oddNames: Array<[string, string]> = [
  ['Émile Zola à Paris.md', 'émile-zola-à-paris'],
  ['日本語の記事.md', '日本語の記事'],
  ['हिन्दी लेख.md', 'हिन्दी-लेख'],
  ['x y#z?&.md', 'x-y-z'],
  ['100%25 sure.md', '100-25-sure'],
  ['.hidden.md', 'hidden'],
  ['linked.md', 'linked'],
];

export function makeOddNamesFolder(): string {
  const content = makeGoodFolder();
  const outside = tempDir('explainers-outside-');
  for (const [name] of oddNames) {
    const text = goodExplainer(`Odd: ${name}`);
    if (name !== 'linked.md') writeFileSync(explainer(content, name), text);
    else {
      writeFileSync(path.join(outside, 'target.md'), text);
      symlinkSync(path.join(outside, 'target.md'), explainer(content, name));
    }
  }
  return content;
}
