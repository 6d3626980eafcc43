/** The benchmark's Markdown table: one row per system and scope, TempEval-3 Task A columns. */
import type { TypeTally } from './evaluate.ts';
import { type Tally, figures } from './score.ts';
import { compareStrings } from '../../src/pipeline/order.ts';

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

const TYPE_HEADER = [
  '| Split | Type | Gold | Found (relaxed) | Right value | Right type | Value acc. | Ours of this type | Spurious |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
];

/** Where the official measure is lost, type by type: misses and wrong values by gold type, spurious ones by ours. */
export function typeTable(rows: { split: string; byType: Map<string, TypeTally> }[]): string {
  const lines = rows.flatMap(({ split, byType }) =>
    ['DATE', 'TIME', 'DURATION', 'SET', ...[...byType.keys()].filter((k) => !['DATE', 'TIME', 'DURATION', 'SET'].includes(k)).sort(compareStrings)]
      .filter((type) => byType.has(type))
      .map((type) => {
        const t = byType.get(type)!;
        const cells = [split, type, t.gold, t.found, t.value, t.type, fixed(t.found ? t.value / t.found : 0), t.system, t.spurious];
        return `| ${cells.join(' | ')} |`;
      }),
  );
  return [...TYPE_HEADER, ...lines].join('\n') + '\n';
}
