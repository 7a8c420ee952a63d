/**
 * Resolve a speaker or claimant as the editor wrote it (`by="Andrew Parker"`, `by=andrew-parker`)
 * to a {@link Speaker}: the people.yaml entry when its id, name or an alias matches.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Speaker } from '../contract/explainer.ts';
import { mayBeUnread, type Person, type UnreadIds } from '../contract/settings.ts';
import { nameKey, personIndex } from '../quotes/names.ts';
import type { Reporter } from '../contract/messages.ts';

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
  if (!name) return null;
  const person = people.get(name) ?? people.get(nameKey(name));
  if (person) return { name: person.name, id: person.id };
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name) && !mayBeUnread(unread, name)) {
    report(file, {
      reason: `Unexpected speaker id \`${name}\`, expected an id from content/people.yaml or a name`,
      ruleId: 'unknown-speaker',
      place: node,
      hint: `Add \`${name}\` to content/people.yaml, or write the name in quotes: by="First Last".`,
    });
  }
  return { name };
}

/** Warn about directive attributes other than `allowed`. */
export function checkAttributes(
  file: VFile,
  node: Node & { name: string; attributes?: Record<string, string | null | undefined> | null },
  allowed: readonly string[],
  example: string,
  report: Reporter,
): void {
  for (const name of Object.keys(node.attributes ?? {})) {
    if (allowed.includes(name)) continue;
    report(file, {
      reason: `Unexpected attribute \`${name}\` on \`:${node.name}\`, expected ${allowed.map((a) => (a === 'id' ? '`#id`' : `\`${a}\``)).join(', ')}`,
      ruleId: 'unknown-attribute',
      place: node,
      hint: `Write it as ${example}.`,
    });
  }
}
