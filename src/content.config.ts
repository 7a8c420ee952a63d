import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { explainerLoader, settingsLoader } from './loading/loader.ts';
import { modelRefSchema } from './loading/model-store.ts';
import { problemsEntrySchema, problemsLoader } from './loading/content-problems.ts';
import { personSchema, ratingSchema, siteSchema } from './contract/settings.ts';

export const collections = {
  explainers: defineCollection({ loader: explainerLoader(), schema: modelRefSchema }),
  settings: defineCollection({
    loader: settingsLoader(),
    schema: z.object({
      site: siteSchema,
      ratings: z.array(ratingSchema),
      people: z.array(personSchema),
    }),
  }),
  /** Content errors, for the dev server's error overlay (see src/loading/content-problems.ts). */
  contentProblems: defineCollection({ loader: problemsLoader(), schema: problemsEntrySchema }),
};
