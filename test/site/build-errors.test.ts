/**
 * A bad field in site settings stops the build before any content is read: the site settings'
 * loader, run in this process as the build runs it (`loadSettingsAsBuild`; real builds that fail
 * on settings are in `test/bad-input/hostile.test.ts`).
 *
 * Content errors failing the real build, each with its file, line, column, rule id and message,
 * every one listed (the loader lists them all before it stops), no stack trace, and the previous
 * output left alone, are shown by `hostile.test.ts`'s failing build: it carries every case of the
 * bad-input catalogue with an error (among them a word for a date, a rating off the scale, a
 * claim id used twice and a comment `on=` a span that is not there, which this file once built
 * apart in a copy of the sample content) and checks that the build names each error exactly as
 * `explainer check` does, at the place the catalogue expects.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettingsAsBuild } from '../bad-input/agreement.ts';
import { projectRoot } from '../helpers/paths.ts';

describe('a build with bad settings', () => {
  it('fails on a bad field in site settings, naming the file', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'explainers-content-'));
    cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const site = path.join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace(/^baseUrl: .*$/m, 'baseUrl: not a url'));
    const result = await loadSettingsAsBuild(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/site\.yaml:\d+:\d+ {2}error .*`baseUrl`/);
    expect(existsSync(content)).toBe(true);
  });
});
