/**
 * TimeML conventions of news writing, beyond the product's own rules in index.test.ts:
 * business reporting periods, reference words, parts of days and things that only look like dates.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const at = (text: string, reference: string) =>
  findTemporalExpressions(text, reference).map(({ text: t, type, value, mod }) => ({ text: t, type, value, ...(mod ? { mod } : {}) }));

/** The single expression whose text contains `fragment`, with its text, type, value and mod. */
function find(text: string, reference: string, fragment: string) {
  const found = at(text, reference).filter((e) => e.text.includes(fragment));
  expect(found, `expressions containing "${fragment}" in ${JSON.stringify(at(text, reference))}`).toHaveLength(1);
  return found[0]!;
}

describe('business reporting: a year ago means the quarter reported on, a year before', () => {
  const report = 'Third-quarter profit rose 12% to $5 million from $4 million a year ago.';
  it('"a year ago" after a quarter is that quarter of the year before', () => {
    expect(find(report, '1989-11-02', 'year ago').value).toBe('1988-Q3');
  });
  it('"a year earlier", "year-earlier" and "the year-ago quarter" likewise', () => {
    const text = 'In the fourth quarter, net fell. Revenue was flat from a year earlier. Year-earlier results included a gain. In the year-ago quarter it lost money.';
    expect(find(text, '1990-02-01', 'a year earlier').value).toBe('1988-Q4');
    expect(find(text, '1990-02-01', 'Year-earlier').value).toBe('1988-Q4');
    expect(find(text, '1990-02-01', 'year-ago quarter')).toMatchObject({ text: 'the year-ago quarter', value: '1988-Q4' });
  });
  it('"the latest period" and "the quarter" are the quarter reported on; "the 1988 period" its twin', () => {
    const text = 'Second-quarter sales rose. Sales in the latest period were $3 billion, against $2 billion in the 1988 period. For the quarter, margins widened.';
    expect(find(text, '1989-08-01', 'latest period').value).toBe('1989-Q2');
    expect(find(text, '1989-08-01', '1988 period')).toMatchObject({ text: 'the 1988 period', value: '1988-Q2' });
    expect(find(text, '1989-08-01', 'the quarter').value).toBe('1989-Q2');
  });
  it('names its own quarter: "this year\'s third quarter", "the quarter a year ago", "the 1988 third quarter"', () => {
    expect(find('Profit will rise in next year\'s first quarter.', '1989-10-31', 'first quarter')).toMatchObject({ text: "next year's first quarter", value: '1990-Q1' });
    expect(find('For the quarter a year ago, it earned $1.', '1989-10-26', 'quarter')).toMatchObject({ text: 'the quarter a year ago', value: '1988-Q3' });
    expect(find('It lost $2 in the 1988 third quarter.', '1989-10-26', 'quarter')).toMatchObject({ text: 'the 1988 third quarter', value: '1988-Q3' });
  });
  it('a longer period in the sentence keeps "a year earlier" a year', () => {
    const text = 'Third-quarter net rose. In the first nine months, profit rose to $3 from $2 a year earlier. Sales rose from a year earlier.';
    const found = at(text, '1989-11-02').filter((e) => e.text === 'a year earlier').map((e) => e.value);
    expect(found).toEqual(['1988', '1988-Q3']);
  });
  it('"for the year" in a report on a quarter is that quarter\'s year, the year just ended in January', () => {
    const text = 'The company said its profit rose 38 percent in the fourth quarter. For the year, profit rose 33 percent.';
    expect(find(text, '2000-01-27', 'the year').value).toBe('1999');
    expect(find('Third-quarter net rose. For the year, volume was flat.', '1989-11-02', 'the year').value).toBe('1989');
    expect(find('Sales for the full year rose.', '2000-01-27', 'the full year').value).toBe('2000');
  });
  it('a quarter before the one reported on is told beside it; a fiscal one is reported on', () => {
    const text = 'Marlow Foods said third-quarter profit rose 8%. After a weak second quarter, it credited its bakeries. Costs in the year-earlier period included a plant closing.';
    expect(find(text, '2031-10-30', 'year-earlier period').value).toBe('2030-Q3');
    const fiscal = 'Third-quarter net at Orland Mills rose. Tessel Corp. posted a fiscal second-quarter loss. The latest period included a gain.';
    expect(find(fiscal, '2031-10-30', 'latest period').value).toBe('2031-Q2');
  });
  it('a quarter still running is forecast, not reported on', () => {
    const text = 'Third-quarter net rose. Fourth-quarter earnings will fall. The latest quarter was strong.';
    expect(find(text, '1989-11-02', 'latest')).toMatchObject({ value: '1989-Q3' });
  });
  it('half years: "the last half of 1989", "the first two quarters of 1990"', () => {
    expect(find('Earnings will be lower for the last half of 1989.', '1989-10-26', 'half')).toMatchObject({ text: 'the last half of 1989', value: '1989-H2' });
    expect(find('through the first two quarters of 1990', '1989-10-26', 'quarters')).toMatchObject({ value: '1990-H1' });
  });
  it('without a quarter in the text, "a year ago" stays the year before', () => {
    expect(find('Prices were higher a year ago.', '1998-11-20', 'year ago').value).toBe('1997');
  });
  it('"the year-earlier nine months" is not a date of the year before', () => {
    expect(at('Net for the year-earlier nine months rose.', '1989-11-02').filter((e) => e.type === 'DATE')).toEqual([]);
  });
});

