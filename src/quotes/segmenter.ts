/** One `Intl.Segmenter` per language and granularity: making one costs far more than using it. */
const cache = new Map<string, Intl.Segmenter>();

export function segmenter(language: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity} ${language}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    cache.set(key, found);
  }
  return found;
}
