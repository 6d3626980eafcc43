import { Chrono, casual, ParsingContext } from 'chrono-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReferenceDay } from './calendar.ts';
import { CHRONO_PARSERS_LEFT_OUT, datelineChrono } from './chrono.ts';
import { documentOption } from './document.ts';
import { findTemporalExpressions } from './index.ts';
import { ruleParser } from './parsers/rule.ts';
import { RULES } from './rules.ts';

// dates/chrono.ts skips chrono's refiners on a text where chrono's parsers found nothing: that
// holds only while none of them makes a result of no results.
describe("chrono's refiners", () => {
  it('make nothing of no results', () => {
    const refiners = casual.clone().refiners;
    expect(refiners.length).toBeGreaterThan(5);
    const context = new ParsingContext('Talks resumed on Friday, at 10 a.m. GMT (+0300), on 3/4.', new Date('2026-03-03T12:00:00Z'), {});
    for (const refiner of refiners) expect([refiner.constructor.name, refiner.refine(context, [])]).toEqual([refiner.constructor.name, []]);
  });
});

// dates/chrono.ts skips a rule whose mayRead says no: sound only while the rule reads nothing in
// any text mayRead turns away. Each rule alone (no gate, no refiners) on every example of every
// rule, and on wordings of our own, reads something only where its mayRead passes.
describe("a rule's mayRead", () => {
  const OWN_WORDINGS = [
    'The hearing ran for three hours and twenty minutes on Tuesday.',
    'Negotiators spent 2 days, 6 hours in the hotel before the deal.',
    'He was jailed for four and a half years in 2019.',
    'The ceasefire held for a week and a half, officials said.',
    'Rescuers dug for 36 hours; the last survivor was found a day later.',
    'A year and three months after the vote, the law took effect.',
    'The talks lasted ¾ hour.',
    'The two-day summit opened on Monday, a week after the attack.',
    'Voting lasted twelve hours.',
  ];
  const texts = [...RULES.flatMap((rule) => rule.examples.map((example) => example.text)), ...OWN_WORDINGS];
  const gated = RULES.filter((rule) => rule.mayRead);
  it('is asked by at least the compound durations', () => expect(gated.map((rule) => rule.name)).toContain('compound-duration'));
  it.each(gated.map((rule) => [rule.name, rule] as const))('%s reads nothing where it says no', (_name, rule) => {
    const alone = new Chrono({ parsers: [ruleParser(rule)], refiners: [] });
    const option = documentOption({ reference: parseReferenceDay('2026-02-25') });
    let read = 0;
    for (const text of texts) {
      const found = alone.parse(text, new Date('2026-02-25T12:00:00Z'), option).length > 0;
      if (found) read += 1;
      if (found) expect(rule.mayRead!(text), text).toBe(true);
    }
    // Honest: the texts hold some it reads, and some with one unit it turns away.
    expect(read).toBeGreaterThan(5);
    expect(texts.filter((text) => !rule.mayRead!(text)).length).toBeGreaterThan(5);
  });
});

