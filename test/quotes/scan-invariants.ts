/** Invariants every quotation scan must keep, for the detector's tests. */
import { expect } from 'vitest';
import type { QuoteScan } from '../../src/quotes/marks/index.ts';

/** What a caller puts in the text for opaque inline content (code, an image). */
export const OBJECT = '\uFFFC';

export function invariantProblems(text: string, scan: QuoteScan): string[] {
  const problems: string[] = [];
  const fail = (what: string, value: unknown) => problems.push(`${what}: ${JSON.stringify(value)}`);
  let previous = -1;
  const enclosing: { end: number }[] = [];
  for (const q of scan.quotes) {
    if (q.start < previous) fail('quotes not sorted by start', q);
    previous = q.start;
    if (q.start < 0 || q.end <= q.start || q.end > text.length) fail('span out of range', q);
    // An implied opening mark ('') is in an earlier paragraph.
    if (q.open !== '' && !text.startsWith(q.open, q.start))
      fail('open is not the mark at start', q);
    if (q.close === '' ? q.end !== text.length : !text.startsWith(q.close, q.end - q.close.length))
      fail('close/end disagree', q);
    while (enclosing.length > 0 && enclosing[enclosing.length - 1]!.end <= q.start) enclosing.pop();
    if (enclosing.length > 0 && q.end > enclosing[enclosing.length - 1]!.end)
      fail('quotations overlap', q);
    if (q.depth !== enclosing.length) fail(`depth is not ${enclosing.length}`, q);
    enclosing.push(q);
  }
  const quotes = new Set(scan.quotes);
  const openMarks = new Set(
    scan.unmatched.filter((m) => m.kind === 'open').map((m) => `${m.offset}${m.mark}`),
  );
  for (const q of scan.openAtEnd) {
    if (!quotes.has(q) || q.close !== '') fail('openAtEnd entry is not an unclosed quotation', q);
    if (q.open !== '' && !openMarks.has(`${q.start}${q.open}`))
      fail('openAtEnd entry not reported unmatched', q);
  }
  if (scan.openAtEnd.length !== scan.quotes.filter((q) => q.close === '').length)
    fail('unclosed quotations missing from openAtEnd', scan.openAtEnd);
  let last = -1;
  for (const mark of scan.unmatched) {
    if (mark.offset < last) fail('unmatched not sorted', mark);
    last = mark.offset;
    if (text[mark.offset] !== mark.mark) fail('unmatched mark is not at its offset', mark);
  }
  return problems;
}

export function checkInvariants(text: string, scan: QuoteScan): void {
  expect(invariantProblems(text, scan), text.slice(0, 60)).toEqual([]);
}
