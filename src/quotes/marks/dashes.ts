/**
 * Dialogue dashes: in Spanish, French and German news and fiction a paragraph that opens with a
 * dash (— or –) is a turn of speech, and the narrator's words inside it are set off as an incise,
 * between dashes (`—Abriremos una sala —dijo Marta—. Será pronto.`, `– Wir bauen neu – sagte er –
 * und zwar bald.`, `— Nous construirons — a-t-il dit — dès demain.`) or after a comma before a
 * verb of saying (`— Nous construirons, a déclaré la maire.`). Each stretch of speech is one
 * quotation; the incise is left out, so the attribution reads its verb as the cue.
 */
import type { QuoteSpan } from './scan.ts';

/** The languages whose texts use dialogue dashes. */
const DASH_LANGUAGES = new Set(['es', 'fr', 'de']);
const DASHES = new Set(['—', '–', '―']);
const SPACE = /\s/u;

/** Does a text in this language read a leading dash as a turn of speech? */
export const readsDialogueDashes = (lang: string | undefined) =>
  DASH_LANGUAGES.has((lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '');

/** Index of the first non-space at or after `i`. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i += 1;
  return i;
}

/** The end of a stretch of speech ending before `i`, spaces (and a comma, for `comma`) left out. */
function trimEnd(text: string, i: number, comma: boolean): number {
  while (i > 0 && SPACE.test(text[i - 1]!)) i -= 1;
  if (comma && text[i - 1] === ',') i -= 1;
  return i;
}

/** Is `word` (lower case, a clitic "-il" or a reflexive "s'" left out) a verb of saying? */
function cueWord(word: string, isVerb: (word: string) => boolean): boolean {
  const lower = word.toLowerCase().replace(/^s['’]/u, '');
  return isVerb(lower) || isVerb(lower.split('-')[0]!);
}

/**
 * Where an incise starts at or after `from`: an inner dash with a space or punctuation before it
 * and a lower-case word after it (`—dijo`, `– sagte`), or, after a sentence of speech, one
 * before a capitalised sentence that a dash closes (`. —Le cogió la maleta—.`), or a comma
 * followed, within two words and before any other mark, by a verb of saying (`, a déclaré`,
 * `, dit-il`), or a question or exclamation mark followed by one (`? demanda-t-elle`,
 * `! s'écria-t-il`). `comma` says which kind of ending it has.
 */
function inciseAt(
  text: string,
  from: number,
  isVerb: (word: string) => boolean,
): { at: number; comma: boolean } | undefined {
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]!;
    if (DASHES.has(char)) {
      const before = text[i - 1] ?? ' ';
      const next = skipSpaces(text, i + 1);
      if (
        (SPACE.test(before) || /\p{P}/u.test(before)) &&
        /^\p{Ll}/u.test(text.slice(next, next + 1))
      )
        return { at: i, comma: false };
      // `—Siempre hay obras. —Le cogió la maleta—. ¿Has comido?`: after a sentence of speech, a
      // narrator's sentence opens with a capital between two dashes, the closing one written
      // against its last word (not `— Tu viens ? — Oui. — Alors…`, a new turn each).
      let close = next;
      while (close < text.length && !DASHES.has(text[close]!)) close += 1;
      if (
        SPACE.test(before) &&
        /[.!?…]/u.test(text[trimEnd(text, i, false) - 1] ?? '') &&
        /^\p{Lu}/u.test(text.slice(next, next + 1)) &&
        close < text.length &&
        /[\p{L}\p{N}]/u.test(text[close - 1]!)
      )
        return { at: i, comma: false };
    } else if (char === ',') {
      // (Only words before the next mark: in `—Sí, mamá —respondió la muchacha—.` and `— Oui,
      // maman, répondit Paul.` "mamá" and "maman" are still speech.)
      const words = text
        .slice(i + 1)
        .split(/[—–―.,;:!?]/u, 1)[0]!
        .trimStart()
        .split(/\s+/u, 2);
      if (words.some((w) => w && cueWord(w, isVerb))) return { at: i, comma: true };
    } else if (char === '?' || char === '!') {
      // "— Alors, tu lui as dit ? demanda-t-elle.": a question or exclamation ends the speech
      // when a lower-case verb of saying follows it (read as a comma's incise: to the sentence's end).
      const next = skipSpaces(text, i + 1);
      const word = /^[\p{Ll}][\p{L}'’-]*/u.exec(text.slice(next))?.[0];
      if (next > i + 1 && word && cueWord(word, isVerb)) return { at: i + 1, comma: true };
    }
  }
  return undefined;
}

/**
 * Where the incise that starts at `at` ends: after its closing dash (`—dijo Marta—.`), else at the
 * end of its sentence for a comma incise, else at the end of the paragraph. Speech resumes at the
 * next letter, mark or opening punctuation (¿ ¡).
 */
function resumeAfter(text: string, at: number, comma: boolean): number {
  let end = text.length;
  for (let i = at + 1; i < text.length; i += 1) {
    if (DASHES.has(text[i]!)) {
      end = i + 1;
      break;
    }
    if (comma && /[.!?…]/u.test(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  // The punctuation that ends the incise's sentence (`—dijo Marta—.`) is the narrator's.
  let i = end;
  while (i < text.length && (SPACE.test(text[i]!) || /[.,;:]/u.test(text[i]!))) i += 1;
  return i;
}

/**
 * The stretches of speech of a paragraph that opens with a dialogue dash, as quotations (depth
 * 0, `open` the dash for the first, '' for the others, `close` ''); none when it does not open
 * with one. `isVerb` tells a verb of saying (lower case), for a comma incise.
 */
export function dialogueTurn(text: string, isVerb: (word: string) => boolean): QuoteSpan[] {
  const start = skipSpaces(text, 0);
  const dash = text[start];
  if (dash === undefined || !DASHES.has(dash)) return [];
  const first = skipSpaces(text, start + 1);
  // A dash before a digit or nothing at all ("– 5 %") is no turn.
  if (first >= text.length || !/[\p{L}¿¡"“„«‚‘'…]/u.test(text[first]!)) return [];
  const pieces: QuoteSpan[] = [];
  let from = start;
  let open = dash;
  while (from < text.length) {
    const incise = inciseAt(text, from + 1, isVerb);
    const end = incise ? trimEnd(text, incise.at, incise.comma) : trimEnd(text, text.length, false);
    if (end > from + open.length) pieces.push({ start: from, end, open, close: '', depth: 0 });
    if (!incise) break;
    from = resumeAfter(text, incise.at, incise.comma);
    open = '';
  }
  return pieces;
}

/**
 * A narrator's incise inside a quotation in marks, as the Spanish and French press write it
 * (`«No vamos a dar el incendio por estabilizado —insistió— hasta que llueva»`, `« Nous ne
 * céderons pas — a-t-il dit — sur ce point »`): the quotation is read as two stretches of speech,
 * as a dialogue turn's are (`dialogueTurn`), the incise left out, so the attribution reads its
 * verb as the cue. Only the first dash incise with a verb of saying among its first two words
 * and a closing dash inside the marks; otherwise the quotation stays whole.
 */
export function splitAtIncise(
  text: string,
  quote: QuoteSpan,
  isVerb: (word: string) => boolean,
): QuoteSpan[] {
  const innerStart = quote.start + quote.open.length;
  const innerEnd = quote.end - quote.close.length;
  for (let i = innerStart + 1; i < innerEnd; i += 1) {
    if (!DASHES.has(text[i]!) || !SPACE.test(text[i - 1]!)) continue;
    const next = skipSpaces(text, i + 1);
    if (!/^\p{Ll}/u.test(text.slice(next, next + 1))) continue;
    let close = next;
    while (close < innerEnd && !DASHES.has(text[close]!)) close += 1;
    if (close >= innerEnd) break;
    // A verb of saying among its first two words ("—insistió—", "— a-t-il dit —").
    const words = text.slice(next, close).trim().split(/\s+/u, 2);
    if (!words.some((word) => cueWord(word, isVerb))) continue;
    const end = trimEnd(text, i, true);
    const resume = resumeAfter(text, i, false);
    if (end <= innerStart || resume >= innerEnd) break;
    return [
      { ...quote, end, close: '' },
      { ...quote, start: resume, open: '' },
    ];
  }
  return [quote];
}
