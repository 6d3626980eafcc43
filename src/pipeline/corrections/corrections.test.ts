import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content-error.ts';
import { article, contentErrorMessage, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { KINDS } from '../events/kinds.ts';
import { buildTimeline } from '../timeline.ts';
import { settleIdClashes } from '../unique-ids.ts';
import { checkCorrectionNames } from './check-names.ts';
import { parseCorrections } from './corrections-file.ts';
import { parseEdtf } from './edtf.ts';

const articles = [
  article('a', '2026-02-25', 'Zelenskyy held a call with Trump on Wednesday.\n\nOn Thursday in Geneva, Umerov is scheduled to meet Witkoff.\n'),
  article('b', '2026-02-25', 'Trump and Zelenskyy spoke by phone on February 25.\n'),
];
const build = (yaml: string) => buildTimeline(articles, { gazetteer: GAZETTEER, corrections: parseCorrections(yaml, 'content/corrections.yaml') });
const plain = build('');

describe('editors’ corrections', () => {
  it('start from the machine’s events', () => {
    expect(plain.events.map((e) => e.id)).toEqual(['2026-02-25-trump-zelenskyy-call', '2026-02-26-umerov-witkoff-meeting']);
  });

  it('fix a title, a kind and a date; a changed id redirects from the old one', () => {
    const t = build('- event: 2026-02-26-umerov-witkoff-meeting\n  set: { title: "Umerov meets Witkoff", date: "2026-02-27", kind: talks }\n');
    const fixed = t.events.find((e) => e.title === 'Umerov meets Witkoff')!;
    expect(fixed).toMatchObject({ id: '2026-02-27-umerov-witkoff-talks', kind: 'talks', date: { value: '2026-02-27', text: '27 February 2026' }, aliases: ['2026-02-26-umerov-witkoff-meeting'] });
    expect(t.redirects).toEqual([{ from: '2026-02-26-umerov-witkoff-meeting', to: '2026-02-27-umerov-witkoff-talks' }]);
    expect(t.warnings.filter((w) => w.code === 'unused-correction')).toEqual([]);
  });

  it('record on the event what the editors set and why; a fix without a reason records none', () => {
    const t = build('- event: 2026-02-26-umerov-witkoff-meeting\n  set: { date: "2026-02-27", status: occurred }\n  reason: "the meeting was held a day late"\n- event: 2026-02-25-trump-zelenskyy-call\n  set: { title: "The call" }\n');
    expect(t.events.find((e) => e.id === '2026-02-27-umerov-witkoff-meeting')!.corrections).toEqual([
      { field: 'date', value: '2026-02-27', reason: 'the meeting was held a day late' },
      { field: 'status', value: 'occurred', reason: 'the meeting was held a day late' },
    ]);
    expect(t.events.find((e) => e.title === 'The call')!.corrections).toEqual([{ field: 'title', value: 'The call' }]);
    expect(plain.events.every((e) => e.corrections === undefined)).toBe(true);
  });

  it('hide an event', () => {
    expect(build('- event: 2026-02-26-umerov-witkoff-meeting\n  hide: true\n').events.map((e) => e.id)).toEqual(['2026-02-25-trump-zelenskyy-call']);
  });

  it('split one article’s reports off an event, and merge them back', () => {
    const split = build('- event: 2026-02-25-trump-zelenskyy-call\n  split: b\n');
    expect(split.events.filter((e) => e.kind === 'call').map((e) => e.sources.map((s) => s.article))).toEqual([['a'], ['b']]);
    const ids = split.events.filter((e) => e.kind === 'call').map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    const merged = build(`- event: 2026-02-25-trump-zelenskyy-call\n  split: b\n- merge: [${ids.join(', ')}]\n`);
    expect(merged.events.filter((e) => e.kind === 'call')).toHaveLength(1);
  });

  it('add an event by hand, citing an exact sentence', () => {
    const t = build('- add:\n    title: Geneva meeting postponed\n    date: "2026-03"\n    kind: meeting\n    status: planned\n    sources: [{ article: a, quote: "On Thursday in Geneva, Umerov is scheduled to meet Witkoff." }]\n');
    const added = t.events.find((e) => e.title === 'Geneva meeting postponed');
    expect(added).toMatchObject({ kind: 'meeting', status: 'planned', date: { value: '2026-03', precision: 'month' } });
    expect(added?.sources[0]?.quotes[0]?.sentence).toBe(1);
  });

  it('warn about a correction that no longer matches, and a quote that is not in the article', () => {
    const t = build('- event: 2020-01-01-nobody-call\n  hide: true\n- add:\n    title: X\n    date: "2026-03"\n    kind: other\n    sources: [{ article: a, quote: "Not in the text." }]\n');
    expect(t.warnings.find((w) => w.code === 'unused-correction')?.message).toMatch(/content\/corrections\.yaml:1: .*2020-01-01-nobody-call.* no longer matches/);
    expect(t.warnings.find((w) => w.code === 'invalid-correction')?.message).toContain('Not in the text.');
  });

  it('refuse a malformed file with its line and what to write', () => {
    expect(() => parseCorrections('- event: x\n  set: { kind: chat }\n', 'content/corrections.yaml')).toThrow(ContentError);
    expect(() => parseCorrections('- event: x\n  set: { kind: chat }\n', 'content/corrections.yaml')).toThrow(/corrections\.yaml:1.*kind must be one of call, talks/);
    expect(() => parseCorrections('event: x\n', 'content/corrections.yaml')).toThrow(/must be a list/);
    expect(() => parseCorrections('- event: x\n  set: { title: T }\n  reason: [late]\n', 'content/corrections.yaml')).toThrow(/corrections\.yaml:3 field "reason": has the value \["late"\]; a reason must be text/);
  });

  it('are documented in the file’s header with every kind of the table of kinds, in its order', () => {
    const header = readFileSync('content/corrections.yaml', 'utf8').split('\n').filter((line) => line.startsWith('#'));
    const kindLines = header.filter((line) => /^#\s+kind:/.test(line));
    expect(kindLines, 'one example line gives the kinds').toHaveLength(1);
    const listed = /#\s*([a-z]+(?:,\s*[a-z]+)*)/.exec(kindLines[0]!.replace(/^#\s+kind:/, ''))?.[1]?.split(/,\s*/);
    expect(listed).toEqual(KINDS);
  });
});

describe('corrections that cannot be applied fail when read, naming the file and the line', () => {
  const FILE = 'content/corrections.yaml';
  const errorOf = contentErrorMessage;
  const DATE_FIX = 'Write a real day, month, week, year or span in quotes: date: "2026-02-25", "2026-03", "2026-W09", "1994" or "2026-02-17/2026-02-18" (add ~ for "around").';

  it.each([
    ['"2026-02-30"', '"2026-02-30", which is not a date the site can read.'],
    ['next week', '"next week", which is not a date the site can read.'],
    ['"0026-02-25"', '"0026-02-25", which is not a date the site can read (a year between 1000 and 2200).'],
    ['2026-02-25', '"2026-02-25", which is not a date the site can read.'.replace('"2026-02-25"', '"2026-02-25"')],
  ])('an unreadable date %s in a fix', (value, problem) => {
    const yaml = `- event: 2026-02-25-trump-zelenskyy-call\n  set:\n    title: Call\n    date: ${value}\n`;
    if (value === '2026-02-25') {
      // Unquoted, YAML's core schema keeps it a string: it is read, not refused.
      expect(parseCorrections(yaml, FILE).items[0]).toMatchObject({ set: { date: '2026-02-25' } });
      return;
    }
    expect(errorOf(() => parseCorrections(yaml, FILE))).toBe(`${FILE}:4 field "date": has the value ${problem} ${DATE_FIX}`);
  });

  it('an unreadable date in an added event', () => {
    const yaml = '- add:\n    title: X\n    kind: call\n    date: "2026-13"\n    sources: []\n';
    expect(errorOf(() => parseCorrections(yaml, FILE))).toBe(`${FILE}:4 field "date": has the value "2026-13", which is not a date the site can read. ${DATE_FIX}`);
  });

  it('a field written twice in one correction', () => {
    expect(errorOf(() => parseCorrections('- event: x\n  set: { kind: call }\n  set: { kind: talks }\n', FILE))).toBe(
      `${FILE}:3 field "set": is written twice; an earlier line already sets it. Keep one "set:" line, with the right value, and delete the other.`,
    );
  });

  it('a person or place that is not in the gazetteer, with the id probably meant', () => {
    const fix = parseCorrections('# header\n- event: 2026-02-25-trump-zelenskyy-call\n  set: { participants: [donald-trump, zelenskyy] }\n', FILE);
    expect(errorOf(() => checkCorrectionNames(fix, GAZETTEER))).toBe(
      `${FILE}:2 field "participants": names "zelenskyy", which is not an id in the gazetteer. Write volodymyr-zelenskyy (Volodymyr Zelenskyy), or an id from content/gazetteer.yaml, or add "zelenskyy" to the gazetteer first.`,
    );
    const add = parseCorrections('- add:\n    title: X\n    kind: call\n    date: "2026-03"\n    place: atlantis\n', FILE);
    expect(errorOf(() => checkCorrectionNames(add, GAZETTEER))).toBe(
      `${FILE}:1 field "place": names "atlantis", which is not an id in the gazetteer. Write an id from content/gazetteer.yaml, or add "atlantis" to the gazetteer first.`,
    );
  });
});

describe('event ids are unique', () => {
  it('an added event identical to one found in the articles is an error naming both', () => {
    const quote = 'Trump and Zelenskyy spoke by phone on February 25.';
    const yaml = `- add:\n    title: Trump and Zelenskyy speak by phone\n    date: "2026-02-25"\n    kind: call\n    participants: [donald-trump, volodymyr-zelenskyy]\n    sources: [{ article: b, quote: "${quote}" }]\n`;
    const single = [article('b', '2026-02-25', `${quote}\n`)];
    const before = buildTimeline(single, { gazetteer: GAZETTEER, corrections: parseCorrections('', 'content/corrections.yaml') });
    expect(before.events.map((e) => e.id)).toEqual(['2026-02-25-trump-zelenskyy-call']);
    expect(() => buildTimeline(single, { gazetteer: GAZETTEER, corrections: parseCorrections(yaml, 'content/corrections.yaml') })).toThrow(
      /^content\/corrections\.yaml:1 adds an event identical to the event 2026-02-25-trump-zelenskyy-call \(“.+”\), reported in b: both would have one id, and one page would overwrite the other\. Delete this correction if the event is already on the timeline/,
    );
  });

  it('events the machine finds alike take -2, -3 after the first, never an id already taken', () => {
    const found = (id: string) => ({ id, baseId: id, title: id, tracked: { cluster: { members: [] }, knownAs: new Set<string>(), fixes: {} } });
    const items = [found('x-call'), found('x-call'), found('x-call-2'), found('x-call'), found('y-talks')];
    settleIdClashes(items);
    expect(items.map((i) => i.id)).toEqual(['x-call', 'x-call-3', 'x-call-2', 'x-call-4', 'y-talks']);
  });
});

describe('parseEdtf', () => {
  it('reads days, months, weeks, years, spans and approximate dates', () => {
    expect(parseEdtf('2026-02-25')).toMatchObject({ start: '2026-02-25', end: '2026-02-25', precision: 'day' });
    expect(parseEdtf('2026-02')).toMatchObject({ start: '2026-02-01', end: '2026-02-28', precision: 'month' });
    expect(parseEdtf('2026-W09')).toMatchObject({ start: '2026-02-23', end: '2026-03-01', precision: 'week' });
    expect(parseEdtf('1994')).toMatchObject({ start: '1994-01-01', end: '1994-12-31', precision: 'year' });
    expect(parseEdtf('2026-02-17/2026-02-18')).toMatchObject({ precision: 'span' });
    expect(parseEdtf('2026-03~')).toMatchObject({ precision: 'month', qualifier: 'around' });
    expect(parseEdtf('2026-02-30')).toBeUndefined();
    expect(parseEdtf('next week')).toBeUndefined();
  });
});
