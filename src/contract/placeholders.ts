/**
 * The placeholders `explainer new` and `explainer import` write where the editor has yet to fill
 * something in. A published explainer that still holds one fails the build
 * (`src/markdown/remark-placeholders.ts`); a draft may hold them.
 */

/** Marks a value or a note in the frontmatter that needs the editor: `TODO: …`. */
export const TODO = /\bTODO\b/;

/** The publisher `import` writes when it was not given one. */
export const UNKNOWN_PUBLISHER = 'Unknown publisher';

/** The body of a new explainer: paragraphs that stand for the text still to be pasted. */
export const BODY_PLACEHOLDERS = [
  'Paste the source text here, exactly as it was published, one paragraph after another.',
  'Your analysis of the paragraph above goes here',
] as const;
