import fc from 'fast-check';
import { createProcessor, processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { documentArb, pageText } from '../property/generated-explainers.ts';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
const plainParser = unified().use(remarkParse).use(remarkGfm);
const processor = createProcessor(testSettings);
const docs = fc.sample(documentArb, { numRuns: 2000, seed: 20261127 });
let t = performance.now(); let tp = 0, tg = 0, tt = 0;
for (const g of docs) {
  const a = performance.now();
  const { explainer } = await processExplainer({ path: 'generated.md', value: minimalFrontmatter + g.annotated }, testSettings, processor);
  const b = performance.now();
  const plain = plainParser.parse(g.plain); plain.children.map((n) => toString(n));
  const c = performance.now();
  explainer!.blocks.map((bl) => pageText(bl.html));
  tt += performance.now() - c; tg += c - b; tp += b - a;
}
console.log('total', (performance.now() - t).toFixed(0), 'pipeline', tp.toFixed(0), 'plain', tg.toFixed(0), 'pageText', tt.toFixed(0), 'chars', docs.reduce((s, d) => s + d.annotated.length, 0));
