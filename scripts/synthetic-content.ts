// `node scripts/synthetic-content.ts --articles 1000 --out DIR`: writes a synthetic content
// folder (articles + gazetteer) for building the site at scale: DATELINE_CONTENT=DIR npm run build.
import { generateCorpus } from './synthetic/corpus.ts';
import { writeContent } from './synthetic/write.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'synthetic-content',
  usage: 'usage: node scripts/synthetic-content.ts --articles 1000 --out DIR',
  config: { options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } },
});
const out = values.out ?? fail('--out DIR is needed: the folder to write the content to');
const corpus = generateCorpus(Number(values.articles));
writeContent(out, corpus);
process.stdout.write(`${corpus.articles.length} articles written to ${out}\n`);
