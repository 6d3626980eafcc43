// `node scripts/synthetic-content.ts --articles 1000 --out DIR`: writes a synthetic content
// folder (articles + gazetteer) for building the site at scale: DATELINE_CONTENT=DIR npm run build.
import { parseArgs } from 'node:util';
import { generateCorpus } from './synthetic/corpus.ts';
import { writeContent } from './synthetic/write.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } });
if (!values.out) {
  process.stderr.write('usage: node scripts/synthetic-content.ts --articles 1000 --out DIR\n');
  process.exit(2);
}
const corpus = generateCorpus(Number(values.articles));
writeContent(values.out, corpus);
process.stdout.write(`${corpus.articles.length} articles written to ${values.out}\n`);
