import { describe, expect, it, vi } from 'vitest';
import { findTemporalExpressions } from './index.ts';
import { chronoReadings } from './refiners/chronoReadings.ts';

/** The single expression whose text contains `fragment`. */
function find(text: string, reference: string, fragment: string) {
  const found = findTemporalExpressions(text, reference).filter((e) => e.text.includes(fragment));
  expect(found, `expressions containing "${fragment}"`).toHaveLength(1);
  const expression = found[0]!;
  expect(text.slice(expression.start, expression.end)).toBe(expression.text);
  return expression;
}

describe('bare weekdays take the tense of their clause', () => {
  it('future: "is scheduled to meet on Thursday" is the coming Thursday', () => {
    expect(find('Umerov is scheduled to meet Witkoff on Thursday.', '2026-02-25', 'Thursday').value).toBe('2026-02-26');
  });
  it('past: "held a call on Wednesday" is the reference day itself when it is a Wednesday', () => {
    const text = 'Zelenskyy confirmed that he held a 30‑minute call with Trump on Wednesday, focused on preparations.';
    const expression = find(text, '2026-02-25', 'Wednesday');
    expect(expression.value).toBe('2026-02-25');
    expect(expression.date).toMatchObject({ precision: 'day' });
    expect(expression.relative).toBe(true);
  });
  it('future: "will be held on Tuesday" read on a Monday is the next day', () => {
    const text = 'Starmer said a virtual meeting of allied nations will be held on Tuesday to discuss the latest developments.';
    expect(find(text, '2025-11-24', 'Tuesday').value).toBe('2025-11-25');
  });
  it('past: "began talks on Tuesday" read on a Tuesday is that day', () => {
    const text = 'Negotiators began two days of high-stakes peace talks in Geneva on Tuesday, seeking to break a stalemate.';
    expect(find(text, '2026-02-17', 'Tuesday').value).toBe('2026-02-17');
  });
  it('a fronted weekday takes the tense of the main clause', () => {
    const text = 'On Thursday in Geneva, Umerov is scheduled to meet Witkoff and Kushner.';
    expect(find(text, '2026-02-25', 'Thursday')).toMatchObject({ text: 'Thursday', value: '2026-02-26' });
  });
  it('a possessive weekday in a future context', () => {
    const text = 'Diplomats caution that Thursday’s session in Geneva is a preparatory step, but say it will help define the next meeting.';
    expect(find(text, '2026-02-25', 'Thursday').value).toBe('2026-02-26');
  });
  it('past tense looks back a week for a later weekday', () => {
    expect(find('The company said Friday that profits fell.', '1998-11-18', 'Friday').value).toBe('1998-11-13');
  });
});

describe('relative periods', () => {
  it('"last week" is the previous ISO week, at week precision', () => {
    const expression = find('European nations scrambled to respond last week.', '2025-11-24', 'last week');
    expect(expression.value).toBe('2025-W47');
    expect(expression.date).toMatchObject({ start: '2025-11-17', end: '2025-11-23', precision: 'week' });
  });
  it('"this week" is the reference week', () => {
    expect(find('There are no scheduled meetings this week.', '2025-11-24', 'this week').value).toBe('2025-W48');
  });
  it('"over the weekend" in the past is the latest Saturday–Sunday', () => {
    const expression = find('That sentiment was echoed on the streets over the weekend.', '2026-02-25', 'weekend');
    expect(expression.value).toBe('2026-W08-WE');
    expect(expression.date).toMatchObject({ value: '2026-02-21/2026-02-22', precision: 'span' });
  });
  it('"earlier in the day" is the reference day', () => {
    expect(find('Speaking earlier in the day, Zelenskyy named the obstacles.', '2026-02-25', 'earlier').value).toBe('2026-02-25');
  });
  it('"tomorrow", also inside a quote', () => {
    const text = '"I’m not sure that we will have tomorrow exactly [a] result… on the territories," he said.';
    expect(find(text, '2026-02-25', 'tomorrow').value).toBe('2026-02-26');
  });
  it('"next month"', () => {
    const expression = find('Talks resume next month.', '2026-02-25', 'next month');
    expect(expression.value).toBe('2026-03');
    expect(expression.date?.precision).toBe('month');
  });
});

describe('qualified dates', () => {
  it('"as early as March" keeps the month and says so', () => {
    const expression = find('a potential summit with Russia as early as March.', '2026-02-25', 'March');
    expect(expression).toMatchObject({ text: 'March', value: '2026-03' });
    expect(expression.date).toMatchObject({ value: '2026-03', qualifier: 'as early as', precision: 'month' });
  });
  it('"in early March" is March with mod START and its first ten days', () => {
    const expression = find('the next round of negotiations with Russia in early March.', '2026-02-25', 'March');
    expect(expression).toMatchObject({ text: 'early March', value: '2026-03', mod: 'START' });
    expect(expression.date).toMatchObject({ value: '2026-03', start: '2026-03-01', end: '2026-03-10', qualifier: 'early' });
  });
  it('"around the first week of March" is approximate', () => {
    const text = 'the next trilateral meeting, tentatively expected around the first week of March.';
    const expression = find(text, '2026-02-25', 'March');
    expect(expression).toMatchObject({ text: 'around the first week of March', mod: 'APPROX' });
    expect(expression.date).toMatchObject({ start: '2026-03-01', end: '2026-03-07', qualifier: 'around' });
  });
  it('"since February 2022" is that month, qualified since', () => {
    const expression = find('millions displaced since February 2022.', '2026-02-17', 'February');
    expect(expression.value).toBe('2022-02');
    expect(expression.date).toMatchObject({ qualifier: 'since' });
    expect(expression.relative).toBeFalsy();
  });
});

