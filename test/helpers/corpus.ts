/**
 * A seeded generator of varied explainers, meant to pass `check` (warnings allowed) while using
 * as much of the syntax and of Unicode as an editor might: every quotation convention,
 * apostrophes, astral, combining, right-to-left and zero-width characters, emoji sequences,
 * claims, explicit quotations and comments, malformed directives, raw HTML (some of which the
 * sanitiser drops), entities, links and images, tables, code, lists, footnotes, headings, and
 * LF, CRLF and CR line ends. The same seed always gives the same folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { testSettings } from './settings.ts';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof prng>;

const WORDS = {
  latin:
    'council budget lane figures Kellsbury report claim transport hospital rail cyclists'.split(
      ' ',
    ),
  accented: 'café naïve façade Zürich Ærø Łódź São Škoda smørrebrød coöperate'.split(' '),
  greek: 'Αθήνα δήμος προϋπολογισμός'.split(' '),
  cyrillic: 'бюджет город Київ'.split(' '),
  hebrew: 'תקציב עירייה שלום'.split(' '),
  arabic: 'ميزانية المدينة مرحبا'.split(' '),
  cjk: '予算 市議会 自転車道 통계'.split(' '),
  indic: 'हिन्दी बजट ภาษาไทย தமிழ்'.split(' '),
  odd: [
    '𝒳𝓎𝓏', // mathematical script (astral)
    '𠀀𠀁', // CJK extension B (astral)
    'e\u0301te\u0301', // combining acute
    'a\u0308\u0323\u0304', // stacked marks
    'zero\u200bwidth', // zero-width space
    'ZW\u200dJ\u200c', // joiners
    '\u200eLTR\u200e', // marks
    '\u202eRLO override\u202c', // a bidi override, closed
    '\u2066isolate\u2069',
    'soft\u00adhyphen',
    'non\u00a0breaking',
    'ﬁnance', // a ligature (NFKC)
    '\u{1F469}\u{1F3FD}\u200d\u{1F4BB}', // woman technologist, skin tone
    '\u{1F3F3}\ufe0f\u200d\u{1F308}', // rainbow flag
    '\u{1F1E9}\u{1F1EA}', // flag DE
    '1\ufe0f\u20e3', // keycap
    '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466}', // family
    '\u{1F600}',
  ],
};

/** [open, close] of every quotation convention the README lists, and then some. */
const QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ["'", "'"],
  ['\u00ab', '\u00bb'],
  ['\u00ab\u00a0', '\u00a0\u00bb'],
  ['\u2039', '\u203a'],
  ['\u201e', '\u201c'],
  ['\u201a', '\u2018'],
  ['\u00bb', '\u00ab'],
  ['\u300c', '\u300d'],
  ['\u300e', '\u300f'],
];

const SPEAKERS = ['Andrew Parker', "Robert O'Brien", 'the mayor', 'Ms Okafor', 'a spokesperson'];

function words(r: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const script = r.pick(Object.keys(WORDS) as Array<keyof typeof WORDS>);
    out.push(r.pick(WORDS[script]));
  }
  return out.join(' ');
}

/** The claim ids of one file: all of them (each used once), and those a comment may be `on`. */
interface Ids {
  count: number;
  targets: Set<string>;
}

/**
 * Inline text: words with quotations, marks, entities, links and code here and there. Claims in
 * a comment (`targetable` false) are no targets for another comment.
 */
