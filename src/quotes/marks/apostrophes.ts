/**
 * Apostrophes and primes, which are never quotation marks: ' or ’ between letters or digits
 * (Britain's, O'Brien, rock'n'roll), before a possessive s (the UK's, [a]'s), at the start of an
 * elided word or year ('tis, ’em, 'n', '90s), feet and inches after digits (6'2", 5' 11", 12"),
 * and a trailing s' (users') unless a single quotation is open and no later mark closes it
 * (`singleEvents` looks ahead for the scan).
 */
import {
  classOf,
  cpAt,
  cpBefore,
  isAlnum,
  isDigit,
  isLetter,
  leftFlanking,
  rightFlanking,
  SPACE,
} from './characters.ts';

/** Marks that double as apostrophes. */
export const APOSTROPHE_LIKE = new Set(["'", '’', '‘', '‛']);
/** Marks typed as apostrophes between letters, before a possessive s or as primes. */
const APOSTROPHES = new Set(["'", '’']);

/** Words whose elided start is written with an apostrophe: 'tis, ’em, rock 'n' roll, 's-Hertogenbosch. */
const ELISIONS = new Set([
  'tis',
  'twas',
  'twere',
  'twill',
  'twould',
  'em',
  'n',
  'cause',
  'cos',
  'coz',
  'bout',
  'til',
  'till',
  'nuff',
  'fraid',
  'gainst',
  'neath',
  'tween',
  'twixt',
  's',
  't',
  'k',
]);

/**
 * Whether the mark at `index` (one of APOSTROPHE_LIKE) is an apostrophe or a prime by its
 * surroundings alone.
 */
export function staticApostrophe(text: string, index: number, mark: string): boolean {
  const before = cpBefore(text, index);
  const after = cpAt(text, index + 1);
  const straightOrRight = APOSTROPHES.has(mark);
  if (straightOrRight) {
    // Britain's, O'Brien, don’t, rock'n'roll, 70's, 6'2
    if (isAlnum(before) && isAlnum(after)) return true;
    // the UK's, [a]'s, “Foo”'s — a possessive s after anything but a space
    if (
      (after === 0x73 || after === 0x53) &&
      !isAlnum(cpAt(text, index + 2)) &&
      classOf(before) !== SPACE
    ) {
      return true;
    }
    // 5' 11"
    if (isDigit(before) && classOf(after) === SPACE && isDigit(cpAt(text, index + 2))) return true;
    // the closing mark of rock 'n' roll
    if ((before === 0x6e || before === 0x4e) && classOf(after) === SPACE && index >= 2) {
      const opening = text[index - 2]!;
      if (APOSTROPHE_LIKE.has(opening) && classOf(cpBefore(text, index - 2)) === SPACE) return true;
    }
  }
  // Elisions at the start of a word: 'tis, ’em, '90s, '95.
  if (isAlnum(before) || before === 0xfffc || !isAlnum(after)) return false;
  if (isDigit(after)) {
    const second = cpAt(text, index + 2);
    const third = text[index + 3];
    return isDigit(second) && !isDigit(cpAt(text, index + 3)) && third !== mark;
  }
  let end = index + 1;
  while (end < text.length && end - index <= 7 && isLetter(text.charCodeAt(end))) end++;
  if (end - index > 7 || isLetter(cpAt(text, end))) return false;
  const word = text.slice(index + 1, end).toLowerCase();
  if (!ELISIONS.has(word)) return false;
  if (word.length === 1 && word !== 'n') {
    // 's Morgens, 's-Hertogenbosch, 't Hooft — but not a quoted letter 's'
    const next = text.charCodeAt(end);
    return end < text.length && (classOf(next) === SPACE || next === 0x2d);
  }
  return word === 'n' || text[end] !== mark;
}

/** A straight or right single quote after the s of a plural word: users', the ministers'. */
export function pluralPossessive(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return index >= 2 && (before === 0x73 || before === 0x53) && isLetter(cpBefore(text, index - 1));
}

/** Whether a " after a digit is an inch mark: 6'2", 5' 11", 21"". */
export function inchMark(text: string, index: number): boolean {
  if (text[index + 1] === '"') return true;
  let at = index - 1;
  while (at >= 0 && isDigit(text.charCodeAt(at))) at--;
  if (at >= 0 && classOf(text.charCodeAt(at)) === SPACE) at--;
  const foot = text[at];
  return (foot === "'" || foot === '′' || foot === '’') && isDigit(cpBefore(text, at));
}

const NO_EVENT = 0;
const OPEN_EVENT = 1;
export const CLOSE_EVENT = 2;

/**
 * For each offset, whether the next single quote after it (skipping apostrophes and plural
 * possessives) looks like an opening or a closing one. Used to decide whether users' closes an
 * open single quotation or leaves it to a better closing mark later.
 */
export function singleEvents(text: string): Uint8Array {
  const next = new Uint8Array(text.length + 1);
  let event = NO_EVENT;
  for (let index = text.length - 1; index >= 0; index--) {
    next[index] = event;
    const mark = text[index]!;
    if (mark !== "'" && mark !== '’' && mark !== '‘') continue;
    if (staticApostrophe(text, index, mark)) continue;
    const before = classOf(cpBefore(text, index));
    const after = classOf(cpAt(text, index + 1));
    const left = leftFlanking(before, after);
    const right = rightFlanking(before, after);
    if (mark === '‘' || (left && !right)) event = OPEN_EVENT;
    else if (right && !pluralPossessive(text, index)) event = CLOSE_EVENT;
  }
  return next;
}
