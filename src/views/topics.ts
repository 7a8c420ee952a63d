/** Explainers grouped by tag (topic), and the order lists of explainers are shown in. */
import type { Explainer } from '../contract/explainer.ts';
import { tagKey } from './paths.ts';

type Listed = Pick<Explainer, 'published' | 'updated' | 'title'>;

/** Most recently published or updated first; ties by title. */
export function newestFirst<T extends Listed>(explainers: readonly T[]): T[] {
  return [...explainers].sort(
    (a, b) =>
      (b.updated ?? b.published).localeCompare(a.updated ?? a.published) ||
      a.title.localeCompare(b.title),
  );
}

export interface Topic<T> {
  /** The tag's page key (see `tagKey`). */
  key: string;
  /** The tag as first written. */
  label: string;
  explainers: T[];
}

/** Every tag with its explainers (newest first), tags sorted by label. */
export function topicsOf<T extends Listed & Pick<Explainer, 'tags'>>(
  explainers: readonly T[],
): Topic<T>[] {
  const topics = new Map<string, Topic<T>>();
  for (const explainer of newestFirst(explainers)) {
    for (const tag of explainer.tags) {
      const key = tagKey(tag);
      if (!key) continue;
      const topic = topics.get(key) ?? { key, label: tag, explainers: [] };
      if (!topic.explainers.includes(explainer)) topic.explainers.push(explainer);
      topics.set(key, topic);
    }
  }
  return [...topics.values()].sort((a, b) => a.label.localeCompare(b.label));
}
