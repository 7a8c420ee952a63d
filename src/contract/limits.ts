/**
 * Every limit on what one explainer file may hold. Each is far beyond what any article needs,
 * and each keeps a cost bounded: without them, a file of a few kilobytes could stall a build for
 * minutes, exhaust its memory, or make an export grow with the square of the text. Crossing one
 * is an error at the place where the text crosses it, with the limit named (`nesting-depth` or
 * `limit-exceeded`), in `check` and in the build alike.
 */

/**
 * Files larger than this are refused. A long speech transcript is well under 1 MB; past about
 * 20 MB a build runs out of memory, and a single 5 MB line takes 1.4 GB.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * A run of `*` or `_` longer than this, outside fenced code, is refused: emphasis is resolved in
 * time that grows with the cube of the run (2,000 take 0.6 s, 10,000 over a minute).
 */
export const MAX_DELIMITER_RUN = 256;

/**
 * Lists and block quotations nested deeper than this are refused before parsing. No article
 * needs more than a handful of levels, and the parser's time grows faster than the square of
 * the depth (lists 500 deep take seconds, 1,000 deep half a minute), so a file nested like this
 * could stall a build; deeper still, rendering it overflows the stack.
 */
export const MAX_NESTING = 256;

/**
 * Brackets (`[`, as in links and `:quote[…]`) nested deeper than this are refused before
 * parsing: each nested explicit quotation repeats the text inside it in every export.
 */
export const MAX_BRACKET_NESTING = 32;

/**
 * A paragraph with more quotations than this is an error. A busy news paragraph has a handful;
 * the page, the notes view and the search records each do some work per quotation over its
 * paragraph, so thousands in one paragraph would cost minutes.
 */
export const MAX_QUOTATIONS_PER_PARAGRAPH = 250;

/**
 * A quotation inside more quotations than this (marks nested in marks) is an error: each level
 * repeats the words inside it in every export, so this bounds every export at
 * (MAX_QUOTATION_DEPTH + 1) times the text it describes, plus a fixed size per annotation.
 */
export const MAX_QUOTATION_DEPTH = 8;
