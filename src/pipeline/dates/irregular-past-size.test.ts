import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTED_BACK_ANCHOR, PAST_VERB_OPENING, TAIL_OF_A_TIME_CLAUSE } from '../events/lexicon.ts';
import { MARKERS } from './cues.ts';

const PIPELINE = path.resolve(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });

// IRREGULAR_PAST, then alternatives of its group (plain or interpolated), the group's close, and `\b`.
const BOUNDARY_AFTER_IRREGULAR_PAST = /\$\{IRREGULAR_PAST\}(?:\|(?:\$\{[^}]*\}|[^)`$])*)?\)*\\b/g;

const PAST_CUE = MARKERS.find((marker) => marker.name === 'past perfect and irregular past')!.pattern;
const matchesOf = (pattern: RegExp, text: string): string[] => [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => m[0]);

describe('the patterns built on IRREGULAR_PAST, the word ended by WORD_END', () => {
  // A `\b` after its alternation of some 110 pasts and 7 prefixes made V8's bytecode three times as large (the tense cue 291 KB,
  // COUNTED_BACK_ANCHOR 294 KB, PAST_VERB_OPENING 273 KB, TAIL_OF_A_TIME_CLAUSE 239 KB at 9f5b48d1) and its first run's compile
  // five times as long; after a word character `(?!\w)` is the same test.
  it('ends none of them with `\\b`', () => {
    const found = sources(PIPELINE).flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(BOUNDARY_AFTER_IRREGULAR_PAST)].map((m) => `${path.relative(PIPELINE, file)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  // The same matches as with `\b`, on invented sentences: an apostrophe inside ("didn't"), a prefix ("rebuilt"), a word a prefix
  // spells that is no past ("resent"), a past run on into a longer word ("leftover", "sentry"), a possessive ("let's").
  it.each([
    ["Crews rebuilt the bridge at Varn and didn't stop; the villagers resent it.", ['rebuilt', "didn't"]],
    ["The leftover sentry let the carts pass; let's see.", ['let']],
    ['The ferry is to be held at Osk; it had been told, then outran the storm.', ['had been told', 'outran']],
    ['Fog over Lask overlaid the hills and the mist shut the port.', ['overlaid', 'shut']],
  ])('the tense cue in %s', (text, matches) => {
    expect(matchesOf(PAST_CUE, text)).toEqual(matches);
  });

  it.each([
    ['Two days after the Varn council met, the ferry sailed.', ['Two days after the Varn council met']],
    ["A week after the guards didn't report, the gate fell.", []],
    ['A day after the storm struck Osk, the port shut.', ['A day after the storm struck']],
    ['A day after the storm struckout, nothing.', []],
  ])('COUNTED_BACK_ANCHOR in %s', (text, matches) => {
    expect(matchesOf(COUNTED_BACK_ANCHOR, text)).toEqual(matches);
  });

  it.each([
    ['outgrew the hall', true],
    ['outlet of the river', false],
    ["didn't come", true],
    ['sentries stood', false],
    ['handed over', true],
  ])('PAST_VERB_OPENING at %s', (text, opens) => {
    expect(PAST_VERB_OPENING.test(text)).toBe(opens);
  });

  it.each([
    [', the ferry rebuilt near Osk.', false],
    [', the ferry rebuiltish near Osk.', true],
    [', the ferry at Osk.', true],
  ])('TAIL_OF_A_TIME_CLAUSE at %s', (text, tail) => {
    expect(TAIL_OF_A_TIME_CLAUSE.test(text)).toBe(tail);
  });
});
