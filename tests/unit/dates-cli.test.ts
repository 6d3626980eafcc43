// npm run dates: one text with --ref, or many documents as JSON lines with --jsonl.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function dates(args: string[], input: string) {
  const result = spawnSync(process.execPath, ['scripts/dates.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: result.stderr };
}

describe('npm run dates', () => {
  it('reads one text against --ref', () => {
    const { status, lines } = dates(['--ref', '2026-03-20'], 'Talks resume next month.');
    expect(status).toBe(0);
    expect(lines).toEqual([{ start: 13, end: 23, text: 'next month', type: 'DATE', value: '2026-04' }]);
  });

  it('reads many documents as JSON lines, each output line carrying its document id', () => {
    const input = [
      { id: 'a', ref: '2026-03-20', text: 'In February 2025 Trump called Putin. On March 18 they spoke again.' },
      { id: 7, ref: '1998-11-20', text: 'Shares surged yesterday.' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n\n');
    const { status, lines } = dates(['--jsonl'], input);
    expect(status).toBe(0);
    expect(lines.map((l) => [l.id, l.text, l.value])).toEqual([
      ['a', 'February 2025', '2025-02'],
      ['a', 'March 18', '2025-03-18'],
      [7, 'yesterday', '1998-11-19'],
    ]);
  });

  it('stops on a bad line, naming its number and what to write', () => {
    const { status, stderr } = dates(['--jsonl'], '{"id":"a","ref":"2026-03-20","text":"x"}\n{"id":"b","text":"no ref"}\n');
    expect(status).toBe(2);
    expect(stderr).toContain('stdin line 2');
    expect(stderr).toContain('"ref"');
  });
});
