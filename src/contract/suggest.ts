/**
 * "Did you mean …?" for the names an editor types: a rating id, a speaker id, an attribute, a
 * frontmatter field. Edit distance is `fastest-levenshtein`'s.
 */
import { distance } from 'fastest-levenshtein';

/** A name as an editor might mistype its case or spacing: `Mostly accurate` is `mostly-accurate`. */
const loose = (name: string) =>
  name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The name an editor most likely meant by `written`, of `candidates` (each the name to suggest,
 * and the words it may also be known by, such as a rating's label): the one that is the same
 * once case, spaces and underscores are set aside, else the one fewest edits away, when that is
 * at most a third (or `share`) of the written word's letters, rounded (at least one: `titel` is
 * two edits from `title`), and no other is as near.
 * Undefined when nothing is that near, or `written` is itself a candidate.
 */
export function closestName(
  written: string,
  candidates: Iterable<string | readonly [name: string, ...alsoKnownAs: string[]]>,
  share = 1 / 3,
): string | undefined {
  const wanted = loose(written);
  if (!wanted) return undefined;
  const most = Math.max(1, Math.round(wanted.length * share));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const [name, ...others] = typeof candidate === 'string' ? [candidate] : candidate;
    if (name === written) return undefined;
    for (const form of [name, ...others]) {
      const known = loose(form);
      // Lengths further apart than `most` are more edits apart (no distance to measure).
      if (Math.abs(known.length - wanted.length) > most) continue;
      const d = distance(wanted, known);
      if (d > most || d > bestDistance) continue;
      if (d === bestDistance && best !== name) tied = true;
      else if (d < bestDistance) tied = false;
      best = name;
      bestDistance = d;
    }
  }
  return best === undefined || tied ? undefined : best;
}

/** `Did you mean \`x\`? ` for the closest name (see {@link closestName}), or an empty string. */
export function didYouMean(
  written: string,
  candidates: Iterable<string | readonly [name: string, ...alsoKnownAs: string[]]>,
  show: (name: string) => string = (name) => `\`${name}\``,
): string {
  const name = closestName(written, candidates);
  return name === undefined ? '' : `Did you mean ${show(name)}? `;
}