describe('months and days without a year', () => {
  it('a past verb sends a later month-day to last year', () => {
    expect(find('Trump told reporters on October 6 that he had decided.', '2026-02-25', 'October').value).toBe('2025-10-06');
  });
  it('a date next to the reference stays in its year', () => {
    expect(find('a precursor to a pivotal February 26 meeting', '2026-02-25', 'February').value).toBe('2026-02-26');
    expect(find('Stefanishyna told reporters on February 24 that diplomacy must be backed.', '2026-02-25', 'February').value).toBe('2026-02-24');
  });
  it('a future verb sends an earlier month-day to next year', () => {
    expect(find('The summit will open on January 5.', '2025-12-20', 'January').value).toBe('2026-01-05');
  });
  it('a month-day with no tense in its clause takes the nearest year', () => {
    const text = 'The negotiations, mediated by the United States, come just days before the fourth anniversary on February 24.';
    expect(find(text, '2026-02-17', 'February').value).toBe('2026-02-24');
  });
  it('"early March" alone', () => {
    expect(find('Talks are planned for early March.', '2026-02-25', 'March').value).toBe('2026-03');
  });
});

describe('years', () => {
  it('a year before a noun', () => {
    const expression = find('the "failed model" of the 1994 Budapest Memorandum', '2026-02-25', '1994');
    expect(expression.value).toBe('1994');
    expect(expression.date).toMatchObject({ precision: 'year', start: '1994-01-01', end: '1994-12-31' });
  });
  it('"pre-2014 borders" is the year, not a day', () => {
    const expression = find('return to its pre-2014 borders', '2025-02-12', '2014');
    expect(expression.value).toBe('2014');
    expect(expression.date?.precision).toBe('year');
  });
  it('"May 2024" is a month', () => {
    expect(find('Zelensky’s term expiring in May 2024.', '2025-02-12', 'May').value).toBe('2024-05');
  });
});

describe('traps stay traps', () => {
  it.each([
    ['positive developments “may” be happening', '2025-11-24'],
    ['Geneva may serve more as a platform for testing diplomatic flexibility.', '2026-02-17'],
    ['Some Ukrainian officials fear that Western support may wane.', '2025-02-12'],
    ['Several hundred demonstrators gathered before marching to the residence.', '2026-02-25'],
    ['Russia occupies approximately 20% of Ukraine’s territory.', '2025-02-12'],
    ['The initial 28-point peace plan alarmed Kyiv.', '2025-11-24'],
    ['No media source currently available 0:00 0:00:52 0:00', '2026-02-25'],
    ['hundreds of thousands of military casualties', '2025-02-12'],
  ])('no date in: %s', (text, reference) => {
    const dates = findTemporalExpressions(text, reference).filter((e) => e.type === 'DATE' || e.type === 'TIME');
    expect(dates.filter((e) => e.value !== 'PRESENT_REF')).toEqual([]);
  });

  it.each([
    ['Ukraine marked four years since the start of the invasion.', 'four years', 'P4Y'],
    ['he held a 30‑minute call with Trump', '30‑minute', 'PT30M'],
    ['began two days of talks', 'two days', 'P2D'],
    ['The war, which has lasted nearly three years, goes on.', 'nearly three years', 'P3Y'],
    ['the call lasted nearly 90 minutes', 'nearly 90 minutes', 'PT90M'],
  ])('a duration, never a date: %s', (text, fragment, value) => {
    expect(find(text, '2026-02-25', fragment)).toMatchObject({ type: 'DURATION', value });
  });
});

describe('reference expressions', () => {
  it.each([
    ['Prices are now rising.', 'now', 'PRESENT_REF'],
    ['Peskov recently cast doubt on the summit.', 'recently', 'PAST_REF'],
    ['new offensives in the future', 'future', 'FUTURE_REF'],
    ['Sales rose two years ago.', 'two years ago', '1996'],
    ['Profit fell in the third quarter.', 'third quarter', '1998-Q3'],
    ['Shares surged yesterday.', 'yesterday', '1998-11-19'],
  ])('%s', (text, fragment, value) => {
    expect(find(text, '1998-11-20', fragment)).toMatchObject({ type: 'DATE', value });
  });
});

it('does not depend on the machine time zone: a date-time reference uses its written day', () => {
  expect(find('He said so yesterday.', '2026-02-25T23:30:00-08:00', 'yesterday').value).toBe('2026-02-24');
});

describe("a sentence's dates read after its paragraph's earlier sentences", () => {
  const before = 'Negotiators began two days of talks in Riyadh on Friday. Officials met again on March 3.';
  /** The sentence's expressions (values) and how many times chrono's results were read (chronoReadings) to find them. */
  const read = (text: string, context = before) => {
    const readings = vi.spyOn(chronoReadings, 'refine');
    try {
      const values = findTemporalExpressions(text, '2026-03-06', { before: context }).map((e) => e.value);
      return { values, readings: readings.mock.calls.length };
    } finally {
      readings.mockRestore();
    }
  };
  it('are none, and the earlier sentences are not read, when the parsers find nothing in it', () => {
    expect(read('Markets reacted calmly to the news.')).toEqual({ values: [], readings: 0 });
    expect(read('Analysts said both sides would need to make concessions, and that it would take time.')).toEqual({ values: [], readings: 0 });
  });
  it('are read with the earlier ones where it has a date, a quotation, or follows no sentence end', () => {
    expect(read('They meet again on Monday.')).toEqual({ values: ['2026-03-09'], readings: 1 });
    expect(read('"We leave now," he said.').readings).toBe(1);
    expect(read('and 4 were quiet.', 'Officials met on March 3').readings).toBe(1);
  });
});
