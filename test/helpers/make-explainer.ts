/** Explainers made from a few lines of Markdown, through the real pipeline, for unit tests. */
import { processExplainer } from '../../src/markdown/pipeline.ts';
import type { Explainer } from '../../src/contract/explainer.ts';
import type { Settings } from '../../src/contract/settings.ts';
import { testSettings } from './settings.ts';

export interface MakeOptions {
  published?: string;
  language?: string;
  title?: string;
  sourcePublished?: string;
  sourceUrl?: string;
  settings?: Settings;
}

export async function makeExplainer(
  slug: string,
  body: string,
  options: MakeOptions = {},
): Promise<Explainer> {
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(options.title ?? `About ${slug}`)}`,
    'summary: A test.',
    `published: ${options.published ?? '2026-01-01'}`,
    ...(options.language ? [`language: ${options.language}`] : []),
    'editors: ["Ed Itor"]',
    'source:',
    '  publisher: Test Times',
    ...(options.sourceUrl ? [`  url: ${options.sourceUrl}`] : []),
    ...(options.sourcePublished ? [`  published: ${options.sourcePublished}`] : []),
    '---',
    '',
  ].join('\n');
  const { explainer, file } = await processExplainer(
    { path: `${slug}.md`, value: frontmatter + body },
    options.settings ?? testSettings,
  );
  if (!explainer) throw new Error(`Test explainer ${slug} failed:\n${file.messages.join('\n')}`);
  return explainer;
}
