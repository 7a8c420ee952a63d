/**
 * A seeded generator of varied explainers, meant to pass `check` (warnings allowed) while using
 * as much of the syntax and of Unicode as an editor might: every quotation convention,
 * apostrophes, astral, combining, right-to-left and zero-width characters, emoji sequences,
 * claims, explicit quotations and comments, malformed directives, raw HTML (some of which the
 * sanitiser drops), entities, links and images, tables, code, lists, footnotes, headings, and
 * LF, CRLF and CR line ends. The same seed always gives the same folder.
 *
 * What a document holds is not left to chance: each kind of block, each kind of inline text and
 * each entry of every list (quotation marks, odd characters, markup an editor may write, languages,
 * line ends, how the title is cut…) comes in a fixed rotation (`turn`), so that every document has
 * every kind of inline text, three documents in a row every kind of block, and any 20 in a row every
 * entry of every list and every way of cutting the title (one in four inside an astral letter: a
 * lone surrogate, escaped in YAML). Only the words, counts and combinations are random.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { pageKey } from '../../src/markdown/ids.ts';
import { openBidiControl } from '../../src/markdown/remark-bidi-controls.ts';
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

/**
 * Draws in a fixed rotation: the `k`-th `turn` of a name in the document at `index` gives entry
 * `index × stride + k` (modulo the list's length) of the list, so that a document with as many
 * draws as the list is long has every entry, and `length / stride` documents in a row have
 * every entry in every place.
 */
function rotation(index: number) {
  const drawn = new Map<string, number>();
  return <T>(name: string, items: readonly T[], stride = 1): T => {
    const k = drawn.get(name) ?? 0;
    drawn.set(name, k + 1);
    return items[(index * stride + k) % items.length]!;
  };
}
type Turn = ReturnType<typeof rotation>;
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

/** One document's generator state: its random draws, its rotation and its claim ids. */
interface Doc {
  r: Random;
  turn: Turn;
  ids: Ids;
  /** The rating ids claims may carry (none: claims without ratings). */
  ratings: string[];
}

function words({ r, turn }: Doc, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const script = r.pick(Object.keys(WORDS) as Array<keyof typeof WORDS>);
    out.push(script === 'odd' ? turn('odd', WORDS.odd) : r.pick(WORDS[script]));
  }
  return out.join(' ');
}

/** The claim ids of one file: all of them (each used once), and those a comment may be `on`. */
interface Ids {
  count: number;
  targets: Set<string>;
}

type Part = (doc: Doc, targetable: boolean) => string;

function claim(doc: Doc, targetable: boolean): string {
  const { r, turn, ids, ratings } = doc;
  ids.count += 1;
  const id = `c${ids.count}`;
  if (targetable) ids.targets.add(id);
  const rating = ratings.length && r.chance(0.8) ? ` rating=${turn('rating', ratings)}` : '';
  return `:claim[${words(doc, 3)}]{#${id} by="${turn('speaker', SPEAKERS)}"${rating}}`;
}

/** Every kind of inline text, each once in a document's rotation. */
const PARTS: Part[] = [
  (d) => {
    const [open, close] = d.turn('quotes', QUOTES);
    return `${d.turn('speaker', SPEAKERS)} said ${open}${words(d, d.r.int(1, 6))}${close}`;
  },
  (d) => {
    const [open, close] = d.turn('quotes', QUOTES);
    return `${open}${words(d, 3)} ${open}nested${close}${close}`;
  },
  () => "Britain's users' O'Brien '90s rock'n'roll 6'2\"",
  (d) => `a stray ${d.turn('quotes', QUOTES)[d.r.int(0, 1)]} mark`,
  claim,
  (d) => {
    const [open, close] = d.turn('quotes', QUOTES);
    const by = d.turn('quote-by', ['andrew-parker', 'robert-obrien', '"Nell Okafor"']);
    return `:quote[${open}${words(d, 3)}${close}]{by=${by}}`;
  },
  (d) =>
    d.turn('directive-like', [
      // Written as an editor means text that looks like a directive: escaped (unescaped, these
      // are errors: directive-syntax, quote-empty).
      '\\:claim[never closed',
      '\\:quote\\{by=x}',
      '::leaf',
      'at 10:30, 3:1, https://example.org, Note:this',
      ':unknown[text]{a=b}',
      ':claim[x]{by="y" colour=red}',
    ]),
  (d) =>
    d.turn('escapes', [
      '&amp; &copy; &#x1F600; &#0; &nbsp; &bogus; &lt;b&gt;',
      '\\*not emphasis\\*',
    ]),
  (d) =>
    d.turn('links', [
      '[a link](https://example.org/a?b=1&c=2 "title")',
      '<https://example.org/auto>',
      '[mail](mailto:desk@example.org)',
      '[bad](javascript:alert(1))',
      '![an image](https://example.org/x.png)',
      '[ref link][ref]',
      '[in page](#top)',
    ]),
  (d) => d.turn('code', ['`code "quoted" :claim[x]`', '``a ` b``']),
  (d) => d.turn('emphasis', ['*emphasis*', '**strong**', '~~struck~~', '_a_b_']),
  (d) =>
    d.turn('html', [
      '<b>bold</b>',
      '<kbd>Ctrl</kbd>',
      '<span onclick="alert(1)">click</span>',
      '<img src=x onerror=alert(1)>',
      '<mark id="note-x">fake</mark>',
      '<br>',
    ]),
  () => 'a footnote[^1]',
  (d) => `${words(d, 2)}  \nafter a hard break`,
  (d) => `${words(d, 1)} ${d.turn('odd', WORDS.odd)}`,
  (d) => words(d, d.r.int(1, 6)),
];

