/**
 * Span ↔ note highlighting without JavaScript: one CSS rule per noted span, so that pointing at
 * (or focusing) a marked span lights up its note, and pointing at a note lights up its span.
 * Nothing depends on it; a browser without `:has()` shows the page as before.
 */
import type { Row } from '../indexes/rows.ts';
import { noteIdFor } from '../markdown/render-html.ts';

/** Ids are made of letters, digits and hyphens; anything else is left without a rule. */
const SAFE_ID = /^[\p{L}\p{N}_-]+$/u;

export function highlightCss(rows: readonly Row[]): string {
  const rules: string[] = [];
  for (const row of rows) {
    for (const note of row.notes) {
      const a = note.annotation;
      if (a.kind === 'comment' || !SAFE_ID.test(a.id)) continue;
      const span = `[id="${a.id}"]`;
      const noteSel = `[id="${noteIdFor(a.id)}"]`;
      rules.push(
        `.row:has(${span}:hover,${span}+.note-link:focus-visible,${noteSel}:hover,${noteSel}:focus-within) :is(${span},${noteSel})`,
      );
    }
  }
  return rules.length > 0 ? `${rules.join(',\n')}{--linked:var(--focus)}` : '';
}
