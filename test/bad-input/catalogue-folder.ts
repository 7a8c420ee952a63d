/**
 * The bad-input catalogue (`cases.ts`) as explainer files in a content folder, read from disk as
 * the build reads it: each case is `case-NN.md` (and `case-NN.notes.md` for its notes).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cases, type BadCase } from './cases.ts';

/** The cases that are files (not those only the pipeline's functions can be given). */
export const included = cases.filter((c) => !c.unitOnly);
export const fileName = (index: number) => `case-${String(index).padStart(2, '0')}.md`;
export const notesName = (index: number) => fileName(index).replace(/\.md$/, '.notes.md');
/** Every message a case gives, with the file it is in. */
export const allMessages = (badCase: BadCase, index: number) => [
  ...badCase.messages.map((m) => [fileName(index), ...m] as const),
  ...(badCase.notes?.messages ?? []).map((m) => [notesName(index), ...m] as const),
];

/** The included cases without an error: a site of them builds. */
export const passing = included.filter(
  (c, index) => !allMessages(c, index).some(([, , severity]) => severity === 'error'),
);

/** Write `of` into the `explainers/` folder of `content`, each as its own file. */
export function writeCases(content: string, of: readonly BadCase[]): void {
  of.forEach((badCase, index) => {
    writeFileSync(path.join(content, 'explainers', fileName(index)), badCase.input());
    if (badCase.notes)
      writeFileSync(path.join(content, 'explainers', notesName(index)), badCase.notes.text);
  });
}