function inline(r: Random, ids: Ids, ratings: string[], targetable = true): string {
  const parts: string[] = [words(r, r.int(2, 8))];
  const count = r.int(1, 5);
  for (let i = 0; i < count; i += 1) {
    const [open, close] = r.pick(QUOTES);
    const roll = r.int(0, 21);
    if (roll <= 4) parts.push(`${r.pick(SPEAKERS)} said ${open}${words(r, r.int(1, 6))}${close}`);
    else if (roll === 5) parts.push(`${open}${words(r, 3)} ${open}nested${close}${close}`);
    else if (roll === 6) parts.push("Britain's users' O'Brien '90s rock'n'roll 6'2\"");
    else if (roll === 7) parts.push(`a stray ${open} mark`);
    else if (roll === 8) {
      ids.count += 1;
      const id = `c${ids.count}`;
      if (targetable) ids.targets.add(id);
      const rating = ratings.length && r.chance(0.8) ? ` rating=${r.pick(ratings)}` : '';
      parts.push(`:claim[${words(r, 3)}]{#${id} by="${r.pick(SPEAKERS)}"${rating}}`);
    } else if (roll === 9) {
      parts.push(
        `:quote[${open}${words(r, 3)}${close}]{by=${r.pick(['andrew-parker', 'robert-obrien', '"Nell Okafor"'])}}`,
      );
    } else if (roll === 10)
      parts.push(
        r.pick([
          // Written as an editor means text that looks like a directive: escaped (unescaped, these
          // are errors: directive-syntax, quote-empty).
          '\\:claim[never closed',
          '\\:quote\\{by=x}',
          '::leaf',
          'at 10:30, 3:1, https://example.org, Note:this',
          ':unknown[text]{a=b}',
          ':claim[x]{by="y" colour=red}',
        ]),
      );
    else if (roll === 11)
      parts.push(
        r.pick(['&amp; &copy; &#x1F600; &#0; &nbsp; &bogus; &lt;b&gt;', '\\*not emphasis\\*']),
      );
    else if (roll === 12)
      parts.push(
        r.pick([
          '[a link](https://example.org/a?b=1&c=2 "title")',
          '<https://example.org/auto>',
          '[mail](mailto:desk@example.org)',
          '[bad](javascript:alert(1))',
          '![an image](https://example.org/x.png)',
          '[ref link][ref]',
          '[in page](#top)',
        ]),
      );
    else if (roll === 13) parts.push(r.pick(['`code "quoted" :claim[x]`', '``a ` b``']));
    else if (roll === 14) parts.push(r.pick(['*emphasis*', '**strong**', '~~struck~~', '_a_b_']));
    else if (roll === 15)
      parts.push(
        r.pick([
          '<b>bold</b>',
          '<kbd>Ctrl</kbd>',
          '<span onclick="alert(1)">click</span>',
          '<img src=x onerror=alert(1)>',
          '<mark id="note-x">fake</mark>',
          '<br>',
        ]),
      );
    else if (roll === 16) parts.push('a footnote[^1]');
    else if (roll === 17) parts.push(`${words(r, 2)}  \nafter a hard break`);
    else parts.push(words(r, r.int(1, 6)));
  }
  return `${parts.join(' ')}.`;
}

function block(r: Random, ids: Ids, ratings: string[]): string {
  const roll = r.int(0, 24);
  const text = () => inline(r, ids, ratings);
  const commentText = () => inline(r, ids, ratings, false);
  if (roll <= 8) return text();
  if (roll === 9) return `${'#'.repeat(r.int(1, 4))} ${words(r, 4)}`;
  if (roll === 10) return `${words(r, 3)}\n${r.pick(['===', '---'])}`;
  if (roll === 11)
    return Array.from(
      { length: r.int(1, 4) },
      (_, i) => `${r.pick(['-', '*', `${i + 1}.`])} ${text()}`,
    ).join('\n');
  if (roll === 12) return `- ${text()}\n  - ${text()}\n    1. ${text()}\n- [ ] task\n- [x] done`;
  if (roll === 13) return `> ${text()}\n>\n> > ${text()}`;
  if (roll === 14)
    return `| ${words(r, 1)} | ${words(r, 1)} |\n|:---|---:|\n| ${text().replace(/\|/g, '\\|')} | a \\| b |\n| "q" | ${r.pick(WORDS.odd)} |`;
  if (roll === 15) {
    const fence = r.pick(['```', '~~~']);
    return `${fence}${r.pick(['', 'js', 'markdown'])}\n"not a quote" :claim[x]{#x} <script>x</script>\n${r.pick(WORDS.odd)}\n${fence}`;
  }
  if (roll === 16) return `    indented code "with quotes"\n    ${r.pick(WORDS.odd)}`;
  if (roll === 17) return r.pick(['***', '---', '___']);
  if (roll === 18)
    return r.pick([
      '<div class="box">\n<p>raw <em>html</em> block</p>\n</div>',
      '<details><summary>More</summary>hidden text</details>',
      "<!-- an editor's note -->",
      '<script>alert("x")</script>',
      '<table><tr><td>cell</td></tr></table>',
    ]);
  if (roll === 19 && ids.targets.size > 0)
    return `${text()}\n\n:::comment{on=${r.pick([...ids.targets])}}\n${commentText()}\n:::`;
  if (roll === 20) return `${text()}\n\n:::comment\n${commentText()}\n:::`;
  if (roll === 21) return `${text()}\n\n${r.pick(['Comment:', "Editor's note:"])} ${commentText()}`;
  if (roll === 22) return `\\:::aside\n${text()}\n\\:::`; // unescaped: unknown-directive
  if (roll === 23) return `${text()}\n\n[^1]: ${text()}`;
  return `[ref]: https://example.org/ref "Ref"\n\n${text()}`;
}

