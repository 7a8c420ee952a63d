/**
 * Resolve a speaker or claimant as the editor wrote it (`by="Andrew Parker"`, `by=andrew-parker`)
 * to a {@link Speaker}: the people.yaml entry when its id, name or an alias matches.
 */
import type { Text } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Speaker } from '../contract/explainer.ts';
import {
  codePointName,
  INVISIBLE_IN_NAME,
  MARKUP,
  mayBeUnread,
  type Person,
  type UnreadIds,
} from '../contract/settings.ts';
import { nameKey, personIndex } from '../quotes/names.ts';
import type { Reporter } from '../contract/messages.ts';
import { closestName, didYouMean } from '../contract/suggest.ts';
import { shorten } from '../contract/text.ts';
import { pageKey } from './ids.ts';

/**
 * Index people by id, and by name and alias normalised as attribution compares names (case,
 * apostrophes, full stops), so `by=` and the detector match the same people.
 */
export function indexPeople(people: readonly Person[]): Map<string, Person> {
  const index = new Map(personIndex(people));
  for (const person of people) index.set(person.id, person);
  return index;
}

/**
 * The speaker for a written name, or null for an empty one. Warns on an unknown id, unless
 * people.yaml has errors and may define it (`unread`).
 */
export function resolveSpeaker(
  file: VFile,
  written: string | null | undefined,
  people: ReadonlyMap<string, Person>,
  node: Node,
  report: Reporter,
  unread?: UnreadIds,
): Speaker | null {
  const name = written?.replace(/\s+/g, ' ').trim();
  // `by=""`: a name left to fill in, read as no `by=` at all.
  if (!name && typeof written === 'string')
    report(file, {
      reason:
        'Unexpected empty `by=""`, expected a name or an id from people.yaml: it is read as no `by=` at all',
      ruleId: 'unknown-speaker',
      place: node,
      hint: 'Write who said it (by="First Last", or by=<id>), or leave `by=` out.',
    });
  if (!name) return null;
  if (MARKUP.test(name)) {
    report(file, {
      reason: `Unexpected markup in the name \`${shorten(name, 60)}\`, expected a name without \`<\` or \`>\``,
      ruleId: 'unsafe-name',
      place: node,
      severity: 'error',
      hint: 'Write the name as plain text: names are shown as text on every page and in search.',
    });
    return null;
  }
  // `by=dafydd\u200B-pryce` with a zero-width space (pasted): it would be published as a name that
  // looks like the id, the person's name and page missed.
  const invisible = INVISIBLE_IN_NAME.exec(name);
  if (invisible) {
    const visible = name.replace(new RegExp(INVISIBLE_IN_NAME.source, 'g'), '');
    report(file, {
      reason: `Unexpected invisible character ${codePointName(invisible[0])} in the name \`${shorten(visible, 60)}\`, expected a name as it is read`,
      ruleId: 'unsafe-name',
      place: node,
      severity: 'error',
      hint: 'Delete it: retype the name or id (text pasted from a web page or a chat can bring zero-width characters and soft hyphens).',
    });
    return null;
  }
  const person = people.get(name) ?? people.get(nameKey(name));
  if (person) return { name: person.name, id: person.id };
  // A name's page is named by its letters and digits: without any, its link went to `/people//`.
  if (!pageKey(name)) {
    report(file, {
      reason: `Unexpected speaker \`${shorten(name, 60)}\`, expected a name with letters or digits: a speaker's page is named by them`,
      ruleId: 'unknown-speaker',
      place: node,
      severity: 'error',
      hint: 'Write the speaker\'s name (by="First Last"), or leave `by=` out if no one is named.',
    });
    return null;
  }
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name) && !mayBeUnread(unread, name)) {
    // An id a slip away from a known one (`gareth-ambrse`) is a typo, not a new speaker:
    // published, the claim would be under a name no one has, on a page of its own, and missing
    // from the person's. An id near none stays a warning (a name written as an id).
    const meant = closestName(name, new Set([...people.values()].map((p) => p.id)));
    const person = meant === undefined ? undefined : people.get(meant)!;
    report(file, {
      reason: `Unexpected speaker id \`${name}\`, expected an id from people.yaml or a name${person ? `; it is close to \`${person.id}\` (${person.name})` : ''}`,
      ruleId: 'unknown-speaker',
      place: node,
      ...(person ? { severity: 'error' as const } : {}),
      hint: `${person ? `Did you mean \`by=${person.id}\` (${person.name})? ` : ''}Add \`${name}\` to the content folder's people.yaml, or write the name in quotes: by="First Last".`,
    });
    if (person) return null;
  } else {
    const near = nearPerson(name, people);
    if (near)
      report(file, {
        reason: `Unexpected new speaker \`${shorten(name, 60)}\`, close to \`${near.name}\` of people.yaml (\`${near.id}\`), expected one name for one person`,
        ruleId: 'unknown-speaker',
        place: node,
        hint: `If it is them, write by=${near.id}; if it is someone else, add them to the content folder's people.yaml and this warning goes.`,
      });
  }
  return { name };
}

const nearPeople = new WeakMap<ReadonlyMap<string, Person>, Map<string, Person | undefined>>();

/**
 * The one person of people.yaml whose name or alias a name not in it is a slip away from
 * (`Gareth Ambros` for `Gareth Ambrose`: a sixth of its letters or fewer, at least one), as
 * people are matched (case, apostrophes, full stops set aside). Published as written, the words
 * would be under a second person, on a page of their own. Known per name, once per people list.
 */
