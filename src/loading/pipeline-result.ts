/**
 * A pipeline result as plain data, to cross from a worker thread (`pipeline-pool.ts`), and back:
 * the model, and the file's messages with everything `formatMessage` and `check --json` read.
 */
import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { Processed } from '../markdown/pipeline.ts';
import type { Explainer } from '../contract/explainer.ts';

interface PlainMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  note?: string;
  url?: string;
}

export interface PlainResult {
  path: string;
  value: string;
  messages: PlainMessage[];
  explainer?: Explainer;
  /** The stand-off notes file's, when the explainer has one. */
  notes?: PlainResult;
}

export function plainResult({ file, explainer, notes }: Processed): PlainResult {
  return {
    ...(notes ? { notes: plainResult({ file: notes }) } : {}),
    path: file.path,
    value: String(file.value),
    messages: file.messages.map(({ reason, place, ruleId, source, fatal, note, url }) => ({
      reason,
      ...(place ? { place } : {}),
      ...(ruleId ? { ruleId } : {}),
      ...(source ? { source } : {}),
      fatal,
      ...(note ? { note } : {}),
      ...(url ? { url } : {}),
    })),
    ...(explainer ? { explainer } : {}),
  };
}

export function fromPlainResult(plain: PlainResult): Processed {
  const file = new VFile({ path: plain.path, value: plain.value });
  for (const { reason, place, ruleId, source, fatal, note, url } of plain.messages) {
    const message = file.message(reason, {
      ...(place ? { place } : {}),
      ...(ruleId ? { ruleId } : {}),
      ...(source ? { source } : {}),
    });
    message.fatal = fatal;
    if (note) message.note = note;
    if (url) message.url = url;
  }
  return {
    file,
    ...(plain.explainer ? { explainer: plain.explainer } : {}),
    ...(plain.notes ? { notes: fromPlainResult(plain.notes).file } : {}),
  };
}
