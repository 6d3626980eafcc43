/**
 * `npm run bench:article`: how long one very large or oddly shaped article takes to read
 * (frontmatter and limits), to split into sentences, and to render as its page's HTML.
 * Prints figures; the goals (a 1 MB article's page in under a second, a 10 MB article
 * refused in well under a minute) are checked by reading them, not by a timed test.
 */
import { performance } from 'node:perf_hooks';
import { ContentError } from '../src/pipeline/content-error.ts';
import { LIMITS } from '../src/pipeline/parse/limits.ts';
import { parseArticleFile } from '../src/pipeline/parse/article-file.ts';
import { splitSentences } from '../src/pipeline/parse/sentences.ts';
import { articleHtml } from '../src/site/article-html.ts';
import { scriptArgs } from './lib/args.ts';

scriptArgs({ name: 'bench:article', usage: 'usage: npm run bench:article   (no options)', config: { options: {} } });

const PARAGRAPH = 'Zelenskyy held a call with Trump on Wednesday, and the two discussed *the talks* in Geneva. Umerov is scheduled to meet Witkoff on Thursday.\n\n';
const repeat = (text: string, bytes: number) => text.repeat(Math.ceil(bytes / text.length));
const nested = (depth: number, lines: number) => Array.from({ length: lines }, (_, i) => `${'  '.repeat(i % depth)}- item ${i}`).join('\n');

const SHAPES: { name: string; body: string }[] = [
  { name: '100 KB of paragraphs', body: repeat(PARAGRAPH, 100_000) },
  { name: '1 MB of paragraphs', body: repeat(PARAGRAPH, 1_000_000) },
  { name: '100,000 short lines', body: 'a\n'.repeat(100_000) },
  { name: `lists nested ${LIMITS.nestingDepth} deep, 5,000 lines`, body: nested(LIMITS.nestingDepth, 5_000) },
  { name: `quotes nested ${LIMITS.nestingDepth} deep, 5,000 lines`, body: Array.from({ length: 5_000 }, (_, i) => `${'> '.repeat(1 + (i % LIMITS.nestingDepth))}line ${i}`).join('\n') },
  { name: `${LIMITS.marksPerParagraph} alternating emphasis marks in one paragraph`, body: '*_'.repeat(LIMITS.marksPerParagraph / 2) },
  { name: `${LIMITS.marksPerParagraph} link openers in one paragraph`, body: '[a]('.repeat(LIMITS.marksPerParagraph) },
  {
    name: `${LIMITS.marksPerArticle.toLocaleString('en')} emphasis marks in paragraphs of ${LIMITS.marksPerParagraph}`,
    body: `${'*a_'.repeat(LIMITS.marksPerParagraph / 2)}\n\n`.repeat(LIMITS.marksPerArticle / LIMITS.marksPerParagraph),
  },
  { name: `2 MB of paragraphs with ${LIMITS.marksPerParagraph} emphasis marks each`, body: repeat(`${'*a_'.repeat(LIMITS.marksPerParagraph / 2)}\n\n`, 2_000_000) },
  { name: '10,000 alternating emphasis pairs in one paragraph', body: '*_'.repeat(10_000) },
  { name: '10 MB of paragraphs', body: repeat(PARAGRAPH, 10_000_000) },
  { name: 'quotes nested 1,000,000 deep', body: `${'>'.repeat(1_000_000)} deep` },
];

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
/** CPU seconds since `from` (process.cpuUsage()): on a shared machine, what the work itself costs. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1e6).toFixed(2);
};

console.log('| article | size (MB) | read s | sentences | split s | page HTML s | page HTML CPU s | outcome |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const { name, body } of SHAPES) {
  const source = `---\ntitle: Bench\noutlet: unknown\npublished: "2026-02-25"\n---\n${body}\n`;
  const size = (Buffer.byteLength(source) / 1_000_000).toFixed(1);
  let start = performance.now();
  try {
    const article = parseArticleFile(source, 'bench.md', 'bench');
    const read = seconds(start);
    start = performance.now();
    const sentences = splitSentences(article.body);
    const split = seconds(start);
    start = performance.now();
    const cpu = process.cpuUsage();
    articleHtml({ body: article.body, sentences, citations: {} }, (id) => ({ href: id, label: id, title: id }));
    console.log(`| ${name} | ${size} | ${read} | ${sentences.length} | ${split} | ${seconds(start)} | ${cpuSeconds(cpu)} | rendered |`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.log(`| ${name} | ${size} | ${seconds(start)} | | | | | refused: ${error.message.replace(/^bench\.md(:\d+)? /, '')} |`);
  }
}
