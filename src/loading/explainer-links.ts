/**
 * Links from one explainer to another by its file (`[words](other.md)`, noted by the pipeline in
 * each model's `links`), looked up among the explainers of the folder, as the loader and `check`
 * both do: a link to no explainer file is an error, and so is a link from an explainer on the site
 * to one that is not (a draft, or dated after today), which would lead readers to a missing page.
 * In the dev server, which shows drafts, the second is a warning.
 */
import { VFile } from 'vfile';
import type { ExplainerLink } from '../contract/explainer.ts';
import { unpublished } from '../contract/frontmatter.ts';
import { reporter } from '../contract/messages.ts';
import { closestName } from '../contract/suggest.ts';
import { slugFromPath } from '../markdown/ids.ts';
import { frontmatterDates } from './explainer-dates.ts';

const report = reporter('explainer-links');

/** An explainer that links to others: its file, its slug and its links. */
export interface Linking {
  path: string;
  slug: string;
  links: readonly ExplainerLink[];
}

/**
 * A file with the messages for each explainer whose links lead nowhere on the site, the links
 * looked up among `files`, every explainer file of the folder. Only the frontmatter of the
 * explainers that link and of those they link to is read. Of the explainers whose frontmatter
 * has errors (which fail the build on their own), only the links to no file are judged.
 */
export function linkProblems(
  linking: readonly Linking[],
  files: readonly string[],
  dev = false,
): VFile[] {
  if (linking.length === 0) return [];
  const fileOf = new Map(files.map((file) => [slugFromPath(file), file]));
  const slugs = new Set(fileOf.keys());
  const read = new Set(
    linking.flatMap((l) => [l.path, ...l.links.flatMap((link) => fileOf.get(link.slug) ?? [])]),
  );
  const dates = frontmatterDates(read);
  const problems: VFile[] = [];
  for (const { path, slug, links } of linking) {
    const file = new VFile({ path });
    const from = dates.get(slug);
    for (const { slug: target, written, line, column } of links) {
      const place = { line, column };
      if (!slugs.has(target)) {
        const near = closestName(target, slugs);
        report(file, {
          reason: `Unexpected link to \`${written}\`, expected the file of an explainer in this folder: there is none with the address /explainers/${target}/`,
          ruleId: 'link-target',
          place,
          severity: 'error',
          hint: `${near ? `Did you mean \`${near}.md\`? ` : ''}Link another explainer by its file name in explainers/, as [words](other-explainer.md); for a page elsewhere, write its full address (https://…).`,
        });
        continue;
      }
      const to = dates.get(target);
      const missing = from && !unpublished(from) && to ? unpublished(to) : undefined;
      if (!missing) continue;
      report(file, {
        reason: `Unexpected link to \`${written}\`, expected an explainer on the site: it is ${missing === 'draft' ? 'a draft' : `scheduled for ${to!.published}`}, so the link would lead to a missing page`,
        ruleId: 'link-target',
        place,
        severity: dev ? 'warning' : 'error',
        hint:
          missing === 'draft'
            ? 'Publish that explainer first (`draft: false`), or take the link out until it is.'
            : 'Schedule this explainer for that day or later, or take the link out until then.',
      });
    }
    if (file.messages.length > 0) problems.push(file);
  }
  return problems;
}
