/**
 * `explainer reanchor`: after the article is replaced by a newer version, each stand-off note
 * anchors, moved (its closest words found once: shown old and new, written with --write) or broke
 * (nothing close, or several equally close: never rewritten), and the exit code says whether any
 * broke.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFrontmatter } from '../helpers/settings.ts';
import { minimalContent, runCli, runCommand } from '../bad-input/run-cli.ts';

const before = `
The council said the lane cut collisions by 40 per cent in its first year.

Residents said the lane was "a danger to cyclists" and asked for a review.

The mayor said the budget was met.
`;

const after = `
The council said the lane cut collisions by 45 per cent in its first year.

Residents said the new lane was "a danger to all cyclists" and asked for a review.

The mayor said the budget was nearly met.

The treasurer said the budget was nearly met.
`;

const notes = [
  '::claim[cut collisions by 40 per cent]{#cut by="The council" rating=misleading}',
  '',
  '::quote["a danger to cyclists"]{by="Residents"}',
  '',
  ':::comment{on=cut}',
  'The figure counts only the first six months.',
  ':::',
  '',
  '::claim[the budget was met]{by="The mayor" rating=accurate}',
  '',
  '::claim[asked for a review of the new junction]{rating=accurate}',
  '',
].join('\n');

/** A content folder with the explainer `lane` (its article as given) and the notes above. */
function folder(article: string, notesText = notes) {
  return minimalContent({
    'explainers/lane.md': minimalFrontmatter + article,
    'explainers/lane.notes.md': notesText,
  });
}

const notesOf = (content: string) =>
  readFileSync(path.join(content, 'explainers/lane.notes.md'), 'utf8');

describe('explainer reanchor', () => {
  // The real bin once (its exit code, what it prints on a pipe); the other tests run the
  // commands in this process (`runCommand`), by the same code.
  it('says every note anchors when the article is unchanged (exit 0)', () => {
    const content = folder(before, notes.split('\n').slice(0, 10).join('\n'));
    const result = runCli(['reanchor', 'lane', '--content', content]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /lane\.notes\.md:1:1 {2}anchors {2}claim “cut collisions by 40 per cent” \(lane\.md:9\)/,
    );
    expect(result.stdout).toMatch(/3 notes with words: 3 anchor, 0 moved, 0 broke/);
    expect(result.status).toBe(0);
  });

  it('reports moved notes with old and new words, and notes that broke (exit 1)', async () => {
    const content = folder(after);
    const result = await runCommand(['reanchor', 'lane', '--content', content]);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /lane\.notes\.md:1:1 {2}moved {4}claim “cut collisions by 40 per cent” → “cut collisions by 45 per cent” \(lane\.md:9, 1 character differs\)/,
    );
    expect(lines[1]).toMatch(
      /lane\.notes\.md:3:1 {2}moved {4}quote “"a danger to cyclists"” → “"a danger to all cyclists"”/,
    );
    // Two passages now differ from its words by as much: which one is meant cannot be told.
    expect(lines[2]).toMatch(
      /lane\.notes\.md:9:1 {2}broke {4}claim “the budget was met”: .*2 passages are equally close .*lines 13, 15.*ambiguous/,
    );
    expect(lines[3]).toMatch(
      /lane\.notes\.md:11:1 {2}broke {4}claim “asked for a review of the new junction”: no passage is close/,
    );
    expect(result.stdout).toMatch(/4 notes with words: 0 anchor, 2 moved, 2 broke/);
    expect(result.stdout).toMatch(/Run again with --write/);
    expect(notesOf(content)).toBe(notes);
    expect(result.status).toBe(1);
  });

  it('--write changes only the moved selectors, keeping the rest of the file as it was', async () => {
    const content = folder(after);
    const result = await runCommand([
      'reanchor',
      path.join(content, 'explainers/lane.md'),
      '--write',
      '--content',
      content,
    ]);
    expect(result.status).toBe(1); // two notes broke
    expect(result.stdout).toMatch(/Wrote the new selectors of 2 notes/);
    const written = notesOf(content).split('\n');
    const old = notes.split('\n');
    expect(written[0]).toBe(
      '::claim[cut collisions by 45 per cent]{#cut by="The council" rating=misleading}',
    );
    expect(written[2]).toBe('::quote["a danger to all cyclists"]{by="Residents"}');
    // Everything else, broken notes included, byte for byte.
    expect(written.filter((_, i) => i !== 0 && i !== 2)).toEqual(
      old.filter((_, i) => i !== 0 && i !== 2),
    );
    const again = await runCommand(['reanchor', 'lane', '--content', content]);
    expect(again.stdout).toMatch(/4 notes with words: 2 anchor, 0 moved, 2 broke/);
  });

  it('a moved note whose new words occur twice is told apart by its prefix, and gets the context it needs', async () => {
    const content = folder(
      '\nThe mayor said the budget was met.\n\nThe treasurer said the budget was not met.\n',
      '::claim[the budget was not met]{rating=accurate prefix="treasurer said "}\n',
    );
    writeFileSync(
      path.join(content, 'explainers/lane.md'),
      `${minimalFrontmatter}\nThe mayor said the budget was met.\n\nThe treasurer said the budget was met.\n`,
    );
    const result = await runCommand(['reanchor', 'lane', '--write', '--content', content]);
    expect(result.stdout).toMatch(
      /moved {4}claim “the budget was not met” → “the budget was met” with prefix “[^”]*treasurer said ”/,
    );
    expect(result.status).toBe(0);
    expect(notesOf(content)).toMatch(
      /^::claim\[the budget was met\]\{rating=accurate prefix="[^"]*treasurer said "[^}]*\}\n$/,
    );
    const check = await runCommand(['check', content]);
    expect(check.stdout).toMatch(/No problems/);
    expect(check.status).toBe(0);
  });

  it('an explainer without notes, or an unknown slug, is a usage error (exit 2)', async () => {
    const content = minimalContent({ 'explainers/plain.md': minimalFrontmatter + before });
    expect((await runCommand(['reanchor', 'plain', '--content', content])).status).toBe(2);
    const unknown = await runCommand(['reanchor', 'nothing', '--content', content]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unexpected slug `nothing`/);
  });
});

describe('explainer check and a notes file', () => {
  it('checks the explainer of a notes file given as a path, and refuses a notes file without one', async () => {
    const content = folder(after);
    const result = await runCommand([
      'check',
      path.join(content, 'explainers/lane.notes.md'),
      '--content',
      content,
    ]);
    expect(result.stdout).toMatch(
      /lane\.notes\.md:9:1 {2}error {2}Unexpected claim note “the budget was met” that matches no passage .*note-anchor/,
    );
    expect(result.stdout).toMatch(
      /hint: The closest passage \(one of 2 as close\) is “the budget was nearly” at lane\.md:13:16/,
    );
    // The comment on the claim that broke adds no second error.
    expect(result.stdout).not.toMatch(/comment-target/);
    expect(result.status).toBe(1);
    const orphan = path.join(content, 'explainers/gone.notes.md');
    writeFileSync(orphan, '::claim[the lane]{rating=accurate}\n');
    const alone = await runCommand(['check', orphan, '--content', content]);
    expect(alone.stdout).toMatch(
      /gone\.notes\.md:1:1 {2}error {2}Unexpected notes file `gone\.notes\.md` without its explainer.* {2}notes-orphan/,
    );
    expect(alone.status).toBe(1);
  });
});
