/**
 * The table-driven test: every named rule's, tense cue's, veto's and stage's own examples,
 * run through the whole resolver. A rule, cue or veto added with its examples is tested here.
 */
import { describe, expect, it } from 'vitest';
import { MARKERS, SIGNALS } from './cues.ts';
import { findTemporalExpressions } from './index.ts';
import type { Example } from './model.ts';
import { QUOTED_MESSAGE_EXAMPLES } from './quotedMessages.ts';
import { CLOCK_DAY_EXAMPLES } from './refiners/clockDay.ts';
import { COUNTED_FROM_START_EXAMPLES } from './parsers/eventDays.ts';
import { DAY_BEFORE_MONTH_EXAMPLES } from './refiners/dayBeforeMonth.ts';
import { DAY_LIST_EXAMPLES } from './refiners/dayLists.ts';
import { KIND_OF_DAY_EXAMPLES } from './refiners/kindOfDay.ts';
import { LONG_AGO_EXAMPLES } from './refiners/longAgo.ts';
import { NARRATIVE_EXAMPLES } from './refiners/narrative.ts';
import { PART_OF_DAY_OF_EXAMPLES } from './refiners/partOfDayOf.ts';
import { PART_OF_A_PERIOD_EXAMPLES } from './refiners/qualifiers.ts';
import { RANGE_EXAMPLES } from './refiners/ranges.ts';
import { REPORTING_MONTH_EXAMPLES } from './refiners/reportingMonth.ts';
import { UNIT_OF_PERIOD_EXAMPLES } from './refiners/unitOfPeriod.ts';
import { WEEKDAY_COUNT_EXAMPLES } from './refiners/weekdayCount.ts';
import { WEEK_OF_DAY_EXAMPLES } from './refiners/weekOfDay.ts';
import { RULES } from './rules.ts';
import { VETOES } from './vetoes.ts';

function expectExample({ text, ref, finds, value }: Example): void {
  const found = findTemporalExpressions(text, ref);
  const summary = found.map((e) => `${e.text}=${e.value}`).join(', ');
  expect(found.find((e) => e.text === finds)?.value, `in "${text}" (${ref}) found ${summary}`).toBe(value);
}

const examplesOf = (owners: { name: string; examples: Example[] }[]) =>
  owners.flatMap(({ name, examples }) => examples.map((example): [string, string, Example] => [name, example.text, example]));

describe('every rule reads its examples', () => {
  it('each rule has a unique name and at least one example', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.examples.length, rule.name).toBeGreaterThan(0);
  });
  it.each(examplesOf(RULES))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('every tense cue leads its examples to their value', () => {
  it.each(examplesOf([...SIGNALS, ...MARKERS]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('narrative anchoring reads its examples', () => {
  it.each(examplesOf([{ name: 'narrative anchoring', examples: NARRATIVE_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a part of the day before "of" or "on" a date leaves the date to be read', () => {
  it.each(examplesOf([{ name: 'part of day before a date', examples: PART_OF_DAY_OF_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe("a week or weekend named by a day in it is that day's week or weekend", () => {
  it.each(examplesOf([{ name: 'week of a day', examples: WEEK_OF_DAY_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a part of a period is the period, over the whole phrase', () => {
  it.each(examplesOf([{ name: 'part of a period', examples: PART_OF_A_PERIOD_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a year or decade counted within a decade or century is that year or decade', () => {
  it.each(examplesOf([{ name: 'unit of a period', examples: UNIT_OF_PERIOD_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a range of dates shares the year of its end', () => {
  it.each(examplesOf([{ name: 'range', examples: RANGE_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe("a month's comparison a year earlier is that month a year before", () => {
  it.each(examplesOf([{ name: 'reporting month', examples: REPORTING_MONTH_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a clock time takes the day written after it', () => {
  it.each(examplesOf([{ name: 'clock day', examples: CLOCK_DAY_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe("a running event's day counts from its dated start", () => {
  it.each(examplesOf([{ name: 'counted from start', examples: COUNTED_FROM_START_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a number before a month is its day, not an hour', () => {
  it.each(examplesOf([{ name: 'day before month', examples: DAY_BEFORE_MONTH_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a list of days shares its month', () => {
  it.each(examplesOf([{ name: 'day list', examples: DAY_LIST_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a kind of day is no day', () => {
  it.each(examplesOf([{ name: 'kind of day', examples: KIND_OF_DAY_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a weekday before a count is the weekday alone', () => {
  it.each(examplesOf([{ name: 'weekday before a count', examples: WEEKDAY_COUNT_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a day so long ago is the day named, counted back', () => {
  it.each(examplesOf([{ name: 'long ago', examples: LONG_AGO_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('a dated message quoted reads its examples', () => {
  it.each(examplesOf([{ name: 'quoted message', examples: QUOTED_MESSAGE_EXAMPLES }]))('%s: %s', (_name, _text, example) => expectExample(example));
});

describe('every veto keeps its examples from being read as dates', () => {
  const ruleNames = new Set(['chrono', ...RULES.map((r) => r.name)]);
  it('each veto overrules known rules only', () => {
    for (const veto of VETOES) for (const rule of veto.overrules) expect(ruleNames.has(rule), `${veto.name} overrules "${rule}"`).toBe(true);
  });
  const cases = VETOES.flatMap(({ name, examples }) => examples.map((example): [string, string, typeof example] => [name, example.text, example]));
  it.each(cases)('%s: %s', (_name, _text, { text, ref, not }) => {
    expect(findTemporalExpressions(text, ref).map((e) => e.text)).not.toContain(not);
  });
});
