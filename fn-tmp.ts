import { processExplainer } from './src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from './test/helpers/settings.ts';
const r = await processExplainer({path:'x.md', value: minimalFrontmatter + 'Text[^a] and[^a] x[^b].\n\n> [^b]: in quote\n\n[^a]: def *a*\n    more\n\n[^c]: unref\n\n[^a]: dup\n\n:::comment\nsee[^b]\n:::\n'}, testSettings);
console.log(r.file.messages.map(String));
for (const b of r.explainer!.blocks) console.log(b.type, JSON.stringify(b.text), b.html);
for (const a of r.explainer!.annotations) console.log(a.kind, (a as any).html);