describe('reference words count only where they point at a time', () => {
  it.each([
    ['He had previously worked at the bank.'],
    ['The firm, formerly known as Acme, grew.'],
    ['Talks will eventually resume.'],
    ['Analysts worry about future earnings.'],
    ['The shop reopens as soon as the roof is mended.'],
    ['He fell ill and was soon released.'],
    ['He was killed soon after being captured.'],
  ])('no reference in: %s', (text) => {
    expect(at(text, '1998-11-20').filter((e) => /_REF$/.test(e.value))).toEqual([]);
  });
  it('"the near term" is the future', () => {
    expect(find("We don't minimize the challenges of the near term.", '1989-10-30', 'term').value).toBe('FUTURE_REF');
  });
  it('"soon" ahead and "the future" still are the future', () => {
    expect(find('The company will soon sell the unit.', '1998-11-20', 'soon').value).toBe('FUTURE_REF');
    // "as soon as possible" is one future, whatever tense tells it (TimeBank: 1 of 1); "as soon as" a clause is none.
    expect(find('The mayor said the bridge would be repaired as soon as possible.', '2024-06-12', 'soon')).toMatchObject({ text: 'as soon as possible', value: 'FUTURE_REF' });
    expect(find('It may help in the near future.', '1998-11-20', 'future')).toMatchObject({ text: 'the near future', value: 'FUTURE_REF' });
  });
});

describe('a clock time keeps its abbreviation', () => {
  it('"at 10:35 a.m." ends with the dot of "a.m."', () => {
    expect(find('The bomb went off at 10:35 a.m. in Nairobi.', '1998-08-08', 'a.m')).toMatchObject({ text: '10:35 a.m.', type: 'TIME' });
  });
  it('keeps the precision written: a wire timestamp with seconds keeps them, a clock time without has none', () => {
    expect(find('NEWS STORY 08/12/1998 14:05:00', '1998-08-12', '14:05')).toMatchObject({ type: 'TIME', value: '1998-08-12T14:05:00' });
    expect(find('The vote closed at 14:05 on Aug. 12, 1998.', '1998-08-12', '14:05').value).toMatch(/T14:05$/);
  });
});

describe('a weekday ahead', () => {
  it('"is to resume trading Tuesday" is an arrangement still to come', () => {
    expect(find('The stock, traded in London, is to resume trading in Paris Tuesday.', '1989-10-27', 'Tuesday').value).toBe('1989-10-31');
  });
  it('"as soon as Tuesday" looks forward', () => {
    expect(find('The group was ready to leave as soon as Tuesday, Castro said.', '2000-04-03', 'Tuesday').value).toBe('2000-04-04');
  });
  it('a closing price is past: "a premium over Thursday\'s closing price" in notes due 1999', () => {
    const text = 'Debentures due Oct. 15, 1999, are convertible at $25, a 24% premium over Thursday\'s closing price.';
    expect(find(text, '1989-10-30', 'Thursday').value).toBe('1989-10-26');
  });
  it('what is postponed until Tuesday goes ahead; a limit alone takes the nearest Tuesday', () => {
    expect(find('Officials postponed until Tuesday any action on the case.', '2000-03-30', 'Tuesday').value).toBe('2000-04-04');
    expect(find('The office stayed closed until Tuesday.', '2000-03-30', 'Tuesday').value).toBe('2000-03-28');
  });
});

