import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { explainerLoader, settingsLoader } from './model/loader.ts';
import { modelRefSchema } from './model/model-store.ts';
import { personSchema, ratingSchema, siteSchema } from './model/settings.ts';

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
};
