import { defineCollection } from 'astro:content';
import { z } from 'zod';
import type * as Loader from './loading/loader.ts';
import type * as ModelStore from './loading/model-store.ts';
import type * as ContentProblems from './loading/content-problems.ts';
import type * as SettingsContract from './contract/settings.ts';
import { astroCommand } from './loading/astro-command.ts';

/**
 * A module of ours, imported by Node itself in a build (and `astro sync`), by Vite in the dev
 * server. Vite runs this file in a build too, and through it would transform and run again every
 * module the loaders reach (the whole pipeline, about 75 modules): about 1 s of CPU more per
 * build than Node's own loading. The dev server keeps Vite's, which sees a change to any of them.
 */
const ours = async <T>(specifier: string, viaVite: () => Promise<T>): Promise<T> => {
  const command = astroCommand();
  if (command === undefined || command === 'dev') return viaVite();
  // A dynamic import Vite does not rewrite: `import()` in this file would go through Vite.
  const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<T>;
  return nativeImport(new URL(specifier, import.meta.url).href);
};

const [{ explainerLoader, settingsLoader }, { modelRefSchema }, problems, contract] =
  await Promise.all([
    ours<typeof Loader>('./loading/loader.ts', () => import('./loading/loader.ts')),
    ours<typeof ModelStore>('./loading/model-store.ts', () => import('./loading/model-store.ts')),
    ours<typeof ContentProblems>(
      './loading/content-problems.ts',
      () => import('./loading/content-problems.ts'),
    ),
    ours<typeof SettingsContract>('./contract/settings.ts', () => import('./contract/settings.ts')),
  ]);

export const collections = {
  explainers: defineCollection({ loader: explainerLoader(), schema: modelRefSchema }),
  settings: defineCollection({
    loader: settingsLoader(),
    schema: z.object({
      site: contract.siteSchema,
      ratings: z.array(contract.ratingSchema),
      people: z.array(contract.personSchema),
    }),
  }),
  /** Content errors, for the dev server's error overlay (see src/loading/content-problems.ts). */
  contentProblems: defineCollection({
    loader: problems.problemsLoader(),
    schema: problems.problemsEntrySchema,
  }),
};
