/**
 * Problems found in content are reported through the vfile, never thrown: each message has a
 * place, a stable kebab-case rule id and a hint (`note`) that says how to fix it. Errors are
 * messages with `fatal: true`; the build and `check` fail when a file has one.
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
  'unknown-rating',
  'missing-rating',
  'unknown-attribute',
  'unknown-speaker',
  'comment-target',
  'comment-empty',
  'comment-placement',
  'comment-nested',
  'unknown-directive',
  'unmatched-quote',
  'draft',
  'encoding',
  'directive-unclosed',
  'nesting-depth',
  'limit-exceeded',
  'internal-error',
  'unsafe-url',
  'raw-html',
  'unreadable-file',
  'invalid-file-name',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export const isRuleId = guardFor(RULE_IDS);

export const MESSAGE_SOURCE = 'explainer';

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

/** Record a problem on the file. Errors are recorded too (not thrown) so every one is listed. */
export function report(
  file: VFile,
  { reason, ruleId, place, severity = 'warning', hint }: Report,
): VFileMessage {
  const position = place && 'type' in place ? place.position : place;
  const message = file.message(reason, {
    place: position ?? undefined,
    ruleId,
    source: MESSAGE_SOURCE,
  });
  message.fatal = severity === 'error' ? true : severity === 'info' ? undefined : false;
  if (hint) message.note = hint;
  return message;
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
