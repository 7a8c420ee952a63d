import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const corpus = process.env.BENCH_CORPUS;
if (!corpus) throw new Error('Set BENCH_CORPUS to the benchmark corpus folder.');

export const collections = {
  explainers: defineCollection({ loader: glob({ pattern: '*.md', base: `${corpus}/explainers` }) }),
};