/**
 * Inline text: words, then one to five kinds of inline text in the document's rotation (so every
 * document has each). Claims in a comment (`targetable` false) are no targets for another comment.
 */
function inline(doc: Doc, targetable = true): string {
  const parts: string[] = [words(doc, doc.r.int(2, 8))];
  const count = doc.r.int(1, 5);
  for (let i = 0; i < count; i += 1) parts.push(doc.turn('part', PARTS)(doc, targetable));
  return `${parts.join(' ')}.`;
}

/** Every kind of block, in a document's rotation. */
const BLOCKS: Array<(doc: Doc) => string> = [
  (d) => inline(d),
  (d) => `${'#'.repeat(d.turn('heading', [1, 2, 3, 4]))} ${words(d, 4)}`,
  (d) => `${words(d, 3)}\n${d.turn('setext', ['===', '---'])}`,
  (d) =>
    Array.from(
      { length: d.r.int(1, 4) },
      (_, i) => `${d.turn('bullet', ['-', '*', `${i + 1}.`])} ${inline(d)}`,
    ).join('\n'),
  (d) => `- ${inline(d)}\n  - ${inline(d)}\n    1. ${inline(d)}\n- [ ] task\n- [x] done`,
  (d) => `> ${inline(d)}\n>\n> > ${inline(d)}`,
  (d) =>
    `| ${words(d, 1)} | ${words(d, 1)} |\n|:---|---:|\n| ${inline(d).replace(/\|/g, '\\|')} | a \\| b |\n| "q" | ${d.turn('odd', WORDS.odd)} |`,
  (d) => {
    const fence = d.turn('fence', ['```', '~~~']);
    return `${fence}${d.turn('info', ['', 'js', 'markdown'])}\n"not a quote" :claim[x]{#x} <script>x</script>\n${d.turn('odd', WORDS.odd)}\n${fence}`;
  },
  (d) => `    indented code "with quotes"\n    ${d.turn('odd', WORDS.odd)}`,
  (d) => d.turn('rule', ['***', '---', '___']),
  (d) =>
    d.turn('html-block', [
      '<div class="box">\n<p>raw <em>html</em> block</p>\n</div>',
      '<details><summary>More</summary>hidden text</details>',
      "<!-- an editor's note -->",
      '<script>alert("x")</script>',
      '<table><tr><td>cell</td></tr></table>',
    ]),
  (d) => {
    // A comment on a claim: after a paragraph with one when the document has none yet.
    const before = d.ids.targets.size > 0 ? inline(d) : `${inline(d)} ${claim(d, true)}.`;
    return `${before}\n\n:::comment{on=${d.r.pick([...d.ids.targets])}}\n${inline(d, false)}\n:::`;
  },
  (d) => `${inline(d)}\n\n:::comment\n${inline(d, false)}\n:::`,
  (d) =>
    `${inline(d)}\n\n${d.turn('comment-label', ['Comment:', "Editor's note:"])} ${inline(d, false)}`,
  (d) => `\\:::aside\n${inline(d)}\n\\:::`, // unescaped: unknown-directive
  (d) => `${inline(d)}\n\n[^1]: ${inline(d)}`,
  (d) => `[ref]: https://example.org/ref "Ref"\n\n${inline(d)}`,
];

/** Characters of more than one UTF-16 unit, and graphemes of more than one code point. */
const ASTRAL = ['𝒳𝓎𝓏', '𠀀𠀁', '\u{1F600}', '\u{1F1E9}\u{1F1EA}'];
const CLUSTERS = [
  'e\u0301te\u0301',
  'a\u0308\u0323\u0304',
  '\u{1F469}\u{1F3FD}\u200d\u{1F4BB}',
  '1\ufe0f\u20e3',
  '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466}',
];

/**
 * `text` with a closing mark for each direction control a cut left open: the odd words hold
 * closed pairs, and a title cut between the two would be refused (`bidi-control`).
 */