function frontmatter(r: Random, index: number): string {
  const date = () =>
    `${r.int(2000, 2030)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const data: Record<string, unknown> = {
    title: `${index}: ${inline(r, { count: 0, targets: new Set() }, []).slice(0, 120)}`,
    summary: words(r, r.int(3, 12)),
    published: date(),
  };
  if (r.chance(0.3)) data.updated = date();
  // Languages the interface has a catalogue for (another is a `missing-translation` error).
  if (r.chance(0.3)) data.language = r.pick(['en', 'de', 'fr', 'es', 'en-GB', 'de-CH', 'fr-CA']);
  if (r.chance(0.5)) data.tags = Array.from({ length: r.int(1, 3) }, () => words(r, 1));
  if (r.chance(0.3)) data.editors = [r.pick(SPEAKERS), words(r, 2)];
  if (r.chance(0.03)) data.draft = true;
  const source: Record<string, unknown> = { publisher: words(r, 2) };
  if (r.chance(0.5)) source.url = `https://example.org/${encodeURIComponent(words(r, 2))}`;
  if (r.chance(0.3)) source.author = words(r, 2);
  if (r.chance(0.2)) source.credit = `© ${words(r, 2)}`;
  data.source = source;
  // Dates as plain YAML dates, as editors write them.
  return `---\n${stringify(data).replace(/^(published|updated): "(.*)"$/gm, '$1: $2')}---\n`;
}

/** One generated explainer. */
export function generateExplainer(seed: number, index: number): string {
  const r = prng(seed * 1_000_003 + index);
  const ratings = r.chance(0.2) ? [] : testSettings.ratings.map((rating) => rating.id);
  const ids: Ids = { count: 0, targets: new Set() };
  const blocks = Array.from({ length: r.int(2, 14) }, () => block(r, ids, ratings));
  let text = `${frontmatter(r, index)}\n${blocks.join('\n\n')}\n`;
  const ends = r.next();
  if (ends < 0.2) text = text.replace(/\n/g, '\r\n');
  else if (ends < 0.23) text = text.replace(/\n/g, '\r');
  if (r.chance(0.05)) text = `\uFEFF${text}`;
  return text;
}

/** A content folder with the test settings and `count` generated explainers. */
export function writeCorpus(dir: string, count: number, seed: number): string {
  mkdirSync(path.join(dir, 'explainers'), { recursive: true });
  writeFileSync(path.join(dir, 'site.yaml'), stringify(testSettings.site));
  // Every rating named in each language an explainer may be written in.
  const translated = testSettings.ratings.map((rating) => ({
    ...rating,
    translations: Object.fromEntries(
      ['de', 'fr', 'es'].map((tag) => [tag, { label: `${rating.label} (${tag})` }]),
    ),
  }));
  writeFileSync(path.join(dir, 'ratings.yaml'), stringify({ scale: translated }));
  writeFileSync(path.join(dir, 'people.yaml'), stringify(testSettings.people));
  for (let index = 0; index < count; index += 1) {
    writeFileSync(
      path.join(dir, 'explainers', `generated-${String(index).padStart(5, '0')}.md`),
      generateExplainer(seed, index),
    );
  }
  return dir;
}