// dates/chrono.ts leaves out chrono's parsers whose every result is relative (relativeLeftToRules
// drops them all): sound only while each makes no other result, and while nothing before that
// stage reads one result by another. Wordings of our own that each reads, in several styles.
describe("chrono's parsers of relative spans, left out", () => {
  const RELATIVE_WORDINGS = [
    'Talks collapsed two weeks ago, officials said.',
    'The ministers met 3 days ago in Vienna.',
    'The envoy returned five days later with a draft.',
    'A second round followed a week later, on Friday.',
    'Prices rose over the last 3 months, the bank said.',
    'Fighting eased in the past two weeks along the front.',
    'The accord takes effect within 30 days of signing.',
    'A decision is expected in 2 hours.',
    'The strike has run for 6 weeks now.',
    'Next 2 days will decide it; the last 24 hours were calm.',
    'At last they agreed to meet in Geneva on March 3.',
    'Within a month, on 12 May, the deal was signed.',
  ];
  const reference = { instant: new Date('2026-02-25T12:00:00Z'), timezone: 0 };
  const option = documentOption({ reference: parseReferenceDay('2026-02-25') });
  const relative = casual.clone().parsers.filter((p) => CHRONO_PARSERS_LEFT_OUT.has(p.constructor.name) && p.constructor.name !== 'ENEndOfCurrentMonthParser');
  it('are the four of durations counted from the reference', () => expect(relative.map((p) => p.constructor.name).sort()).toEqual(['ENTimeUnitAgoFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser']));
  it.each(relative.map((parser) => [parser.constructor.name, parser] as const))('%s makes relative results only', (_name, parser) => {
    const alone = new Chrono({ parsers: [parser], refiners: [] });
    let read = 0;
    for (const text of RELATIVE_WORDINGS) {
      for (const result of alone.parse(text, reference, option)) {
        read += 1;
        expect([...result.tags()].some((tag) => tag.startsWith('result/relative')), `${text}: ${result.text}`).toBe(true);
      }
    }
    // Honest: each reads some of the wordings.
    expect(read).toBeGreaterThan(0);
  });
  it('read nothing that reaches the readings: the dates read are those with every parser of chrono', () => {
    const every = casual.clone();
    every.parsers = [...RULES.map(ruleParser), ...casual.clone().parsers.filter((p) => p.constructor.name !== 'ENEndOfCurrentMonthParser')];
    every.refiners = datelineChrono.refiners;
    const read = (chrono: Chrono, text: string): string[] => chrono.parse(text, reference, option).map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}`);
    const texts = [...RELATIVE_WORDINGS, ...RULES.flatMap((rule) => rule.examples.map((example) => example.text))];
    let dated = 0;
    for (const text of texts) {
      const found = read(datelineChrono, text);
      expect(found, text).toEqual(read(every, text));
      dated += found.length;
    }
    expect(dated).toBeGreaterThan(100);
  });
});

// Chrono's zone refiner reads the words after every result of chrono's and works out its date
// before it looks the abbreviation up; dates/chrono.ts asks it only where an abbreviation may
// follow: after a clock in any case, after a date only in capitals ("March 3 EST").
describe("chrono's zone refiner", () => {
  // datelineChrono's stages hold chrono's own refiner objects (casual.clone() copies the list, not them).
  const zone = casual.refiners.find((r) => r.constructor.name === 'ExtractTimezoneAbbrRefiner')!;
  afterEach(() => vi.restoreAllMocks());
  const asked = (text: string) => {
    const refine = vi.spyOn(zone, 'refine');
    const read = findTemporalExpressions(text, '2026-03-05').map((e) => `${e.text} ${e.value}`);
    return { asked: refine.mock.calls.length > 0, read };
  };

  it.each(['Talks resumed on Friday to discuss the truce.', 'The envoy left on March 3, a day before the vote.', 'Rebels shelled the town on Tuesday (local time).'])('is not asked where no zone can follow: %s', (text) => {
    expect(asked(text).asked).toBe(false);
  });

  it.each([
    ['The blast came at 10 a.m. est on Friday.', true],
    ['The vote closes on March 3 EST, officials said.', true],
  ])('is asked where one may: %s', (text, expected) => {
    expect(asked(text).asked).toBe(expected);
  });

  it('still takes a zone after a clock', () => {
    expect(asked('Voting ends at 8 p.m. EST on Friday.').read[0]).toMatch(/^8 p\.m\. EST /);
  });
});

// dates/chrono.ts asks only the parsers whose words a text holds (RowsByWord over their gates,
// once each has one): sound only while it asks every parser that could read something there.
describe('the parsers filed by their words', () => {
  it('read what chrono reads asking every parser, on the rules\' examples read twice', () => {
    const plain = new Chrono({ parsers: datelineChrono.parsers, refiners: datelineChrono.refiners });
    const option = documentOption({ reference: parseReferenceDay('2026-02-25') });
    const reference = new Date('2026-02-25T12:00:00Z');
    const texts = RULES.flatMap((rule) => rule.examples.map((example) => example.text));
    const readings = (chrono: Chrono, text: string): string[] => chrono.parse(text, reference, option).map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()}`);
    // The first round files the parsers as they are first asked; the second reads by the files.
    for (let round = 0; round < 2; round += 1) for (const text of texts) expect(readings(datelineChrono, text), text).toEqual(readings(plain, text));
  });
});