function closeControls(text: string): string {
  for (let open = openBidiControl(text); open !== undefined; open = openBidiControl(text))
    text += text[open]! >= '\u2066' ? '\u2069' : '\u202C';
  return text;
}

/**
 * A title cut as an editor's tool might: at 120 UTF-16 units, inside an astral letter (a lone
 * surrogate, which YAML writes as an escape), inside a grapheme (whole code points), or not. Its
 * words are a paragraph's with each claim and quotation as its words alone: a title is plain
 * text, and markup in it is refused (`directive-syntax`).
 */
function title(doc: Doc, index: number): string {
  const words = inline({ ...doc, ids: { count: 0, targets: new Set() }, ratings: [] }).replace(
    /(?<!\\):(?:claim|quote)\[([^\]]*)\](?:\{[^}]*\})?/g,
    '$1',
  );
  const text = `${index}: ${words}`;
  const cut = doc.turn('title-cut', ['120 units', 'astral', 'grapheme', 'none'] as const);
  if (cut === '120 units') return closeControls(text.slice(0, 120));
  if (cut === 'none') return text;
  if (cut === 'astral') {
    const long = `${closeControls(text)} ${doc.turn('astral', ASTRAL)}`;
    return long.slice(0, long.search(/[\ud800-\udbff][^\ud800-\udbff]*$/) + 1);
  }
  const long = Array.from(`${closeControls(text)} ${doc.turn('cluster', CLUSTERS)}`);
  return long.slice(0, -1).join('');
}

function frontmatter(doc: Doc, index: number): string {
  const { r, turn } = doc;
  // Days that have come: one still to come would be scheduled (left out of the site), or refused
  // as an `updated` date.
  const date = () =>
    `${r.int(2000, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const data: Record<string, unknown> = {
    title: title(doc, index),
    summary: words(doc, r.int(3, 12)),
    published: date(),
  };
  if (turn('updated', [true, false, false])) {
    // An update comes after publication (`check` refuses one before it).
    const [first, later] = [data.published as string, date()].sort();
    data.published = first;
    data.updated = later;
  }
  // Languages the interface has a catalogue for (another is a `missing-translation` error).
  const language = turn('language', ['', 'en', 'de', 'fr', 'es', 'en-GB', 'de-CH', 'fr-CA']);
  if (language) data.language = language;
  const tags = turn('tags', [0, 1, 2, 3]);
  // A tag with no letter or digit (an emoji) makes no page address: `check` refuses it.
  const tag = () => {
    const word = words(doc, 1);
    return pageKey(word) ? word : `topic ${word}`;
  };
  if (tags) data.tags = Array.from({ length: tags }, tag);
  if (turn('editors', [false, true, false, false, false])) {
    data.editors = [turn('speaker', SPEAKERS), words(doc, 2)];
  }
  if (
    turn(
      'draft',
      Array.from({ length: 20 }, (_, i) => i === 19),
    )
  )
    data.draft = true;
  const source: Record<string, unknown> = { publisher: words(doc, 2) };
  if (turn('url', [true, false]))
    source.url = `https://example.org/${encodeURIComponent(words(doc, 2))}`;
  if (turn('author', [false, true, false])) source.author = words(doc, 2);
  if (turn('credit', [false, false, false, false, true])) source.credit = `© ${words(doc, 2)}`;
  data.source = source;
  // Dates as plain YAML dates, as editors write them.
  return `---\n${stringify(data).replace(/^(published|updated): "(.*)"$/gm, '$1: $2')}---\n`;
}

/** One generated explainer. */
export function generateExplainer(seed: number, index: number): string {
  const r = prng(seed * 1_000_003 + index);
  const turn = rotation(index);
  const ratingIds = testSettings.ratings.map((rating) => rating.id);
  const ratings = turn('ratings', [
    ratingIds,
    ratingIds,
    [],
    ratingIds,
    ratingIds,
    ratingIds,
    ratingIds,
  ]);
  const doc: Doc = { r, turn, ids: { count: 0, targets: new Set() }, ratings };
  const head = frontmatter(doc, index);
  // Six to ten blocks (eight on average, as many as before the rotation): three documents in a
  // row have every kind (`BLOCKS` has 17).
  const blocks = Array.from({ length: r.int(6, 10) }, () => turn('block', BLOCKS, 6)(doc));
  // A footnote reference with its note: one without is an error (`missing-definition`).
  if (blocks.some((b) => b.includes('[^1]')) && !blocks.some((b) => /(?:^|\n)\[\^1\]:/.test(b)))
    blocks.push('[^1]: The note.');
  let text = `${head}\n${blocks.join('\n\n')}\n`;
  const ends = turn('line-ends', ['\n', '\r\n', '\n', '\r', '\n', '\r\n']);
  if (ends !== '\n') text = text.replace(/\n/g, ends);
  if (turn('bom', [false, false, false, false, false, false, true])) text = `\uFEFF${text}`;
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