function nearPerson(name: string, people: ReadonlyMap<string, Person>): Person | undefined {
  let known = nearPeople.get(people);
  if (!known) nearPeople.set(people, (known = new Map()));
  if (!known.has(name)) {
    // The index's keys: each person's id, and names and aliases as people are matched.
    const forms = [...people].map(([form, person]) => [person.id, form] as const);
    const id = closestName(nameKey(name), forms, 1 / 6);
    known.set(name, id === undefined ? undefined : people.get(id));
  }
  return known.get(name);
}

/**
 * Whether a `:claim[…]` or `:quote[…]` holds words: text, code, or a directive that is not ours
 * (it becomes its text again, `remark-restore-directives`, which runs after both); not only a
 * footnote reference or an image.
 */
export function hasWords(directive: Node & { children: Node[] }): boolean {
  const words = (node: Node): boolean =>
    node.type === 'textDirective' ||
    ('value' in node && String(node.value).trim() !== '') ||
    ('children' in node && (node.children as Node[]).some(words));
  return directive.children.some(words);
}

type DirectiveLike = Node & {
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
};

/**
 * Report attributes the directive parser could not read (`value`, the text from their `{`): it
 * leaves them as text, so `{#"><script>…}` would otherwise reach the page as text, and the
 * attributes in it be lost, silently.
 */
export function reportUnreadAttributes(
  file: VFile,
  directive: string,
  value: string,
  place: Node,
  example: string,
  report: Reporter,
): void {
  const id = /^\{#([^\s}]*)/.exec(value)?.[1];
  report(file, {
    reason:
      id === undefined
        ? `Unexpected \`${shorten(value.split('}')[0]!, 40)}}\` after \`${directive}\`, expected attributes such as ${example.slice(example.indexOf('{'))}`
        : `Unexpected id \`#${shorten(id, 40)}\`, expected letters, digits, hyphens and underscores`,
    ruleId: id === undefined ? 'unknown-attribute' : 'invalid-id',
    place,
    severity: 'error',
    hint: `Write it as ${example}; attribute values with spaces or quotation marks go in "…".`,
  });
}

/**
 * Warn about directive attributes other than `allowed`; report attributes the parser could not
 * read (see `reportUnreadAttributes`).
 */
export function checkAttributes(
  file: VFile,
  node: DirectiveLike,
  allowed: readonly string[],
  example: string,
  report: Reporter,
  next?: Node,
): void {
  // A `{…}` right after the directive that the parser left as text: attributes it could not read.
  // A block remark-directive-syntax already reported (at the character that breaks it) is
  // in `brokenDirectives`: reported once.
  if (
    next?.type === 'text' &&
    next.position?.start.offset === node.position?.end.offset &&
    !file.data.brokenDirectives?.has(next)
  ) {
    const { value } = next as Text;
    if (value.startsWith('{'))
      reportUnreadAttributes(file, `:${node.name}[…]`, value, next, example, report);
  }
  const attributes = node.attributes ?? {};
  const names = Object.keys(attributes);
  // `by=Maya Brennan`: a name without quotation marks reads as `by=Maya` and an attribute
  // `Brennan` with no value, which would publish "Maya" as the speaker: refused, with the fix.
  const at = allowed.includes('by') ? names.indexOf('by') : -1;
  const rest: string[] = [];
  for (const name of at >= 0 ? names.slice(at + 1) : []) {
    if (allowed.includes(name) || attributes[name] !== '') break;
    rest.push(name);
  }
  if (rest.length > 0) {
    const written = `by=${attributes.by} ${rest.join(' ')}`;
    report(file, {
      reason: `Unexpected \`${shorten(written, 60)}\` without quotation marks, expected the name in quotes: it reads as \`by=${shorten(attributes.by ?? '', 30)}\` and ${rest.length === 1 ? 'an attribute' : 'attributes'} ${rest.map((r) => `\`${shorten(r, 30)}\``).join(', ')}`,
      ruleId: 'unknown-attribute',
      place: node,
      severity: 'error',
      hint: `Write by="${shorten(`${attributes.by} ${rest.join(' ')}`, 60)}".`,
    });
  }
  const shown = allowed.map((a) => (a === 'id' ? '`#id`' : `\`${a}\``)).join(', ');
  for (const name of names) {
    if (allowed.includes(name) || rest.includes(name)) continue;
    // A rating on a quotation, which has none: the editor's verdict would be lost. Refused.
    if (name === 'rating' && node.name === 'quote') {
      report(file, {
        reason: `Unexpected attribute \`rating\` on \`:quote\`, expected it on a \`:claim\`: a quotation is not rated, so the rating would be lost`,
        ruleId: 'unknown-attribute',
        place: node,
        severity: 'error',
        hint: 'To rate what was said, mark it as a claim: :claim["the words"]{by=… rating=…}.',
      });
      continue;
    }
    // A slip for one of ours (`raiting=`, `by:`) loses the value meant for it: refused.
    const meant = didYouMean(name, allowed);
    report(file, {
      reason: `Unexpected attribute \`${name}\` on \`:${node.name}\`, expected ${shown}`,
      ruleId: 'unknown-attribute',
      place: node,
      ...(meant ? { severity: 'error' as const } : {}),
      hint: `${meant}Write it as ${example}.`,
    });
  }
}
