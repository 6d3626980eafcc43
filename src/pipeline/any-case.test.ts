// Words of any case inside a pattern of one case are written letter by letter (any-case.ts), not as a
// case-insensitive group "(?i:…|…)": V8 compiles a pattern into one of several codes, which one hanging
// on what the process ran before, and in some of them such a group reads its first word in one case
// only. --no-regexp-optimization gives every pattern one of those codes, as a long run can: the office
// of "since Pope Clement" and the visit to "the Blue Mosque" are read there as a fresh process reads them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anyCase } from './any-case.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a process started with `flags` reads in sentences of offices and holy sites. */
function readUnder(flags: string[]): unknown {
  const script = `
    import { officeWritten } from './src/pipeline/entities/offices.ts';
    import { findTriggers } from './src/pipeline/events/triggers.ts';
    const office = (text, name) => officeWritten(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length }) ?? null;
    const kinds = (text) => findTriggers(text, '').map((hit) => hit.rule.kind);
    console.log(JSON.stringify({
      pope: office('It is a month and more since Pope Clement was elected in Varna.', 'Clement'),
      president: office('In Lusk he will be received by President Ana Rell on Thursday.', 'Ana Rell'),
      formerPresident: office('He met former President Aldo Vance on Monday.', 'Aldo Vance'),
      mosque: kinds('On Saturday the Pope visits the Blue Mosque in Varna.'),
    }));`;
  return JSON.parse(execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

describe('words of any case inside a pattern of one case', () => {
  it('are each letter in either case, escapes and classes kept', () => {
    expect(anyCase(String.raw`pope|gen\.|defen[cs]e|labou?r|\p{Lu}x`)).toBe(String.raw`[pP][oO][pP][eE]|[gG][eE][nN]\.|[dD][eE][fF][eE][nN][cCsS][eE]|[lL][aA][bB][oO][uU]?[rR]|\p{Lu}[xX]`);
    expect(() => anyCase('[a-z]+')).toThrow(/range/);
  });

  it('are read alike in every code V8 may compile the pattern into', () => {
    const fresh = readUnder([]);
    expect(fresh).toEqual({ pope: 'Pope', president: 'President', formerPresident: 'former President', mosque: ['other'] });
    expect(readUnder(['--no-regexp-optimization'])).toEqual(fresh);
    expect(readUnder(['--regexp-interpret-all'])).toEqual(fresh);
  }, 60_000);

  it('no pattern of src/ or scripts/ holds a case-insensitive group', () => {
    const files = ['src', 'scripts'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(dir, f)));
    // Comments may name the group; code may not.
    const holding = files.flatMap((file) => readFileSync(join(ROOT, file), 'utf8').split('\n').flatMap((line, i) => (/^\s*(?:\/\/|\*|\/\*)/.test(line) || !line.includes('(?i:') ? [] : [`${file}:${i + 1}`])));
    expect(files.length).toBeGreaterThan(100);
    expect(holding).toEqual([]);
  });
});
