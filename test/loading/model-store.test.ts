/**
 * The model store in the build cache: a model is used again only when its file reads back as a
 * valid model. A file cut short, overwritten or of an older shape makes the loader process the
 * explainer again, and a page that meets one fails with the file's name.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasModel, readModel, writeModel } from '../../src/loading/model-store.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';

async function stored() {
  const dir = mkdtempSync(path.join(tmpdir(), 'explainer-models-'));
  const explainer = await makeExplainer('stored', 'A "quoted" line, said Ann Lee.\n');
  const { ref, written } = writeModel(dir, 'd1g3st', explainer);
  await written;
  return { dir, explainer, ref };
}

describe('the model store', () => {
  it('reads back a model it wrote', async () => {
    const { dir, explainer, ref } = await stored();
    expect(hasModel(dir, 'stored', 'd1g3st')).toBe(true);
    expect(readModel(ref)).toEqual(explainer);
    expect(hasModel(dir, 'stored', 'other')).toBe(false);
  });

  it('reads and checks a model file once: the copy hasModel checked is the one pages get', async () => {
    const { dir, explainer, ref } = await stored();
    expect(hasModel(dir, 'stored', 'd1g3st')).toBe(true);
    const checked = readModel(ref);
    expect(checked).toEqual(explainer);
    // Damaged after the check: the checked copy is used, not the file read again.
    writeFileSync(ref.modelFile, 'garbage');
    expect(hasModel(dir, 'stored', 'd1g3st')).toBe(true);
    expect(readModel(ref)).toBe(checked);
  });

  it('takes a file that still has the hash its entry recorded as written, with no second schema check', async () => {
    const { dir, explainer, ref } = await stored();
    expect(ref.sha256).toBe(
      createHash('sha256').update(readFileSync(ref.modelFile, 'utf8')).digest('hex'),
    );
    expect(hasModel(dir, 'stored', 'd1g3st', ref)).toBe(true);
    expect(readModel(ref)).toEqual(explainer);
    // What the hash vouches for is the file as the loader wrote it (after its schema check): a
    // file with the recorded hash is not checked again, even one the schema would refuse.
    const { dir: other, ref: second } = await stored();
    const text = JSON.stringify({ ...explainer, blocks: undefined });
    writeFileSync(second.modelFile, text);
    const vouched = { ...second, sha256: createHash('sha256').update(text).digest('hex') };
    expect(hasModel(other, 'stored', 'd1g3st', second)).toBe(false);
    expect(hasModel(other, 'stored', 'd1g3st', vouched)).toBe(true);
  });

  const damage: Array<[string, (text: string) => string]> = [
    ['cut short', (text) => text.slice(0, text.length / 2)],
    ['not JSON', () => 'garbage'],
    [
      'of an older shape (no blocks)',
      (text) => JSON.stringify({ ...JSON.parse(text), blocks: undefined }),
    ],
    [
      'with an annotation of an unknown kind',
      (text) => {
        const model = JSON.parse(text);
        model.annotations[0].kind = 'footnote';
        return JSON.stringify(model);
      },
    ],
  ];
  for (const [what, change] of damage) {
    it(`makes the loader process a model file ${what} again, and a page fail naming it`, async () => {
      const { dir, ref } = await stored();
      writeFileSync(ref.modelFile, change(readFileSync(ref.modelFile, 'utf8')));
      expect(hasModel(dir, 'stored', 'd1g3st', ref)).toBe(false);
      expect(hasModel(dir, 'stored', 'd1g3st')).toBe(false);
      expect(() => readModel(ref)).toThrow(
        new RegExp(`Cannot read the explainer model ${RegExp.escape(ref.modelFile)}`),
      );
    });
  }
});
