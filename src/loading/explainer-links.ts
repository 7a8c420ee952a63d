/**
 * Links from one explainer to another by its file (`[words](other.md)`, noted by the pipeline in
 * each model's `links`), looked up among the explainers of the folder, as the loader and `check`
 * both do: a link to no explainer file is an error, and so is a link from an explainer on the site
 * to one that is not (a draft, or dated after today), which would lead readers to a missing page;
 * in the dev server, which shows drafts, the second is a warning. A link's `#id` that names
 * nothing on its page is a warning: the link lands at the top of it.
 */
import { VFile } from 'vfile';
import type { Explainer, ExplainerLink } from '../contract/explainer.ts';
import { unpublished } from '../contract/frontmatter.ts';
import { reporter, type Report } from '../contract/messages.ts';
import { explainerFileLink, isPageId } from '../contract/site-paths.ts';
import { closestName } from '../contract/suggest.ts';
import { slugFromPath } from '../markdown/ids.ts';
import { notesPathOf } from '../markdown/notes-file.ts';
import { frontmatterDates, type Dates } from './explainer-dates.ts';

const report = reporter('explainer-links');

/** An explainer that links to others: its file, its slug and its links. */
export interface Linking {
  path: string;
  slug: string;
  links: readonly ExplainerLink[];
}

/** The ids on an explainer's page that the editor gave or may link to: its blocks' and notes'. */
export const linkableIds = (explainer: Pick<Explainer, 'blocks' | 'annotations'>) =>
  [...explainer.blocks, ...explainer.annotations].map((x) => x.id);

/** How the links are judged. */
export interface LinkCheck {
  /** In the dev server, which shows drafts: a link to one is a warning. */
  dev?: boolean;
  /** The ids of an explainer's blocks and annotations, when known: what a link's `#id` may name. */
  idsOf?: (slug: string) => readonly string[] | undefined;
}

type Problem = Omit<Report, 'place'>;

/** A link to a file that is not in the folder. */
function noFile({ slug, written }: ExplainerLink, slugs: ReadonlySet<string>): Problem {
  const near = closestName(slug, slugs);
  return {
    reason: `Unexpected link to \`${written}\`, expected the file of an explainer in this folder: there is none with the address /explainers/${slug}/`,
    ruleId: 'link-target',
    severity: 'error',
    hint: `${near ? `Did you mean \`${near}.md\`? ` : ''}Link another explainer by its file name in explainers/, as [words](other-explainer.md); for a page elsewhere, write its full address (https://…).`,
  };
}

/** A link from an explainer on the site to one that is not, if it is one. */
function notOnSite(
  { written }: ExplainerLink,
  from: Dates | undefined,
  to: Dates | undefined,
  dev: boolean,
): Problem | undefined {
  const missing = from && to && !unpublished(from) ? unpublished(to) : undefined;
  if (!missing) return undefined;
  return {
    reason: `Unexpected link to \`${written}\`, expected an explainer on the site: it is ${missing === 'draft' ? 'a draft' : `scheduled for ${to!.published}`}, so the link would lead to a missing page`,
    ruleId: 'link-target',
    severity: dev ? 'warning' : 'error',
    hint:
      missing === 'draft'
        ? 'Publish that explainer first (`draft: false`), or take the link out until it is.'
        : 'Schedule this explainer for that day or later, or take the link out until then.',
  };
}

/** A link whose `#id` names nothing on the page it leads to (when its ids are known), if it is one. */
function unknownId(
  { slug, written }: ExplainerLink,
  idsOf: LinkCheck['idsOf'],
): Problem | undefined {
  const fragment = explainerFileLink(written)?.fragment.slice(1);
  const ids = fragment ? idsOf?.(slug) : undefined;
  if (!fragment || !ids) return undefined;
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // Kept as written.
  }
  if (isPageId(id) || ids.includes(id)) return undefined;
  const near = closestName(id, ids);
  return {
    reason: `Unexpected \`#${id}\` in the link to \`${written}\`, expected the id of a claim, quotation, comment or block of that explainer: the link lands at the top of its page`,
    ruleId: 'link-target',
    severity: 'warning',
    hint: `${near ? `Did you mean \`#${near}\`? ` : ''}Use an id given in that explainer (\`{#id}\` on a claim or quotation), or leave the \`#…\` out to link the page.`,
  };
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
  { dev = false, idsOf }: LinkCheck = {},
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
    // The explainer's file, and its notes file for the links in stand-off comments.
    const [file, notes] = [new VFile({ path }), new VFile({ path: notesPathOf(path) })];
    for (const link of links) {
      const problem = !slugs.has(link.slug)
        ? noFile(link, slugs)
        : (notOnSite(link, dates.get(slug), dates.get(link.slug), dev) ?? unknownId(link, idsOf));
      const place = { line: link.line, column: link.column };
      if (problem) report(link.inNotes ? notes : file, { ...problem, place });
    }
    problems.push(...[file, notes].filter((f) => f.messages.length > 0));
  }
  return problems;
}