describe('a weekday with a part of the day', () => {
  it('"Friday night" is that evening of the past Friday', () => {
    expect(find('The doctor was shot in his kitchen Friday night.', '1998-10-25', 'Friday')).toMatchObject({ text: 'Friday night', type: 'TIME', value: '1998-10-23TNI' });
  });
  it('"Tuesday morning" ahead', () => {
    expect(find('The court will rule Tuesday morning.', '2000-03-30', 'Tuesday')).toMatchObject({ type: 'TIME', value: '2000-04-04TMO' });
  });
});

describe('only looks like a date', () => {
  it.each([
    ['Sun Microsystems rose 1/4 to 12 3/4.'],
    ['Shares of Sun fell; Sat scores rose.'],
    ['The stock closed at 7/8.'],
    ['Protesters joined the annual March for Life on Capitol Hill.'],
    ['He led the ``March of the Combatant Mothers.\'\''],
  ])('no date in: %s', (text) => {
    expect(at(text, '1989-10-30').filter((e) => e.type === 'DATE' || e.type === 'TIME')).toEqual([]);
  });
  it('a written-out weekday and a full numeric date still are', () => {
    expect(find('It closed on Sun. and reopened 10/30/89.', '1989-10-30', '10/30').value).toBe('1989-10-30');
  });
});

describe('the year of a month or day written without one', () => {
  it('a past clause does not send a near deadline to last year', () => {
    expect(find('The offer was extended to Nov. 20.', '1989-10-30', 'Nov.').value).toBe('1989-11-20');
    expect(find('The parent asked it to respond by Oct. 31.', '1989-10-26', 'Oct.').value).toBe('1989-10-31');
  });
  it('"by February" is a deadline ahead unless the clause is past', () => {
    expect(find('The sale is part of a program to pay down the bridge loan by February.', '1989-10-30', 'February').value).toBe('1990-02');
    expect(find('The company had repaid the whole loan by February.', '1989-10-30', 'February').value).toBe('1989-02');
  });
  it('but a month not yet begun in a past clause is last year\'s', () => {
    expect(find('Sales fell in March.', '2026-02-25', 'March').value).toBe('2025-03');
  });
  it('a fronted month takes the tense of the main clause', () => {
    expect(find('In January, a week after the anniversary, the company reported a loss.', '1998-10-25', 'January').value).toBe('1998-01');
  });
  it('unmarked, news looks back: a month still to come is meant only when near', () => {
    expect(find('A high in June, a low in March.', '1989-10-30', 'March').value).toBe('1989-03');
    expect(find('Kopp vanished, and the car was found at the airport in December.', '1999-04-10', 'December').value).toBe('1998-12');
    expect(find('Dividend payable Jan. 2.', '1989-11-02', 'Jan.').value).toBe('1990-01-02');
  });
  it('a limit is the nearest one, whatever the verb; "since" looks back', () => {
    expect(find('The bank extended the loans through January.', '1989-10-30', 'January').value).toBe('1990-01');
    expect(find('Withdrawals followed little change in sales this year through August.', '1989-10-27', 'August').value).toBe('1989-08');
    expect(find('It gave Merieux until mid-November to submit more.', '1989-10-30', 'November').value).toBe('1989-11');
    expect(find('His relatives have cared for him since November.', '2000-04-17', 'November').value).toBe('1999-11');
  });
  it('plans look forward: "expects to release results in mid-November", "guidelines to be published in early November"', () => {
    expect(find('The company said it expects to release results in mid-November.', '1989-10-27', 'November').value).toBe('1989-11');
    expect(find('He added that guidelines to be published in early November will decide.', '1989-10-30', 'November').value).toBe('1989-11');
  });
  it('a modal passive looks forward: "must be returned by Jan. 14"', () => {
    expect(find('Elian must be returned to his father by Jan. 14.', '2000-01-06', 'Jan.').value).toBe('2000-01-14');
  });
  it('a change "effective Feb. 1" takes effect on a day to come, whatever verb announced it', () => {
    expect(find('The bank created an office of the chairman, effective Feb. 1.', '1989-10-26', 'Feb.').value).toBe('1990-02-01');
    expect(find('Costs rose under the new labor pact effective June 1.', '1989-10-26', 'June').value).toBe('1990-06-01');
    expect(find('The rule, effective Oct. 1, was dropped.', '1989-10-26', 'Oct.').value).toBe('1989-10-01');
  });
  it('an adjective after an adverb is no past: "would be paid on a still unspecified date in January"', () => {
    expect(find('The dividend would be paid on a still unspecified date in January.', '1989-10-26', 'January').value).toBe('1990-01');
  });
  it('a present passive is no past: "when the case is heard in May"', () => {
    expect(find('They lose him if the case is heard in May.', '2000-03-29', 'May').value).toBe('2000-05');
    expect(find('The case was heard in May.', '2000-03-29', 'May').value).toBe('1999-05');
  });
  it('an adverb between modal and verb keeps the verb future: "would still be held on April 24"', () => {
    expect(find('He said a ceremony would still be held at the summit on April 24.', '1999-02-10', 'April').value).toBe('1999-04-24');
  });
});

