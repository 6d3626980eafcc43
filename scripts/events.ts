// `npm run events`: the chronology as a table in the terminal, with the warnings an
// editor should act on (undated reports, unused corrections, …), and the names on the timeline
// that content/gazetteer.yaml lacks, each as an entry to paste there. `--json` prints the timeline.
import { ContentError } from '../src/pipeline/content-error.ts';
import { suggestedEntries } from '../src/pipeline/entities/suggest.ts';
import { readArticles, readContentExtras } from '../src/pipeline/read-content.ts';
import { buildTimeline } from '../src/pipeline/timeline.ts';
import { warningLines } from '../src/pipeline/warnings.ts';
import { buildDay, futurePublicationWarnings } from '../src/pipeline/parse/future-publication.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({
  name: 'events',
  usage: 'usage: npm run events -- [--content DIR] [--json]',
  config: { options: { content: { type: 'string', default: process.env.DATELINE_CONTENT ?? 'content' }, json: { type: 'boolean', default: false } } },
});

try {
  const articles = readArticles(values.content);
  const timeline = buildTimeline(articles, readContentExtras(values.content));
  const warnings = [...timeline.warnings, ...futurePublicationWarnings(articles, buildDay())];
  if (values.json) {
    process.stdout.write(`${JSON.stringify(timeline.events, null, 2)}\n`);
  } else {
    const rows = timeline.events.map((e) => [
      e.date.text,
      e.status === 'planned' ? 'planned' : '',
      e.tier,
      e.kind,
      e.title,
      e.participants.map((p) => p.name).join(', '),
      e.place?.name ?? '',
      String(e.sources.length),
      e.id,
    ]);
    printTable(['date', 'status', 'tier', 'kind', 'headline', 'participants', 'place', 'src', 'id'], rows);
    for (const line of warningLines(warnings)) process.stderr.write(`${line}\n`);
    const unknown = timeline.entities.filter((e) => e.discovered);
    if (unknown.length > 0) {
      process.stdout.write(`\n${unknown.length} names on the timeline that content/gazetteer.yaml lacks (shown as written; add an entry for a description, a role phrase or another spelling):\n\n`);
      process.stdout.write(suggestedEntries(unknown).replace(/^/gm, '  '));
    }
    process.stdout.write(`\n${timeline.events.length} events from ${timeline.articles.length} articles, ${warnings.length} warnings\n`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

function printTable(head: string[], rows: string[][]): void {
  const clip = (s: string) => (s.length > 48 ? `${s.slice(0, 47)}…` : s);
  const all = [head, ...rows].map((r) => r.map(clip));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const [n, row] of all.entries()) {
    process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
    if (n === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
}
