/**
 * Problems found in content are reported through the vfile, never thrown: each message has a
 * place, a stable kebab-case rule id, the module that found it as its `source`, a `url` to the
 * rule's section in the README, and a hint (`note`) that says how to fix it. Errors are messages
 * with `fatal: true`; the build and `check` fail when a file has one. Code that needs a message's
 * severity reads it from `fatal` ({@link severityOf}), never from the formatted text.
 */
import { guardFor } from './vocabulary.ts';
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Every rule our pipeline reports under. */
export const RULE_IDS = [
  'frontmatter-yaml',
  'frontmatter-schema',
  'settings-schema',
  'duplicate-id',
  'invalid-id',
  'reserved-id',
  'unknown-rating',
  'missing-rating',
  'missing-claimant',
  'unknown-attribute',
  'unknown-speaker',
  'comment-target',
  'comment-empty',
  'comment-placement',
  'comment-nested',
  'unknown-directive',
  'bidi-control',
  'unmatched-quote',
  'speaker-uncertain',
  'draft',
  'scheduled',
  'remote-image',
  'encoding',
  'directive-unclosed',
  'nesting-depth',
  'limit-exceeded',
  'internal-error',
  'unsafe-url',
  'raw-html',
  'heading-level',
  'directive-syntax',
  'missing-definition',
  'duplicate-definition',
  'smart-quotes',
  'slug-collision',
  'not-markdown',
  'placeholder',
  'missing-text',
  'unsafe-name',
  'quote-empty',
  'claim-empty',
  'unreadable-file',
  'invalid-file-name',
  'note-anchor',
  'notes-syntax',
  'notes-orphan',
  'source-changed',
  'correction-date',
  'correction-target',
  'missing-translation',
  'link-target',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export const isRuleId = guardFor(RULE_IDS);

/**
 * What reports messages: each remark plugin, and the modules around the pipeline, by file name
 * (`src/markdown/remark-claims.ts` reports as `remark-claims`). A message's `source`.
 */
export const MESSAGE_SOURCES = [
  'remark-frontmatter-schema',
  'remark-language',
  'remark-directive-syntax',
  'remark-stand-off-notes',
  'remark-comments',
  'remark-claims',
  'remark-quote-directive',
  'remark-restore-directives',
  'remark-markup-leak',
  'remark-unsafe-content',
  'remark-heading-levels',
  'remark-bidi-controls',
  'remark-placeholders',
  'remark-quotes',
  'remark-model',
  'remark-provenance',
  'remark-corrections',
  'pipeline',
  'explainer-files',
  'explainer-links',
  'load-settings',
  'page-failures',
] as const;
export type MessageSource = (typeof MESSAGE_SOURCES)[number];

/**
 * Where each rule is documented: its row in the README's rules table, as a link relative to the
 * project's root folder (`README.md#rule-unknown-rating`). A message's `url`.
 */
export const ruleUrl = (ruleId: RuleId) => `README.md#rule-${ruleId}`;

export type Severity = 'error' | 'warning' | 'info';

export interface Report {
  /** "Unexpected X, expected Y" — no "Error:" prefix, no position in the text. */
  reason: string;
  ruleId: RuleId;
  /** A node or a position; omitted only for whole-file problems. */
  place?: Node | Position | Point;
  severity?: Severity;
  /** How to fix it. */
  hint?: string;
}

/**
 * Record a problem on the file. Errors are recorded too (not thrown) so every one is listed. A
 * plugin makes one with {@link reporter} and hands it to the helpers it calls, so every message
 * names the plugin it came from.
 */
export type Reporter = (file: VFile, report: Report) => VFileMessage;

/** The {@link Reporter} of one source. */
export function reporter(source: MessageSource): Reporter {
  return (file, { reason, ruleId, place, severity = 'warning', hint }) => {
    const position = place && 'type' in place ? place.position : place;
    // A message is an Error, whose constructor records the stack that vfile then empties: not
    // recording it saves most of the cost of a message.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let message: VFileMessage;
    try {
      message = file.message(reason, { place: position ?? undefined, ruleId, source });
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    message.fatal = severity === 'error' ? true : severity === 'info' ? undefined : false;
    message.url = ruleUrl(ruleId);
    if (hint) message.note = hint;
    return message;
  };
}

/** The severity of a message, as vfile encodes it in `fatal`. */
export function severityOf(message: Pick<VFileMessage, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** True when the file has at least one error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/** One message as `file:line:column  severity  reason  rule-id`, with its hint on the next line. */
export function formatMessage(message: VFileMessage, filePath = message.file): string {
  const place = message.place && 'start' in message.place ? message.place.start : message.place;
  const where = `${filePath}:${place?.line ?? 1}:${place?.column ?? 1}`;
  const rule = message.ruleId ?? 'unknown';
  const hint = message.note ? `\n    hint: ${message.note}` : '';
  return `${where}  ${severityOf(message)}  ${message.reason}  ${rule}${hint}`;
}
