/**
 * The lines at the head of an article that are not its text: a credit line, a byline, a
 * dateline. Shared by the plain-text and the HTML/Markdown readers of `explainer import`.
 */
import { isCalendarDate } from '../contract/frontmatter.ts';

/** An image credit line: `© …`, `(c) …`, `Photo: …`. */
export const CREDIT = /^(?:©|\(c\)\s|copyright\b|photo:|image:|picture:|credit:|foto:)/i;

/** A line that is an image's credit: short, and starting as one does (`CREDIT`). */
export const isCreditLine = (line: string) => line.length <= 120 && CREDIT.test(line);

/** `By Joanne Pell`, `By Joanne Pell and Ravi Anand, transport correspondents`. */
export const BYLINE =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:and|und|et|y|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*)\s*(?:[,|–—-].*)?$/u;

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A line that is only a date, with perhaps `Published`/`Updated` and a time around it. */
const DATELINE =
  /^(?:(?:published|updated|posted|first published)(?: on)?:?\s+)?(?:\p{L}+day,?\s+)?([\d\p{L}\s,./-]{6,30}?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$/iu;

/** YYYY-MM-DD for `2026-10-14`, `14 October 2026`, `October 14, 2026`, `14 Oct. 2026`. */
export function parseDateLine(line: string): string | undefined {
  const match = DATELINE.exec(line.trim());
  if (!match) return undefined;
  const text = match[1]!.trim().toLowerCase();
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (name: string) => MONTHS.findIndex((m) => name.startsWith(m)) + 1;
  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  const monthFirst = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst && month(dayFirst[2]!))
    parts = [Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1])];
  else if (monthFirst && month(monthFirst[1]!))
    parts = [Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2])];
  if (!parts) return undefined;
  const date = `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`;
  return isCalendarDate(date) ? date : undefined;
}

/** A line that reads like a dateline, whether or not it can be read as a date. */
export const looksLikeDateLine = (line: string) =>
  line.length <= 60 &&
  /\b\d{4}\b/.test(line) &&
  (/\b(?:published|updated|posted)\b/i.test(line) ||
    new RegExp(`\\b(?:${MONTHS.join('|')})[a-z]*\\b`, 'i').test(line) ||
    /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(line.trim()));
