/** The benchmark's Markdown table: one row per system and scope, TempEval-3 Task A columns. */
import { type Tally, figures } from './score.ts';

export interface Row {
  split: string;
  system: string;
  scope: string;
  tally: Tally;
}

const HEADER = [
  '| Split | System | Expressions | Gold | Found | Strict P | Strict R | Strict F1 | Relaxed P | Relaxed R | Relaxed F1 | Value P | Value R | Value F1 | Type acc. | TE3 value |',
  '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

const fixed = (n: number) => n.toFixed(3);

export function markdownTable(rows: Row[]): string {
  const lines = rows.map(({ split, system, scope, tally }) => {
    const f = figures(tally);
    const cells = [split, system, scope, String(tally.gold), String(tally.system), ...f.strict.map(fixed), ...f.relaxed.map(fixed), ...f.value.map(fixed), fixed(f.typeAccuracy), fixed(f.officialValue)];
    return `| ${cells.join(' | ')} |`;
  });
  return [...HEADER, ...lines].join('\n') + '\n';
}
