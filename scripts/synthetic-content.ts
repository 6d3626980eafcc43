// `node scripts/synthetic-content.ts --articles 1000 --out DIR`: writes a synthetic content
// folder (articles + gazetteer) for building the site at scale: DATELINE_CONTENT=DIR npm run build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './synthetic/corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } });
if (!values.out) {
  process.stderr.write('usage: node scripts/synthetic-content.ts --articles 1000 --out DIR\n');
  process.exit(2);
}
const { articles, gazetteer } = generateCorpus(Number(values.articles));
rmSync(values.out, { recursive: true, force: true });
mkdirSync(join(values.out, 'articles'), { recursive: true });
writeFileSync(join(values.out, 'gazetteer.yaml'), gazetteer);
for (const a of articles) {
  const frontmatter = [`title: ${JSON.stringify(a.title)}`, `outlet: ${JSON.stringify(a.outlet)}`, `published: "${a.published}"`, `language: ${a.language}`];
  writeFileSync(join(values.out, 'articles', `${a.id}.md`), `---\n${frontmatter.join('\n')}\n---\n${a.body}`);
}
process.stdout.write(`${articles.length} articles written to ${values.out}\n`);
