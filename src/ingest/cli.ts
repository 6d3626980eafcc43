/**
 * `npm run ingest -- FILE [options]`: argument parsing, files and the editor's report.
 * scripts/ingest.ts only wires this to the process, so tests can run it in-process.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from './errors.ts';
import { ingestArticle } from './ingest.ts';
import type { IngestOptions, IngestResult, SourceFormat } from './ingest.ts';

export const USAGE = `usage: npm run ingest -- FILE --published YYYY-MM-DD [options]

  --published YYYY-MM-DD   day the outlet published the article (required unless the text states it)
  --title "…"              headline; required when the article has none of its own
  --title-source editor    the title was written by an editor, not the outlet
  --outlet NAME            outlet name (default: "unknown")
  --byline NAME  --dateline PLACE  --url URL  --language en
  --id SLUG                file name / article id (default: <published>-<first title words>)
  --out DIR                output folder (default: content/articles)
  --force                  overwrite an existing file`;

const OPTIONS = {
  published: { type: 'string' },
  title: { type: 'string' },
  'title-source': { type: 'string' },
  outlet: { type: 'string' },
  byline: { type: 'string' },
  dateline: { type: 'string' },
  url: { type: 'string' },
  language: { type: 'string' },
  id: { type: 'string' },
  out: { type: 'string', default: 'content/articles' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function sourceFormat(path: string, source: string): SourceFormat {
  if (['.html', '.htm'].includes(extname(path).toLowerCase())) return 'html';
  const start = source.trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
}

function titleSource(value: string | undefined): IngestOptions['titleSource'] {
  if (value === undefined || value === 'article' || value === 'editor') return value;
  throw new IngestError(`--title-source must be "editor" or "article", not "${value}"`);
}

function report(file: string, result: IngestResult): string {
  const lines = [`ingest ${file} → ${result.id}`];
  for (const note of result.notes) lines.push(`  metadata  ${note}`);
  for (const removal of result.removed) lines.push(`  removed   (${removal.rule}) ${removal.text}`);
  for (const doubt of result.doubts) lines.push(`  kept, but looks like furniture (${doubt.reason}): ${doubt.text}`);
  if (result.doubts.length === 0) lines.push('  nothing undecided');
  return `${lines.join('\n')}\n`;
}

function ingestFile(argv: string[], io: CliIo): void {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new IngestError(`give exactly one article file\n${USAGE}`);
  const path = resolve(io.cwd, file);
  if (!existsSync(path)) throw new IngestError(`${file}: no such file; check the path (relative to ${io.cwd})`);
  const source = readFileSync(path, 'utf8');
  let result: IngestResult;
  try {
    result = ingestArticle(source, {
      format: sourceFormat(path, source),
      published: values.published,
      title: values.title,
      titleSource: titleSource(values['title-source']),
      outlet: values.outlet,
      byline: values.byline,
      dateline: values.dateline,
      url: values.url,
      language: values.language,
      id: values.id,
    });
  } catch (error) {
    if (error instanceof IngestError) throw new IngestError(`${file}: ${error.message}`);
    throw error;
  }
  const outDir = resolve(io.cwd, values.out);
  const target = join(outDir, `${result.id}.md`);
  const shown = relative(io.cwd, target);
  if (existsSync(target) && !values.force)
    throw new IngestError(`${shown} already exists: pass --force to overwrite it, or --id to choose another name`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, result.document);
  io.stderr(report(file, result));
  io.stdout(`${shown}\n`);
}

/** Runs the command; returns the exit code (0 written, 1 input problem, 2 bad arguments). */
export function runIngestCli(argv: string[], io: CliIo): number {
  try {
    ingestFile(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof IngestError) {
      io.stderr(`ingest: ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`ingest: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
