import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { explainerSchema } from './model/explainer.ts';
import { explainerLoader, settingsLoader } from './model/loader.ts';
import { personSchema, ratingSchema, siteSchema } from './model/settings.ts';

export const collections = {
  explainers: defineCollection({ loader: explainerLoader(), schema: explainerSchema }),
  settings: defineCollection({
    loader: settingsLoader(),
    schema: z.object({
      site: siteSchema,
      ratings: z.array(ratingSchema),
      people: z.array(personSchema),
    }),
  }),
};