describe('months and years named relative to the reference', () => {
  it('"at last may" is still the verb', () => {
    expect(at('And at last may the talks begin.', '1989-10-27')).toEqual([]);
  });
  it.each([
    ['He quit last April.', 'April', 'last April', '1989-04'],
    ['It opened last December.', 'December', 'last December', '1988-12'],
    ['It opened in July last year.', 'July', 'July last year', '1988-07'],
    ['The vote is this September.', 'September', 'this September', '1989-09'],
    ['The plant reopens next March.', 'March', 'next March', '1990-03'],
    ['The two presidents signed it last May.', 'May', 'last May', '1989-05'],
    ['The plant reopens next May.', 'May', 'next May', '1990-05'],
  ])('%s', (text, month, span, value) => {
    expect(find(text, '1989-10-27', month)).toMatchObject({ text: span, value });
  });
  it('the month just ended is "last month", so "last February" on March 1 is a year before; "this past February" is not', () => {
    expect(find('Two helicopters crashed last February.', '1998-03-01', 'February')).toMatchObject({ text: 'last February', value: '1997-02' });
    expect(find('It rained a lot this past February.', '1998-03-01', 'February').value).toBe('1998-02');
    expect(find('It opened last December.', '2000-01-13', 'December').value).toBe('1998-12');
    expect(find('It opened last November.', '2000-01-13', 'November').value).toBe('1999-11');
  });
  it('"the year", "the full year", "the fiscal year" are the reference year; "the year ended Sept. 30" a year long', () => {
    expect(find('Sales for the full year rose.', '1989-11-02', 'year')).toMatchObject({ text: 'the full year', value: '1989' });
    expect(find('For the year, volume was flat.', '1989-11-02', 'year').value).toBe('1989');
    expect(find('For the year ended Sept. 30, it earned $4.', '1989-11-02', 'year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    // "the year before" with nothing named before it is the year before the writing's, as "the previous year" is (one convention, s36).
    expect(find('Down from $450 million the year before.', '1998-09-07', 'year')).toMatchObject({ text: 'the year before', value: '1997' });
    expect(find('Profit rose to $12 million from $9 million the previous year.', '1998-09-07', 'year')).toMatchObject({ text: 'the previous year', value: '1997' });
  });
  it('"by year-end" is the reference year, at its end', () => {
    expect(find('It should close by year-end.', '1989-11-02', 'year')).toMatchObject({ text: 'year-end', value: '1989' });
  });
  it('years said aloud', () => {
    expect(find('In nineteen ninety-six, the law passed.', '1998-02-27', 'nineteen').value).toBe('1996');
    expect(find('by the year two thousand', '1998-02-05', 'two')).toMatchObject({ text: 'the year two thousand', value: '2000' });
    expect(at('Two thousand people marched.', '1998-02-05')).toEqual([]);
    expect(find('It began in January nineteen ninety-seven.', '1998-02-27', 'January')).toMatchObject({ text: 'January nineteen ninety-seven', value: '1997-01' });
    expect(find('the level we saw in the winter of nineteen ninety-four', '1998-02-23', 'winter')).toMatchObject({ value: '1994-WI' });
  });
});

describe('"current" holds now, "recent" alone says nothing of when', () => {
  it('"current market conditions" is the present', () => {
    expect(find('Construction waits because of current market conditions.', '1989-10-30', 'current').value).toBe('PRESENT_REF');
  });
  it('"a recent filing" has no time of its own; "in recent weeks" is a stretch of weeks, "in the past" the past', () => {
    expect(at('according to a recent SEC filing', '1989-10-30')).toEqual([]);
    expect(find('Shares fell in recent weeks.', '1989-10-30', 'recent')).toMatchObject({ text: 'recent weeks', type: 'DURATION', value: 'PXW' });
    expect(find('It happened in the past.', '1989-10-30', 'past')).toMatchObject({ text: 'the past', value: 'PAST_REF' });
  });
  it('"the third-quarter loss": the article belongs to the loss, not the quarter', () => {
    expect(find('It posted the third-quarter loss.', '1989-10-30', 'quarter')).toMatchObject({ text: 'third-quarter', value: '1989-Q3' });
    expect(find('It lost money in the third quarter.', '1989-10-30', 'quarter')).toMatchObject({ text: 'the third quarter' });
  });
  it('"around" before a possessive weekday goes with the verb', () => {
    expect(find("Lawyers got around Wednesday's ruling.", '2000-01-07', 'Wednesday')).toMatchObject({ text: 'Wednesday', value: '2000-01-05' });
  });
});

describe('parts of days', () => {
  it('a part of the day named alone is the reference day, as a clock time is: "by mid-afternoon", "at midday"', () => {
    expect(find('By mid afternoon, official sources said the operation was over.', '1998-03-06', 'afternoon')).toMatchObject({ type: 'TIME', value: '1998-03-06TAF' });
    expect(find('He was to appear before a judge at midday.', '1999-10-08', 'midday')).toMatchObject({ type: 'TIME', value: '1999-10-08T12:00' });
    expect(find('In London at mid-afternoon yesterday, shares were up.', '1989-11-02', 'afternoon')).toMatchObject({ text: 'mid-afternoon yesterday', value: '1989-11-01TAF' });
  });
  // THE convention for a part of the day (s44, counted in TimeBank's own gold, tuning): every part of a day
  // written with its day is one TIME over both, 15 of 15 ("Thursday evening", "Saturday night", "noon
  // Thursday", "midnight Friday", "mid-afternoon yesterday", "this morning", "last night", "later this
  // afternoon"); "early"/"late"/"earlier"/"later" and a day with no part is a DATE with its mod, 6 of 6
  // ("early Tuesday" START, "late yesterday" END). TimeBank writes no "the night of <date>" nor "<part>
  // on <day>": they are the same class, one TIME. Our own golds follow it (tests/fixtures/dates/*).
  it('a part of the day written with its day is one TIME over both, however joined: "Tuesday night", "the night of Oct. 23", "the evening on Wednesday"', () => {
    expect(find('He was shot to death on the night of Oct. 23 as he stood.', '1999-05-05', 'Oct.')).toMatchObject({ text: 'the night of Oct. 23', type: 'TIME', value: '1998-10-23TNI' });
    expect(find('They returned home on the night of Friday, Oct. 23.', '1998-11-21', 'Oct.')).toMatchObject({ text: 'the night of Friday, Oct. 23', type: 'TIME', value: '1998-10-23TNI' });
    expect(find('Envoys bargained into the evening on Wednesday, an aide said.', '2031-06-13', 'Wednesday')).toMatchObject({ text: 'the evening on Wednesday', type: 'TIME', value: '2031-06-11TEV' });
    expect(find('The dam gave way before dawn on Friday.', '2025-07-07', 'Friday')).toMatchObject({ text: 'dawn on Friday', type: 'TIME', value: '2025-07-04TMO' });
    expect(find('Troops crossed the river late Thursday night.', '1999-03-19', 'Thursday')).toMatchObject({ text: 'late Thursday night', type: 'TIME', value: '1999-03-18TNI', mod: 'END' });
  });
  it('"early"/"late" and a day with no part of it is the day with its mod, a DATE: "late Wednesday", "early today"', () => {
    expect(find('The vote came late Wednesday, officials said.', '2000-02-11', 'Wednesday')).toMatchObject({ text: 'late Wednesday', type: 'DATE', value: '2000-02-09', mod: 'END' });
    expect(find('Crews restored power early today.', '2001-01-11', 'today')).toMatchObject({ text: 'early today', type: 'DATE', value: '2001-01-11', mod: 'START' });
  });
});

describe('what looks like a time but names none', () => {
  it('"for the foreseeable future" says how long, not when; "in the near future" is still the future', () => {
    expect(at('Ukraine would remain neutral for the foreseeable future.', '1998-02-27')).toEqual([]);
    expect(find('It plans an offering in the near future.', '1989-11-01', 'future').value).toBe('FUTURE_REF');
  });
  it('"most recently last October": the date says when, "recently" only orders', () => {
    expect(find('Three doctors were killed, most recently last October when a sniper struck.', '1999-02-06', 'October')).toMatchObject({ text: 'last October', value: '1998-10' });
    expect(at('Three doctors were killed, most recently last October.', '1999-02-06').filter((e) => e.value === 'PAST_REF')).toEqual([]);
    expect(find('More recently it has followed the militias.', '1998-03-03', 'recently').value).toBe('PAST_REF');
  });
  it('"the past three summers", "the past century": "the past" is an adjective there, not the past', () => {
    expect(at('Marches provoked violence for the past three summers.', '1998-03-22').filter((e) => e.value === 'PAST_REF')).toEqual([]);
    expect(at('It was one of the events of the past century.', '1989-11-01').filter((e) => e.value === 'PAST_REF')).toEqual([]);
    expect(find('In the past, the plan failed.', '1989-11-01', 'past').value).toBe('PAST_REF');
  });
  it('a quoted title in capitals ("This Week") is a show, not a week; "this week" is a week', () => {
    expect(at('Baker, speaking on ABC News\' "This Week," said so.', '1990-08-13')).toEqual([]);
    expect(at('Baker said on "This Week With David Brinkley" that talks failed.', '1991-02-25')).toEqual([]);
    expect(find('He said talks resume "this week" in Geneva.', '1991-02-25', 'week').value).toBe('1991-W09');
  });
  it('"the future of our peoples", "the future looks bleak" are a topic; "worried about the future" is the future', () => {
    expect(at('That is very important to the future of our peoples.', '1998-02-13')).toEqual([]);
    expect(at('The results were poor, and the future looks anything but encouraging.', '1989-10-30')).toEqual([]);
    expect(find('Residents are worried about the future and fear the worst.', '1998-03-06', 'future').value).toBe('FUTURE_REF');
  });
  it('"today\'s youth", "in today\'s world" are the present age; "today\'s editions" are the day\'s', () => {
    expect(at("The case is for today's youth what the blockade was.", '2000-01-07')).toEqual([]);
    expect(at("It makes no sense in today's world.", '1998-04-24')).toEqual([]);
    expect(at("The chip runs many of today's personal computers.", '1989-10-27')).toEqual([]);
    expect(find("The offer, advertised in today's editions, expires soon.", '1989-11-02', 'today').value).toBe('1989-11-02');
  });
});

describe('counted from another event, not from the reference', () => {
  it.each([
    ['Three days later, the index fell.', 'Three days', 'P3D'],
    ['A few days later, it announced a loss.', 'A few days', 'PXD'],
    ['The move comes barely a month after Qantas cut services.', 'a month', 'P1M'],
    ['The banks must wait at least 30 days before closing.', 'at least 30 days', 'P30D'],
    ['A day earlier, trucks crossed the border.', 'A day earlier', 'P1D'],
  ])('%s', (text, span, value) => {
    expect(find(text, '1989-10-30', span.split(' ')[1]!)).toMatchObject({ text: span, type: 'DURATION', value });
  });
  it('"the day before" an event is no date of its own', () => {
    expect(at('He was last seen the day before authorities issued a warrant.', '1999-05-07')).toEqual([]);
  });
  it('"two years ago" still counts from the reference', () => {
    expect(find('It opened two years ago.', '1998-11-20', 'ago')).toMatchObject({ type: 'DATE', value: '1996' });
  });
});

describe('counts, repetitions and centuries', () => {
  it('"the 1988 quarter" is a quarter, not 1,988 of them', () => {
    expect(find('Net fell from the 1988 quarter.', '1989-10-30', 'quarter')).toMatchObject({ type: 'DATE', value: '1988-Q3' });
  });
  it('"each Thursday", "every July" repeat', () => {
    expect(find('A flight leaves each Thursday.', '1998-02-13', 'Thursday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-4' });
    expect(find('The fair opens every July.', '1998-02-13', 'July')).toMatchObject({ type: 'SET', value: 'XXXX-07' });
  });
  it('a weekday in the plural repeats, and so does one joined to it ("on Monday and Tuesday nights")', () => {
    const text = 'Two new flights would leave Bombay on Monday and Tuesday nights from March 30.';
    expect(find(text, '1998-02-13', 'Monday')).toMatchObject({ text: 'Monday', type: 'SET', value: 'XXXX-WXX-1TNI' });
    expect(find(text, '1998-02-13', 'Tuesday')).toMatchObject({ text: 'Tuesday nights', type: 'SET', value: 'XXXX-WXX-2TNI' });
    expect(find('The shop closes on Sundays.', '1998-02-13', 'Sunday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-7' });
    expect(find('He left on Monday and Tuesday.', '1998-02-13', 'Monday')).toMatchObject({ type: 'DATE', value: '1998-02-09' });
  });
  it('"the nineties" is the latest such decade; "in his sixties" is an age', () => {
    expect(find('Hate groups grew through the nineties.', '1998-03-03', 'nineties')).toMatchObject({ value: '199' });
    expect(find('It was built in the late twenties.', '2026-02-25', 'twenties')).toMatchObject({ value: '202', mod: 'END' });
    expect(at('A man in his sixties was hurt.', '1998-03-03')).toEqual([]);
  });
  it('"the 20th century" is TimeML 19', () => {
    expect(find('the biggest merger of the 20th century', '1998-02-13', 'century')).toMatchObject({ type: 'DATE', value: '19' });
  });
});

describe('seasons named without a year', () => {
  it('"the summer" takes the tense: past is the latest begun, future the next', () => {
    expect(find('Over the summer, rivals cut prices.', '1989-10-26', 'summer')).toMatchObject({ text: 'the summer', value: '1989-SU' });
    expect(find('Makers will be hurt in the spring.', '1998-02-06', 'spring').value).toBe('1998-SP');
    expect(find('Orders rose from the lows of the early summer.', '1989-10-26', 'summer')).toMatchObject({ value: '1989-SU', mod: 'START' });
  });
  it('"this past spring" is the latest spring', () => {
    expect(find('It scrapped the unit this past spring.', '1989-10-30', 'spring')).toMatchObject({ text: 'this past spring', value: '1989-SP' });
  });
});

describe('holidays', () => {
  it.each([
    ['Elian was found on Thanksgiving Day clinging to an inner tube.', '2000-01-07', 'Thanksgiving', 'Thanksgiving Day', '1999-11-25'],
    ['It is the theme of our campaign from now to Election Day.', '1998-10-26', 'Election', 'Election Day', '1998-11-03'],
    ['He was found last Thanksgiving.', '2000-02-10', 'Thanksgiving', 'last Thanksgiving', '1999-11-25'],
    ['Protesters prayed as Easter week began.', '2000-04-17', 'Easter', 'Easter week', '2000-W16'],
    ['Fireworks lit the sky on the Fourth of July.', '1998-07-10', 'Fourth', 'the Fourth of July', '1998-07-04'],
  ])('%s', (text, reference, fragment, span, value) => {
    expect(find(text, reference, fragment)).toMatchObject({ text: span, type: 'DATE', value });
  });
  it('lower case is no holiday: "an election day rally"', () => {
    expect(at('They held an election day rally.', '1998-10-26')).toEqual([]);
  });
});

describe('parts of periods keep the period\'s precision', () => {
  it('"the end of November" is November at its end, not the 30th', () => {
    expect(find('The plant closes by the end of November.', '1989-11-02', 'November')).toMatchObject({ text: 'the end of November', value: '1989-11', mod: 'END' });
  });
  it('"the end of the month", "the beginning of this week"', () => {
    expect(find('Talks end at the end of the month.', '1989-11-02', 'month')).toMatchObject({ text: 'the end of the month', value: '1989-11', mod: 'END' });
    expect(find('It began at the beginning of this week.', '1989-11-02', 'week')).toMatchObject({ value: '1989-W44', mod: 'START' });
  });
  it('"the early part of", "the latter part of" a period is the period with its mod (TIMEX3 guidelines)', () => {
    expect(find('Sales slowed in the early part of the year.', '2000-02-21', 'year')).toMatchObject({ text: 'the early part of the year', value: '2000', mod: 'START' });
    expect(find('Talks resume in the latter part of next year.', '1999-10-04', 'year')).toMatchObject({ text: 'the latter part of next year', value: '2000', mod: 'END' });
    expect(find('Demand grows in the early part of next decade.', '1999-10-04', 'decade')).toMatchObject({ text: 'the early part of next decade', value: '200', mod: 'START' });
  });
  it('"mid-decade", "mid-century" is the decade or century at its middle', () => {
    expect(find('Output has doubled since mid-decade.', '1999-10-04', 'decade')).toMatchObject({ text: 'mid-decade', value: '199', mod: 'MID' });
    expect(find('The river will run low by mid-century.', '1999-10-04', 'century')).toMatchObject({ text: 'mid-century', value: '20', mod: 'MID' });
  });
});

describe('narrative dates count from the one last named', () => {
  const story = 'In March 1989 it bid. The following month it won. In 1995 he came. The following year he left. On Feb. 22 he went. The next morning he slept; later that day he ate.';
  it.each([
    ['The following month', 'DATE', '1989-04'],
    ['The following year', 'DATE', '1996'],
    ['The next morning', 'TIME', '1989-02-23TMO'],
    ['later that day', 'DATE', '1989-02-23'],
  ])('%s', (span, type, value) => {
    expect(find(story, '1989-10-27', span)).toMatchObject({ text: span, type, value });
  });
  it('with nothing named before, they say nothing', () => {
    expect(at('That year the company grew; the following month it shrank.', '1989-10-27')).toEqual([]);
  });
  it('"the previous Friday", "the following Monday" are a week day next to the day last named', () => {
    const text = 'Shares closed lower Friday, down 4.5% from the previous Friday. On March 3, 1989, it bid; the following Monday it won.';
    expect(find(text, '1989-10-30', 'previous')).toMatchObject({ text: 'the previous Friday', value: '1989-10-20' });
    expect(find(text, '1989-10-30', 'Monday')).toMatchObject({ text: 'the following Monday', value: '1989-03-06' });
    expect(at('The index fell 4.5% from the previous Friday.', '1989-10-30')).toEqual([]);
  });
});

describe('a range of days', () => {
  it('spans its days; its TimeML value is the first day, as TimeML has none for a range', () => {
    const [range] = findTemporalExpressions('The talks were held Feb. 17-18 in Geneva.', '2026-03-05');
    expect(range).toMatchObject({ text: 'Feb. 17-18', value: '2026-02-17', date: { value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' } });
  });
  it('moves with its story\'s year', () => {
    const found = findTemporalExpressions('In February 2025 the envoys met. They met again on March 5 to 9.', '2026-03-20');
    expect(found.find((e) => e.text === 'March 5 to 9')?.date).toMatchObject({ start: '2025-03-05', end: '2025-03-09' });
  });
});
