/**
 * The error classes issue 9 found on unseen news, one block per class, each with sentences of
 * our own (never the benchmark's): what the resolver finds, its TimeML type, value and mod, and
 * what it must not read as a time at all.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';
import type { CalendarDate } from '../types.ts';
import type { TemporalExpression } from './model.ts';

interface Finds {
  text: string;
  ref: string;
  finds: string;
  expected: Partial<Pick<TemporalExpression, 'type' | 'value' | 'mod'>> & { date?: Partial<CalendarDate> };
}

const CLASSES: Record<string, Finds[]> = {
  // A past act's day is behind the reference however close; plans, timetables, infinitives and
  // deadlines keep their readings. Sentences in several outlets' styles (wire, agency, broadcast).
  'a simple past dates its year-less day behind the reference': [
    { text: 'GENEVA (AP) — Russian and Ukrainian negotiators met on March 3 in Geneva, officials said.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'The two sides last met on March 20 in Istanbul, according to a Kremlin statement.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2025-03-20' } },
    { text: 'The previous round was held on March 18 in Riyadh.', ref: '2026-02-10', finds: 'March 18', expected: { value: '2025-03-18' } },
    { text: 'At least 12 civilians were killed on March 7 when a missile struck a block of flats.', ref: '2026-02-10', finds: 'March 7', expected: { value: '2025-03-07' } },
    { text: 'Peskov said the two presidents had spoken on March 18 and agreed to a partial truce.', ref: '2026-02-10', finds: 'March 18', expected: { value: '2025-03-18' } },
    { text: 'The delegations did not meet on March 3 as planned, a spokesman said.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'The two sides signed the framework deal on March 28 after a week of talks.', ref: '2026-02-10', finds: 'March 28', expected: { value: '2025-03-28' } },
    { text: 'The trial began March 4 in a Moscow court.', ref: '2026-02-10', finds: 'March 4', expected: { value: '2025-03-04' } },
    { text: "On March 20, Russian drones struck Odesa's port.", ref: '2026-02-10', finds: 'March 20', expected: { value: '2025-03-20' } },
    { text: 'The leaders spoke by phone on Christmas Day, the Kremlin said.', ref: '2025-12-10', finds: 'Christmas Day', expected: { value: '2024-12-25' } },
    { text: 'Eleven people were killed in a Russian drone strike on Sumy on March 20, regional officials said.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2025-03-20' } },
    { text: 'KYIV, Feb 10 (Reuters) - Ukraine and Russia exchanged 300 prisoners on March 5, Zelensky said.', ref: '2026-02-10', finds: 'March 5', expected: { value: '2025-03-05' } },
    { text: 'The agreement, which was reached on March 11 in Jeddah, collapsed within weeks.', ref: '2026-02-10', finds: 'March 11', expected: { value: '2025-03-11' } },
    { text: 'Trump and Putin last spoke on March 18, when they discussed a ceasefire.', ref: '2026-02-10', finds: 'March 18', expected: { value: '2025-03-18' } },
    { text: 'The leaders have met twice, most recently on March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2025-03-20' } },
    // A bare weekday in a Thursday (12 February) article: the past one; a month alone in October: last November.
    { text: 'The envoys met Tuesday in Riyadh.', ref: '2026-02-12', finds: 'Tuesday', expected: { value: '2026-02-10' } },
    { text: 'They met on Friday, the ministry said.', ref: '2026-02-12', finds: 'Friday', expected: { value: '2026-02-06' } },
    { text: 'Talks in Istanbul were held in November.', ref: '2025-10-15', finds: 'November', expected: { value: '2024-11' } },
    // A weekday written beside the day picks its year.
    { text: 'The talks ended on Friday, March 20, without a deal.', ref: '2026-02-10', finds: 'Friday, March 20', expected: { value: '2026-03-20' } },
    // Plans, timetables, infinitives, deadlines and a day named as an object look ahead.
    { text: 'The two sides will meet on March 3 in Geneva.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2026-03-03' } },
    { text: 'Talks are scheduled for March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'The accord is expected to be signed on March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'The two sides agreed to meet on March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    // "pledged", like "promised" and "vowed": a weekday after its infinitive is the coming one (Thursday 12 February: the 13th, not the 6th).
    { text: 'Trump on Monday pledged to meet Putin on Friday.', ref: '2026-02-12', finds: 'Friday', expected: { value: '2026-02-13' } },
    { text: 'The union pledged to strike on Friday.', ref: '2026-02-12', finds: 'Friday', expected: { value: '2026-02-13' } },
    { text: 'Officials said the talks begin on March 3 in Geneva.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2026-03-03' } },
    { text: 'The company extended its offer to March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'The government said it had set March 20 as the deadline for bids.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'They said they would sign the deal on March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'The Kremlin confirmed the two leaders would speak on March 18.', ref: '2026-02-10', finds: 'March 18', expected: { value: '2026-03-18' } },
    { text: 'Officials said the two sides meet again on March 3 in Geneva.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2026-03-03' } },
    { text: 'The last round took place in Istanbul on March 2, and the next is due on April 4.', ref: '2026-02-10', finds: 'April 4', expected: { value: '2026-04-04' } },
  ],
  // A past act on a day still months ahead in the year is last year's, in any outlet's words;
  // what is planned for that day, or takes effect on it, keeps this year's.
  'a past act months ahead in the year is last year\'s, a plan or an effect on it this year\'s': [
    { text: 'His party, Renewal, quit the coalition on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2025-07-09' } },
    { text: 'The deal was signed in Doha on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2025-07-09' } },
    { text: 'The accord, inked in Riyadh on July 9, ended two years of fighting.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2025-07-09' } },
    { text: 'SOFIA, March 14 (Reuters) - The junior partner pulled out of the cabinet July 9 after a row over the budget, the party said.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2025-07-09' } },
    { text: 'The cabinet was sworn in on July 9 after a three-month stalemate.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2025-07-09' } },
    { text: 'The two sides will sign the deal on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2026-07-09' } },
    { text: 'The final vote is due on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2026-07-09' } },
    { text: 'They signed on Friday an agreement that takes effect on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2026-07-09' } },
    { text: 'The two sides signed a deal to take effect on July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2026-07-09' } },
    { text: 'Ministers approved a tariff cut that will apply from July 9.', ref: '2026-03-14', finds: 'July 9', expected: { value: '2026-07-09' } },
  ],
  'tense across an infinitive or a passive': [
    // A plan's day already behind the reference is next year's: no deadline's slack.
    { text: 'WASHINGTON (AP) — The governor-elect is set to be sworn in on Jan. 20.', ref: '2026-03-12', finds: 'Jan. 20', expected: { value: '2027-01-20' } },
    { text: 'The tournament will return to the city on Feb. 20, organisers said.', ref: '2026-03-12', finds: 'Feb. 20', expected: { value: '2027-02-20' } },
    // A plan a participle names may have slipped: its day stays near ("originally set for").
    { text: 'KYIV (Reuters) - The talks, originally set for March 5-6 in Abu Dhabi, were put off indefinitely.', ref: '2026-03-20', finds: 'March 5-6', expected: { value: '2026-03-05' } },
    { text: 'The minister on Monday agreed to resign.', ref: '2026-02-25', finds: 'Monday', expected: { value: '2026-02-23' } },
    { text: 'The company agreed in March to buy its rival.', ref: '2026-02-25', finds: 'March', expected: { value: '2025-03' } },
    { text: 'The treaty is expected to be signed in May.', ref: '2026-02-25', finds: 'May', expected: { value: '2026-05' } },
    { text: 'The talks are due to resume on Thursday.', ref: '2026-02-25', finds: 'Thursday', expected: { value: '2026-02-26' } },
    // "agreed to a settlement" is a past act and its object, no infinitive.
    { text: 'The company agreed to a settlement with the families of the victims on Monday.', ref: '1998-11-18', finds: 'Monday', expected: { value: '1998-11-16' } },
    { text: 'The minister, who had been under pressure for weeks, on March 3 agreed to resign.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'Iraq on March 3 decided to end cooperation with the inspectors.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'Protesters prayed as Easter week began.', ref: '2000-04-17', finds: 'Easter week', expected: { value: '2000-W16' } },
  ],
  // Time someone has left lies ahead, in a Thursday paper: the coming Friday, not the past one.
  'time left: "has until Friday to respond"': [
    { text: 'The government has until midnight on Friday to respond, the court ruled.', ref: '2026-03-12', finds: 'midnight on Friday', expected: { type: 'TIME', value: '2026-03-13T24' } },
    { text: 'Residents have until Monday to leave their homes.', ref: '2026-03-12', finds: 'Monday', expected: { value: '2026-03-16' } },
    { text: 'The ministry had until Monday to reply but did not.', ref: '2026-03-12', finds: 'Monday', expected: { value: '2026-03-09' } },
  ],
  'past and present progressive, refusals and past plans': [
    { text: 'Police were searching the house Friday when they found the gun.', ref: '1998-11-18', finds: 'Friday', expected: { value: '1998-11-13' } },
    { text: 'Negotiators were still meeting in Geneva on March 3, a diplomat said.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'The minister told reporters after a closed-door meeting with party leaders on Monday that he would stay.', ref: '1998-11-18', finds: 'Monday', expected: { value: '1998-11-16' } },
    { text: 'The ministers are meeting again in Brussels in December.', ref: '1998-11-18', finds: 'December', expected: { value: '1998-12' } },
    { text: 'The plant is closing in January.', ref: '1998-11-18', finds: 'January', expected: { value: '1999-01' } },
    { text: "Annan's spokesman on Tuesday would not say when he planned to travel.", ref: '1998-11-18', finds: 'Tuesday', expected: { value: '1998-11-17' } },
    { text: 'A spokesman for the ministry would not comment on the report Tuesday.', ref: '1998-11-18', finds: 'Tuesday', expected: { value: '1998-11-17' } },
    { text: 'The talks were scheduled to resume Monday but were put off.', ref: '1998-11-18', finds: 'Monday', expected: { value: '1998-11-16' } },
    { text: 'The envoy was expected to arrive in Baghdad on Friday.', ref: '1998-11-18', finds: 'Friday', expected: { value: '1998-11-20' } },
  ],
  'a past act over a long object, and a day it sets': [
    { text: 'The two governments signed an agreement on the return of prisoners captured during the fighting on March 3.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'The company agreed to a settlement with the families of the victims of the crash on March 3.', ref: '2026-02-10', finds: 'March 3', expected: { value: '2025-03-03' } },
    { text: 'The commission said on Tuesday that it had set March 20 for the vote.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
    { text: 'The company extended its offer to shareholders of the company to March 20.', ref: '2026-02-10', finds: 'March 20', expected: { value: '2026-03-20' } },
  ],
  'anchoring to the story, not the publication day': [
    // A year-less date before "that year" or "the same year" is in the year last named before it.
    { text: 'The plant opened in 1991. Strikers shut it in March that year.', ref: '1998-11-20', finds: 'March', expected: { value: '1991-03' } },
    { text: 'The war began in 1992. A ceasefire was signed on May 22 the same year, officials said.', ref: '1998-11-20', finds: 'May 22', expected: { value: '1992-05-22' } },
    { text: 'The rebels took the town in 1996, and on Oct. 12 of that year the army fled.', ref: '1998-11-20', finds: 'that year', expected: { value: '1996' } },
    { text: 'On May 22, 1995, the army entered the town. The day before, the mayor had fled.', ref: '2026-02-25', finds: 'The day before', expected: { value: '1995-05-21' } },
    { text: 'In March 1996 the plant closed. At the time, nobody expected it.', ref: '2026-02-25', finds: 'the time', expected: { value: 'PAST_REF' } },
    { text: 'On May 22, 1995, the army entered the town. That night, the mayor fled.', ref: '2026-02-25', finds: 'That night', expected: { type: 'TIME', value: '1995-05-22TNI' } },
    { text: 'That summer afternoon in 2019 the two men first met.', ref: '2026-02-25', finds: 'That summer afternoon in 2019', expected: { value: '2019-SU' } },
    { text: 'On the 30th day of the strike, workers marched.', ref: '2026-02-25', finds: 'the 30th day', expected: { value: 'XXXX-XX-XX' } },
    { text: 'In a letter dated March 3, 1995, he wrote: "We will meet tomorrow."', ref: '2026-02-25', finds: 'tomorrow', expected: { value: '1995-03-04' } },
  ],
  'bare and vague durations, a finishing time': [
    { text: 'Repairs will take hours.', ref: '2026-02-25', finds: 'hours', expected: { type: 'DURATION', value: 'PTXH' } },
    { text: 'The fighting went on for months.', ref: '2026-02-25', finds: 'months', expected: { type: 'DURATION', value: 'PXM' } },
    { text: 'Recovery takes between 6 and 9 months.', ref: '2026-02-25', finds: 'between 6 and 9 months', expected: { type: 'DURATION', value: 'PXM' } },
    { text: 'She won the marathon in 2 hours 14 minutes.', ref: '2026-02-25', finds: '2 hours 14 minutes', expected: { type: 'DURATION', value: 'PT2H14M' } },
    { text: 'The ovation lasted a minute and a half.', ref: '2026-02-25', finds: 'a minute and a half', expected: { type: 'DURATION', value: 'PT1M30S' } },
    { text: 'He served 2 1/2 years in prison.', ref: '2026-02-25', finds: '2 1/2 years', expected: { type: 'DURATION', value: 'P2Y6M' } },
  ],
  'sets': [
    { text: 'The festival is held every summer.', ref: '2026-02-25', finds: 'every summer', expected: { type: 'SET', value: 'XXXX-SU' } },
    { text: 'The charity feeds the homeless each night.', ref: '2026-02-25', finds: 'each night', expected: { type: 'SET', value: 'XXXX-XX-XXTNI' } },
    { text: 'The index is published yearly.', ref: '2026-02-25', finds: 'yearly', expected: { type: 'SET', value: 'P1Y' } },
    // After an object, not a paper: "the site daily" is how often, "the Israeli daily" a newspaper.
    { text: 'Inspectors visit the site monthly, the ministry said.', ref: '2026-03-12', finds: 'monthly', expected: { type: 'SET', value: 'P1M' } },
    // A weekday with its part of the day repeats whole: "every Saturday morning" is no one Saturday's morning.
    { text: 'Protesters gather each Sunday night outside parliament.', ref: '2026-03-12', finds: 'each Sunday night', expected: { type: 'SET', value: 'XXXX-WXX-7TNI' } },
    { text: 'Nurses check the wound daily.', ref: '2026-03-12', finds: 'daily', expected: { type: 'SET', value: 'P1D' } },
    { text: 'Officials update the death toll hourly.', ref: '2026-03-12', finds: 'hourly', expected: { type: 'SET', value: 'PT1H' } },
  ],
  // A season with no article, as British and agency copy write it; its part is a mod as in "early March".
  'a season alone: "in early summer", "by late autumn", "late summer last year"': [
    { text: 'The referendum is expected in early summer, the BBC understands.', ref: '2026-03-12', finds: 'early summer', expected: { value: '2026-SU', mod: 'START' } },
    { text: 'By late autumn the front line had barely moved.', ref: '2026-03-12', finds: 'late autumn', expected: { value: '2025-FA', mod: 'END' } },
    { text: 'Snow closed the pass in mid-winter.', ref: '2026-03-12', finds: 'mid-winter', expected: { value: '2025-WI', mod: 'MID' } },
    { text: 'Ministers will decide in spring, when the review ends.', ref: '2026-01-20', finds: 'spring', expected: { value: '2026-SP' } },
    { text: 'Protests erupted in late summer last year.', ref: '2026-03-12', finds: 'late summer last year', expected: { value: '2025-SU', mod: 'END' } },
    { text: 'The stadium should open in early summer 2027.', ref: '2026-03-12', finds: 'early summer 2027', expected: { value: '2027-SU', mod: 'START' } },
    { text: 'The merger was first mooted early last summer.', ref: '2026-03-12', finds: 'early last summer', expected: { value: '2025-SU', mod: 'START' } },
    { text: 'Work resumes at the start of the summer.', ref: '2026-03-12', finds: 'the start of the summer', expected: { value: '2026-SU', mod: 'START' } },
  ],
  // An ordinal alone names a day of the month just named, else of the reference's, by the tense.
  'a day of the month by its ordinal alone: "on the 24th"': [
    { text: 'LONDON — MPs will vote on the 24th, the Speaker confirmed.', ref: '2026-03-12', finds: 'the 24th', expected: { value: '2026-03-24' } },
    { text: 'The walkout began on March 2 and ended on the 9th.', ref: '2026-03-12', finds: 'the 9th', expected: { value: '2026-03-09' } },
    { text: 'Payments stopped on the 28th, the union said.', ref: '2026-03-12', finds: 'the 28th', expected: { value: '2026-02-28' } },
    // …its weekday written before it, which picks the month where the day falls on it, and a phrase that goes on "over" a holiday.
    { text: 'Early voting ran from Thursday the 5th to Sunday the 8th, the commission said.', ref: '2026-03-12', finds: 'Thursday the 5th', expected: { value: '2026-03-05' } },
    { text: 'Turnout was highest on Sunday the 8th over the long weekend.', ref: '2026-03-12', finds: 'Sunday the 8th', expected: { value: '2026-03-08' } },
    { text: 'The hall reopens on Wednesday the 1st, after the spring works.', ref: '2026-03-12', finds: 'Wednesday the 1st', expected: { value: '2026-04-01' } },
    // …but where no month in reach has the day on that weekday, the weekday written is read alone.
    { text: 'The band will play on Friday the 13th, the singer joked.', ref: '2058-03-13', finds: 'Friday', expected: { value: '2058-03-15' } },
    { text: 'We will meet on Tuesday the 30th, he said.', ref: '2026-03-12', finds: 'Tuesday', expected: { value: '2026-03-17' } },
  ],
  'fiscal periods and the ends of periods': [
    { text: 'Profit rose in the current fiscal year.', ref: '2026-02-25', finds: 'the current fiscal year', expected: { value: '2026' } },
    { text: 'Sales are expected to rise by the close of the year.', ref: '2026-02-25', finds: 'the close of the year', expected: { value: '2026', mod: 'END' } },
  ],
  'a year range and a time counted from now': [
    // One period across two years, valued by the year it ends in, spanning both.
    { text: 'The 2019-20 season was cut short.', ref: '2026-02-25', finds: 'The 2019-20 season', expected: { value: '2020', date: { value: '2019/2020', start: '2019-01-01', end: '2020-12-31' } } },
    { text: 'Borrowing will fall in the 2026-27 financial year, the OBR said.', ref: '2026-02-25', finds: 'the 2026-27 financial year', expected: { value: '2027' } },
    { text: 'Ten years from now, the city will be different.', ref: '2026-02-25', finds: 'Ten years from now', expected: { value: '2036' } },
    { text: 'A week or so ago, the general chose the date.', ref: '2026-02-25', finds: 'A week or so ago', expected: { value: '2026-W08', mod: 'APPROX' } },
  ],
  'spans and extents: the bound belongs to the amount, "later" is a signal': [
    { text: 'Roughly two weeks later, the army withdrew.', ref: '2026-02-25', finds: 'Roughly two weeks', expected: { value: 'P2W', mod: 'APPROX' } },
    { text: 'The strike lasted a little over a month.', ref: '2026-02-25', finds: 'a little over a month', expected: { value: 'P1M', mod: 'MORE_THAN' } },
    { text: 'In the 19th century, the town grew.', ref: '2026-02-25', finds: 'the 19th century', expected: { value: '18' } },
    { text: 'The ceasefire held for a full 48 hours.', ref: '2026-02-25', finds: 'a full 48 hours', expected: { value: 'PT48H', mod: 'EQUAL_OR_MORE' } },
    // "another" or "a further" between the bound and the count: the bound is still the amount's.
    { text: 'The blockade may last at least another six months.', ref: '2026-02-25', finds: 'at least another six months', expected: { value: 'P6M', mod: 'EQUAL_OR_MORE' } },
    { text: 'Talks could run for more than a further two weeks.', ref: '2026-02-25', finds: 'more than a further two weeks', expected: { value: 'P2W', mod: 'MORE_THAN' } },
  ],
  'ranges: the first end takes the year the last one writes; a clock time the day after its conversion': [
    { text: 'BEIJING (Xinhua) -- China\'s exports rose 12 percent from January to May this year.', ref: '2026-10-02', finds: 'January', expected: { value: '2026-01' } },
    { text: 'Exports rose in January-May this year, customs said.', ref: '2026-10-02', finds: 'May this year', expected: { value: '2026-05' } },
    { text: 'Inflation averaged 4 percent between March and June 2024.', ref: '2026-10-02', finds: 'March', expected: { value: '2024-03' } },
    { text: 'The strike ran from December to February 2025, the union said.', ref: '2026-10-02', finds: 'December', expected: { value: '2024-12' } },
    { text: 'The plan was approved in mid-May, officials said.', ref: '2026-10-02', finds: 'mid-May', expected: { value: '2026-05', mod: 'MID' } },
    { text: 'The truce took effect at 6 a.m. (0400 GMT) Saturday, the army said.', ref: '2026-10-02', finds: '6 a.m.', expected: { type: 'TIME', value: '2026-09-26T06:00' } },
  ],
  'a year after a capitalised little word of a title-case headline is still a year': [
    { text: 'Talks Resume In 2026 After Long Pause', ref: '2026-03-12', finds: '2026', expected: { value: '2026' } },
  ],
  'repetition: every so many units, adverbs of repetition': [
    { text: 'Voters elect a parliament every five years.', ref: '2026-02-25', finds: 'every five years', expected: { type: 'SET', value: 'P5Y' } },
    { text: 'The bulletin is published biweekly.', ref: '2026-02-25', finds: 'biweekly', expected: { type: 'SET', value: 'P2W' } },
    { text: 'The market is closed on weekends.', ref: '2026-02-25', finds: 'weekends', expected: { type: 'SET', value: 'XXXX-WXX-WE' } },
  ],
  'parts of named days are TIMEs, as the TimeML guidelines write them': [
    { text: 'The attack began Friday night.', ref: '2026-02-25', finds: 'Friday night', expected: { type: 'TIME', value: '2026-02-20TNI' } },
    { text: 'The talks will resume Tuesday morning.', ref: '2026-02-25', finds: 'Tuesday morning', expected: { type: 'TIME', value: '2026-03-03TMO' } },
    // A vote's count after the night is no clock time (chrono read "333" as 3:33 and lost the night).
    { text: 'The House passed the bill Wednesday night, 333 to 95.', ref: '1998-10-22', finds: 'Wednesday night', expected: { type: 'TIME', value: '1998-10-21TNI' } },
    // A count before the weekday is no hour either (chrono read "10 Monday" as 10 o'clock, and the whole a DATE).
    { text: 'Gunmen killed 10 Monday night in a village near the border.', ref: '1998-03-10', finds: 'Monday night', expected: { type: 'TIME', value: '1998-03-09TNI' } },
    { text: 'The index fell 12 Monday afternoon on profit-taking.', ref: '1998-03-10', finds: 'Monday afternoon', expected: { type: 'TIME', value: '1998-03-09TAF' } },
    { text: 'The toll rose to 11 Tuesday morning, officials said.', ref: '1998-03-12', finds: 'Tuesday morning', expected: { type: 'TIME', value: '1998-03-10TMO' } },
    // The part of the day after a clock time's weekday is in the TIME, as is "about" before it (APPROX).
    { text: 'At 10:30 Tuesday morning the jury returned.', ref: '1998-10-22', finds: '10:30 Tuesday morning', expected: { type: 'TIME', value: '1998-10-20T10:30' } },
    { text: 'The rescue ended at about 10 a.m. Tuesday.', ref: '1998-10-22', finds: 'about 10 a.m. Tuesday', expected: { type: 'TIME', value: '1998-10-20T10:00', mod: 'APPROX' } },
    // A sentence's end parts a clock time from the day that opens the next sentence.
    { text: "The flight left at 8 o'clock. Yesterday afternoon, stocks fell.", ref: '1998-10-22', finds: 'Yesterday afternoon', expected: { type: 'TIME', value: '1998-10-21TAF' } },
  ],
  // General news of several outlets' styles (BBC, Guardian, Reuters, AP, Bloomberg, a local
  // paper, a sports desk), written for the classes of 30 November's fifth session.
  'a weekday counted on by weeks, and days counted from a holiday': [
    { text: 'MPs will vote on the bill on Tuesday week, the Leader of the House said.', ref: '2026-02-25', finds: 'Tuesday week', expected: { value: '2026-03-10' } },
    { text: 'The inquiry will publish its report a week on Thursday.', ref: '2026-02-25', finds: 'a week on Thursday', expected: { value: '2026-03-05' } },
    { text: 'Talks resume a fortnight on Monday in Brussels.', ref: '2026-02-25', finds: 'a fortnight on Monday', expected: { value: '2026-03-16' } },
    { text: 'Retail footfall fell 4% in the week before Christmas, the BRC said.', ref: '2026-01-08', finds: 'the week before Christmas', expected: { value: '2025-W51' } },
    { text: 'NEW YORK (AP) — Stores opened at 6 a.m. the day after Thanksgiving.', ref: '2025-11-30', finds: 'the day after Thanksgiving', expected: { value: '2025-11-28' } },
    { text: 'Online spending hit a record on Cyber Monday, Adobe said.', ref: '2025-12-03', finds: 'Cyber Monday', expected: { value: '2025-12-01' } },
    { text: 'The ferry will not sail on Boxing Day.', ref: '2025-12-10', finds: 'Boxing Day', expected: { value: '2025-12-26' } },
  ],
  'a year across two, a day each month, weekdays': [
    { text: 'The Treasury expects borrowing to fall in the 2026-27 fiscal year.', ref: '2026-02-25', finds: 'the 2026-27 fiscal year', expected: { value: '2027', date: { start: '2026-01-01', end: '2027-12-31' } } },
    { text: 'Shares in the club have halved since the 2019/20 season.', ref: '2026-02-25', finds: 'the 2019/20 season', expected: { value: '2020' } },
    { text: 'Benefits are paid on the 1st of every month.', ref: '2026-02-25', finds: 'the 1st of every month', expected: { type: 'SET', value: 'XXXX-XX-01' } },
    { text: 'The bus runs every weekday from the station.', ref: '2026-02-25', finds: 'every weekday', expected: { type: 'SET', value: 'P1D' } },
  ],
  'a day before a month, and ranges that run forward': [
    { text: 'The Games run from 6 to 22 February in Milan and Cortina.', ref: '2026-01-10', finds: '6 to 22 February', expected: { value: '2026-02-06', date: { end: '2026-02-22' } } },
    { text: 'The World Cup runs from 11 June to 19 July across North America.', ref: '2026-02-25', finds: '19 July', expected: { value: '2026-07-19' } },
    { text: 'Forecasters said the storm could hit late Sunday or early Monday.', ref: '2026-02-26', finds: 'early Monday', expected: { value: '2026-03-02', mod: 'START' } },
  ],
  'tense of a wish on someone, a timetable, a limit before a part of a month': [
    { text: 'Traders expect the Bank of England to cut rates at its November meeting, Reuters reported.', ref: '2026-01-20', finds: 'November', expected: { value: '2026-11' } },
    { text: 'The consultation runs until the end of April.', ref: '2026-02-25', finds: 'the end of April', expected: { value: '2026-04', mod: 'END' } },
    { text: 'Job losses mounted at the close of the year, the survey showed.', ref: '2026-01-20', finds: 'the close of the year', expected: { value: '2025', mod: 'END' } },
    { text: 'House prices rose 1.9% in the year to December, Nationwide said.', ref: '2026-01-05', finds: 'the year', expected: { type: 'DURATION', value: 'P1Y' } },
  ],
  'a 24-hour time with a dot, as British papers write it; not a price': [
    { text: 'The last train left Euston at 23.40 on Friday, the operator said.', ref: '2026-02-25', finds: '23.40 on Friday', expected: { type: 'TIME', value: '2026-02-20T23:40' } },
    { text: 'Shares in the group closed at 14.30 on Tuesday.', ref: '2026-02-25', finds: '14.30 on Tuesday', expected: { type: 'DATE', value: '2026-02-24' } },
  ],
  "a running event's day counted from its start, a dated message": [
    { text: 'The hunger strike started on 2 November. By the 40th day of the hunger strike, he could barely walk.', ref: '2026-02-25', finds: 'the 40th day', expected: { value: '2025-12-11' } },
    { text: 'The memo, dated 4 May 2021, said: "The plant closes next month."', ref: '2026-02-25', finds: 'next month', expected: { value: '2021-06' } },
  ],
  'numeric dates: dots write the day first, slashes the month': [
    { text: 'On 24.02.2022 the invasion began.', ref: '2026-02-25', finds: '24.02.2022', expected: { value: '2022-02-24' } },
    { text: 'The statement was issued 09.03.2026.', ref: '2026-03-10', finds: '09.03.2026', expected: { value: '2026-03-09' } },
    { text: 'The statement was issued 03/09/2026.', ref: '2026-03-10', finds: '03/09/2026', expected: { value: '2026-03-09' } },
  ],
  // Wire classes TimeBank lacks (stop 19), in Xinhua, AP, Reuters, BBC and Guardian styles.
  'a present perfect warning, threat or call looks ahead': [
    { text: 'LONDON (Reuters) - Police have warned of delays on Saturday as the march passes.', ref: '2026-03-12', finds: 'Saturday', expected: { value: '2026-03-14' } },
    { text: 'The union has threatened a walkout on Monday if talks fail.', ref: '2026-03-12', finds: 'Monday', expected: { value: '2026-03-16' } },
    { text: 'HANOI, Nov. 5 (Xinhua) -- Meteorologists have warned of another storm on Sunday night.', ref: '1999-11-05', finds: 'Sunday night', expected: { type: 'TIME', value: '1999-11-07TNI' } },
    // A simple past is the warning's own day.
    { text: 'The union warned on Monday that strikes would follow.', ref: '2026-03-12', finds: 'Monday', expected: { value: '2026-03-09' } },
  ],
  'a clause with no verb takes the tense of its sentence': [
    { text: 'The bonus will be paid out in two instalments, in June and December.', ref: '2026-09-12', finds: 'June', expected: { value: '2027-06' } },
    { text: 'The bonus was paid out in two instalments, in June and December.', ref: '2026-03-12', finds: 'December', expected: { value: '2025-12' } },
    { text: 'The talks, in March, collapsed without a deal.', ref: '2026-02-10', finds: 'March', expected: { value: '2025-03' } },
    { text: 'The plant reopened, though only in March.', ref: '2026-02-10', finds: 'March', expected: { value: '2025-03' } },
    { text: 'Prices rose sharply, especially in March and April.', ref: '2026-02-10', finds: 'April', expected: { value: '2025-04' } },
    { text: 'The plant will reopen, probably in March.', ref: '2026-02-10', finds: 'March', expected: { value: '2026-03' } },
  ],
  'a date naming an incident is the day it happened': [
    { text: 'Survivors of the October 7 attack met in Tel Aviv.', ref: '2026-08-01', finds: 'October 7', expected: { value: '2025-10-07' } },
    { text: 'NAIROBI, Kenya (AP) _ Families of the Aug. 7 embassy bombing victims will march on Monday.', ref: '1999-03-15', finds: 'Aug. 7', expected: { value: '1998-08-07' } },
    // Not an incident: a day still to come keeps its reading.
    { text: 'Voters will go to the polls in the November 5 election.', ref: '2026-08-01', finds: 'November 5', expected: { value: '2026-11-05' } },
  ],
  'a list of days shares its month and year': [
    { text: 'The RMT has warned of walkouts on 23 and 24 January.', ref: '2000-01-12', finds: '23', expected: { value: '2000-01-23' } },
    { text: 'Ministers met on 4, 5 and 6 December in Brussels.', ref: '2026-02-10', finds: '5', expected: { value: '2025-12-05' } },
    { text: 'The Bank of England meets again on December 9 and 10.', ref: '1998-12-03', finds: '10', expected: { value: '1998-12-10' } },
    // A count after the date is no day: "March 3 and 10 people".
    { text: 'Rebels attacked on March 3 and 10 people died.', ref: '2026-03-12', finds: 'March 3', expected: { value: '2026-03-03' } },
  ],
  'a range of clock times is a TIME at each end': [
    { text: 'The polls are open from 7 a.m. to 7 p.m. Sunday.', ref: '1998-08-13', finds: '7 p.m. Sunday', expected: { type: 'TIME', value: '1998-08-16T19:00' } },
  ],
  'a date after an amount of time before or after it is a date of its own': [
    { text: 'Talks resumed two weeks after Sept. 28.', ref: '2000-10-16', finds: 'Sept. 28', expected: { value: '2000-09-28' } },
    { text: 'The dome came down a few minutes after 8:30 a.m.', ref: '2000-03-09', finds: '8:30 a.m.', expected: { type: 'TIME' } },
  ],
  'a month with its year in words after "of"': [
    { text: 'It was the first bombing in the city since September of last year.', ref: '1999-11-29', finds: 'September of last year', expected: { value: '1998-09' } },
  ],
  'a count after a month is no day of it': [
    { text: 'In July, 3,000 people died in the floods, Xinhua said.', ref: '1998-08-20', finds: 'July', expected: { value: '1998-07' } },
    { text: 'In July 1,500 refugees crossed the border.', ref: '1998-08-20', finds: 'July', expected: { value: '1998-07' } },
    { text: 'On May 3, 2,000 troops arrived in the capital.', ref: '1998-08-20', finds: 'May 3', expected: { value: '1998-05-03' } },
    // One or two digits after a comma, counting the word that follows: no day, no year, no clock.
    { text: 'In March, 30 people were hurt in the clashes.', ref: '1998-11-20', finds: 'March', expected: { value: '1998-03' } },
    { text: 'On March 30, 12 people died when the bridge fell.', ref: '1998-11-20', finds: 'March 30', expected: { value: '1998-03-30' } },
    { text: 'So far this year, 20 people have died on the roads.', ref: '1998-11-20', finds: 'this year', expected: { value: '1998' } },
    { text: 'This month, 12 mines have closed.', ref: '1998-11-20', finds: 'This month', expected: { value: '1998-11' } },
    // A comma after a weekday before the month is no comma before a count: the day stays the month's.
    { text: 'The summit opened on Sunday, June 15 in Banff.', ref: '2025-06-12', finds: 'Sunday, June 15', expected: { value: '2025-06-15' } },
    { text: 'Talks ran from Monday, March 3 to Friday, March 7 without a break.', ref: '2025-06-12', finds: 'Monday, March 3', expected: { value: '2025-03-03' } },
    { text: 'On Tuesday, March 3, 20 people died.', ref: '1998-11-20', finds: 'Tuesday, March 3', expected: { value: '1998-03-03' } },
    // A count of days or weeks after the comma: the day stays, and the span is a duration of its own.
    { text: 'The deal was signed on March 30, 12 days before the vote.', ref: '1998-11-20', finds: 'March 30', expected: { value: '1998-03-30' } },
    { text: 'He resigned on Aug. 3, 12 hours before the deadline.', ref: '1998-11-20', finds: 'Aug. 3', expected: { value: '1998-08-03' } },
    { text: 'The plant reopened on May 3, 10 weeks after the fire.', ref: '1998-11-20', finds: '10 weeks', expected: { type: 'DURATION', value: 'P10W' } },
    // A clock's words keep the number a time.
    { text: 'The bank opened on Friday, 9 a.m. local time.', ref: '1998-11-20', finds: 'Friday, 9 a.m.', expected: { type: 'TIME', value: '1998-11-20T09:00' } },
  ],
  'a deadline fronted with a part of the month takes its sentence\'s tense': [
    { text: 'BEIJING, Aug. 20 (Xinhua) -- By the end of June, deposits had reached 5 trillion yuan.', ref: '1998-08-20', finds: 'the end of June', expected: { value: '1998-06', mod: 'END' } },
    { text: 'By the end of June, deposits will reach 6 trillion yuan.', ref: '1998-08-20', finds: 'the end of June', expected: { value: '1999-06' } },
  ],
  'decades and years as NYT and AP write them': [
    { text: 'In the 80\'s, the city was broke.', ref: '2000-06-09', finds: "the 80's", expected: { value: '198' } },
    { text: 'The company, founded in the late 1800\'s, is closing.', ref: '2000-06-09', finds: "the late 1800's", expected: { value: '18', mod: 'END' } },
    { text: 'He arrived in \'97, a year after the war.', ref: '2000-06-09', finds: "'97", expected: { value: '1997' } },
  ],
  // The count-before-a-plural veto (vetoes.ts) leaves a year that a determiner, a preposition
  // or a possessive makes a modifier: wire, AP and business-page wordings.
  'a year before a noun after "the", "in" or a possessive stays a year': [
    { text: 'Turnout in the 2000 elections was the lowest since 1946.', ref: '2001-05-02', finds: '2000', expected: { type: 'DATE', value: '2000' } },
    { text: 'In 2000 talks resumed in Geneva.', ref: '2001-05-02', finds: '2000', expected: { type: 'DATE', value: '2000' } },
    { text: 'Emissions must fall to 1990 levels, the minister said.', ref: '2001-05-02', finds: '1990', expected: { type: 'DATE', value: '1990' } },
    { text: "The party's 1999 losses were blamed on the war.", ref: '2001-05-02', finds: '1999', expected: { type: 'DATE', value: '1999' } },
    { text: 'The 1999 budget was cut twice.', ref: '2001-05-02', finds: '1999', expected: { type: 'DATE', value: '1999' } },
  ],
  // TimeBank's five "last <weekday>" are each the latest such weekday before the story's day
  // (wsj_0541's "last Monday" on a Monday is the one a week before); it has none where that
  // weekday is yesterday, and TimeML 1.2.1 values "last" by the latest: yesterday's, not eight days back.
  '"last <weekday>" when that weekday was yesterday is yesterday': [
    { text: 'The minister resigned last Thursday.', ref: '2026-03-06', finds: 'last Thursday', expected: { type: 'DATE', value: '2026-03-05' } },
    { text: 'Last Thursday, border guards turned back two lorries, the agency reported.', ref: '2026-03-06', finds: 'Last Thursday', expected: { type: 'DATE', value: '2026-03-05' } },
    { text: 'The fund was launched last Friday.', ref: '2026-03-06', finds: 'last Friday', expected: { type: 'DATE', value: '2026-02-27' } },
  ],
  // "this" reads a weekday in the reference's own week (Mon–Sun), so "next" is of the week after:
  // said on a Wednesday, "next Thursday" is not tomorrow, nor "next Friday" the "this Friday" two days on.
  '"next <weekday>" still ahead this week is the one of the week after': [
    { text: 'The talks resume next Thursday, a spokesman said.', ref: '1998-10-14', finds: 'next Thursday', expected: { value: '1998-10-22' } },
    { text: 'NICOSIA (Reuters) - Parliament will vote on the budget next Friday, the speaker told reporters.', ref: '2025-06-11', finds: 'next Friday', expected: { value: '2025-06-20' } },
    { text: 'The council meets this Friday and again next Friday.', ref: '2025-06-11', finds: 'this Friday', expected: { value: '2025-06-13' } },
    // Already gone by this week, or today's weekday: the coming one, as before.
    { text: 'Trading resumes next Tuesday after the holiday.', ref: '1998-11-19', finds: 'next Tuesday', expected: { value: '1998-11-24' } },
    { text: 'Ministers meet again next Wednesday.', ref: '1998-10-14', finds: 'next Wednesday', expected: { value: '1998-10-21' } },
    // Said on a Sunday, the last day of the reference's Mon–Sun week, "next" is of the week that
    // begins tomorrow (s36, settled: a liveblog of Sunday 19 January 2025 expecting "the next
    // exchange next Saturday" meant the 25th), so "next Monday" is tomorrow, as ISO weeks have it.
    { text: 'Expect the next handover of prisoners next Saturday if the truce holds.', ref: '2025-01-19', finds: 'next Saturday', expected: { value: '2025-01-25' } },
    { text: 'BELGRADE (AP) _ The envoy returns next Monday for a second round, officials said Sunday.', ref: '1999-03-21', finds: 'next Monday', expected: { value: '1999-03-22' } },
    { text: 'Voting is set for next Sunday.', ref: '2025-06-15', finds: 'next Sunday', expected: { value: '2025-06-22' } },
  ],
  // With no date named before it, a unit counted back is counted from the day of writing
  // (TimeML anchors an anaphor with no antecedent on the document's time): "last week" in other words.
  '"the previous week", "the week before" with nothing named before them': [
    { text: 'Jobless claims fell by 12,000 from the previous week, the department said.', ref: '1999-03-04', finds: 'the previous week', expected: { value: '1999-W08' } },
    { text: 'Gunmen shot dead two policemen. The week before, they had ambushed a convoy, residents said.', ref: '2025-06-12', finds: 'The week before', expected: { value: '2025-W23' } },
    { text: 'Retail sales were flat after a 0.4 percent rise in the preceding month.', ref: '2001-02-14', finds: 'the preceding month', expected: { value: '2001-01' } },
  ],
  // TIDES and TimeML value a generic weekday as repeating (XXXX-WXX-1), as "on Mondays" is.
  'a weekday after an adverb of habit in its clause is any such day': [
    { text: 'Museums are usually closed on Monday.', ref: '1998-10-14', finds: 'Monday', expected: { type: 'SET', value: 'XXXX-WXX-1' } },
    { text: 'In Tehran the council normally meets on Tuesday evening, when offices close.', ref: '2025-06-11', finds: 'Tuesday evening', expected: { type: 'SET', value: 'XXXX-WXX-2TEV' } },
    { text: 'Villagers traditionally gather at the shrine on Friday after prayers.', ref: '2026-02-25', finds: 'Friday', expected: { type: 'SET', value: 'XXXX-WXX-5' } },
    // Not across a comma, nor into another clause: those weekdays are dates.
    { text: 'The market, which usually closes on Friday, opened on Monday.', ref: '1998-10-14', finds: 'Monday', expected: { type: 'DATE', value: '1998-10-12' } },
    { text: 'The minister regularly visits Gaza and will go there on Tuesday.', ref: '1998-10-14', finds: 'Tuesday', expected: { type: 'DATE', value: '1998-10-20' } },
    { text: 'The envoy usually visited Gaza and left on Tuesday.', ref: '1998-10-14', finds: 'Tuesday', expected: { type: 'DATE', value: '1998-10-13' } },
    // "and" in a list, or between the habit's present verbs, stays inside the clause.
    { text: 'Growers usually bring apples and pears to the square on Saturday.', ref: '1998-10-14', finds: 'Saturday', expected: { type: 'SET', value: 'XXXX-WXX-6' } },
    { text: 'The mayor normally tours estates and meets tenants on Thursday.', ref: '1998-10-14', finds: 'Thursday', expected: { type: 'SET', value: 'XXXX-WXX-4' } },
  ],
  '"this Thursday" in a future clause is the coming one': [
    { text: 'The plan will be announced this Thursday.', ref: '2000-06-09', finds: 'this Thursday', expected: { value: '2000-06-15' } },
    { text: 'The plan was announced this Monday.', ref: '2000-06-09', finds: 'this Monday', expected: { value: '2000-06-05' } },
  ],
  'midnight, its zone and its day': [
    { text: 'Services will be suspended from midnight local time on Sunday.', ref: '2000-01-12', finds: 'midnight local time on Sunday', expected: { type: 'TIME', value: '2000-01-16T24' } },
    { text: 'The truce takes effect at midnight local time.', ref: '2026-03-12', finds: 'midnight', expected: { type: 'TIME', value: '2026-03-12T24' } },
    { text: 'Forecasters have warned of gales overnight.', ref: '2026-03-12', finds: 'overnight', expected: { type: 'TIME', value: '2026-03-12TNI' } },
  ],
  // A change told in the present with the month it starts from is a timetable: the coming month
  // however far ahead; a comparison's base ("rises to 3 percent from March") and a past keep theirs.
  'a plain present before "from <Month>" looks ahead': [
    { text: 'WELLINGTON (NZPA) - Pensioners get the increase from October, the minister said.', ref: '2025-06-11', finds: 'October', expected: { value: '2025-10' } },
    { text: 'Under the new scheme, low-income renters receive a bigger supplement from November.', ref: '2025-06-11', finds: 'November', expected: { value: '2025-11' } },
    { text: 'The levy on sugary drinks comes into force from January, the Treasury said.', ref: '2026-03-10', finds: 'January', expected: { value: '2027-01' } },
    { text: 'Fares go up 5 percent from December for most commuters.', ref: '2026-03-10', finds: 'December', expected: { value: '2026-12' } },
    { text: 'Schools reopen from Monday, the education ministry said.', ref: '2026-01-15', finds: 'Monday', expected: { value: '2026-01-19' } },
    { text: 'The border crossing closes to trucks from Saturday.', ref: '2026-01-15', finds: 'Saturday', expected: { value: '2026-01-17' } },
    // A telling verb after the timetable dates the telling, not the day told; a past in its own clause still does.
    { text: 'The new rules apply from Monday, the minister said.', ref: '2026-01-15', finds: 'Monday', expected: { value: '2026-01-19' } },
    { text: 'Flights were cut starting Monday, officials said.', ref: '2026-01-15', finds: 'Monday', expected: { value: '2026-01-12' } },
    { text: 'Inflation rises to 3 percent from 2.5 percent in October.', ref: '2025-06-11', finds: 'October', expected: { value: '2024-10' } },
    { text: 'Prices are up 4 percent from October.', ref: '2025-06-11', finds: 'October', expected: { value: '2024-10' } },
    { text: 'Pensioners got the increase from October.', ref: '2025-06-11', finds: 'October', expected: { value: '2024-10' } },
  ],
  // A half of the year with no year, in a report of money or output: the reference year's half.
  'a half of the year told alone': [
    { text: 'TOKYO (Kyodo) - Economists expect the trade surplus to widen again in the second half.', ref: '1999-03-09', finds: 'the second half', expected: { type: 'DATE', value: '1999-H2' } },
    { text: 'Net profit at the carmaker rose 12 percent in the first half, it said on Thursday.', ref: '2025-08-14', finds: 'the first half', expected: { type: 'DATE', value: '2025-H1' } },
    { text: 'Exports slumped in the second half, the ministry said.', ref: '2026-02-10', finds: 'the second half', expected: { value: '2025-H2' } },
  ],
  // Australian and New Zealand statistics name a quarter by its last month.
  'a quarter named by its last month': [
    { text: 'Annual inflation was 2.5 percent in the March quarter, Statistics New Zealand said.', ref: '2025-06-11', finds: 'the March quarter', expected: { type: 'DATE', value: '2025-Q1' } },
    { text: 'SYDNEY (AAP) - The economy grew 0.6 per cent in the September quarter.', ref: '2025-12-03', finds: 'the September quarter', expected: { value: '2025-Q3' } },
    { text: 'Wages rose 0.8 per cent in the December quarter.', ref: '2026-02-18', finds: 'the December quarter', expected: { value: '2025-Q4' } },
  ],
  // A period named once and compared with the one before or after it, its noun left out (s40).
  'a last or next whose period was named just before': [
    { text: 'Home sales were stronger this month than last, the agents said.', ref: '2025-11-24', finds: 'last', expected: { type: 'DATE', value: '2025-10' } },
    { text: 'The utility expects to spend as much this year as next.', ref: '2025-11-24', finds: 'next', expected: { type: 'DATE', value: '2026' } },
    { text: 'Margins this quarter were thinner than last.', ref: '2025-11-24', finds: 'last', expected: { type: 'DATE', value: '2025-Q3' } },
  ],
  // A period named by its months, told of in the future: the one already over this year (s40).
  'a range of months named as a period, over before a future telling': [
    { text: 'Back pay for the February-May period will reach workers next month.', ref: '2025-07-10', finds: 'May', expected: { type: 'DATE', value: '2025-05' } },
    { text: 'Figures for the April-June period will be published on Friday.', ref: '2025-07-10', finds: 'April', expected: { type: 'DATE', value: '2025-04' } },
    { text: 'Tariffs for the November-December period will be set soon.', ref: '2025-07-10', finds: 'November', expected: { type: 'DATE', value: '2025-11' } },
  ],
  // A month's figures "for May": the month, the nearest one, however the figures are told of (s40).
  'May after a month\'s figures and "for"': [
    { text: 'Jobless numbers for May will be published on Friday.', ref: '2025-06-04', finds: 'May', expected: { type: 'DATE', value: '2025-05' } },
    { text: 'Statistics for May showed exports up 3 percent.', ref: '1999-06-20', finds: 'May', expected: { type: 'DATE', value: '1999-05' } },
  ],
  // How long, told only as long or short: no unit, PXX (s40).
  'a stretch told only as long or short': [
    { text: 'The embassy will stay shut for an extended period.', ref: '2025-11-24', finds: 'an extended period', expected: { type: 'DURATION', value: 'PXX' } },
    { text: 'Inflation ran above target over a relatively short period of time.', ref: '2025-11-24', finds: 'a relatively short period of time', expected: { type: 'DURATION', value: 'PXX' } },
  ],
  // TimeBank: "late yesterday" END, "early Tuesday" START (6 of 6); the agencies write "on" between.
  'early or late "on" a day is that day with its mod, as "late Saturday"': [
    { text: 'Police detained four men late on Friday after the march, a spokesman said.', ref: '2031-05-12', finds: 'late on Friday', expected: { type: 'DATE', value: '2031-05-09', mod: 'END' } },
    { text: 'The ceasefire took hold early on Tuesday, the army said.', ref: '2031-05-14', finds: 'early on Tuesday', expected: { type: 'DATE', value: '2031-05-13', mod: 'START' } },
    { text: 'Parliament passed the budget late on 3 March by 204 votes to 190.', ref: '2031-03-10', finds: 'late on 3 March', expected: { type: 'DATE', value: '2031-03-03', mod: 'END' } },
  ],
  // A part of the day "of" its date is one TIME (TimeBank 13 of 13 with the day), its early, middle or late
  // stretch the mod and "hours" after it no other time, as before a weekday ("the late afternoon on Tuesday").
  'a part of the day with its stretch or "hours", of its date': [
    { text: 'The levee gave way in the early morning hours of Tuesday, officials said.', ref: '2031-05-08', finds: 'the early morning hours of Tuesday', expected: { type: 'TIME', value: '2031-05-06TMO', mod: 'START' } },
    { text: 'Crowds gathered in the late evening of June 4 outside the court.', ref: '2031-06-09', finds: 'the late evening of June 4', expected: { type: 'TIME', value: '2031-06-04TEV', mod: 'END' } },
    { text: 'The hostages were freed in the afternoon hours of Sunday.', ref: '2031-06-09', finds: 'the afternoon hours of Sunday', expected: { type: 'TIME', value: '2031-06-08TAF' } },
    { text: 'Gunmen stormed the hotel in the early morning hours Thursday.', ref: '2031-09-12', finds: 'the early morning hours Thursday', expected: { type: 'TIME', value: '2031-09-11TMO', mod: 'START' } },
    { text: 'Shelling eased by the mid-morning of 12 May, residents said.', ref: '2031-05-20', finds: 'the mid-morning of 12 May', expected: { type: 'TIME', value: '2031-05-12TMO', mod: 'MID' } },
  ],
};

const NOT_TIMES: Record<string, { text: string; not: string; ref?: string }[]> = {
  ages: [
    { text: 'A baby aged 3 months was among the injured.', not: '3 months' },
    { text: 'A 12-year-old boy was hurt.', not: '12-year-old' },
    { text: 'A boy aged 2 1/2 years was hurt.', not: '2 1/2 years' },
  ],
  comparisons: [{ text: 'She ran two seconds faster than her rival.', not: 'two seconds' }],
  speeds: [
    { text: 'Winds of 120 miles an hour lashed the coast.', not: 'an hour' },
    { text: 'The train reached 300 kilometres per hour.', not: 'per hour' },
  ],
  'a year as a name': [{ text: 'The 1966 squad won the cup.', not: '1966' }],
  'degrees and quotes, not decades or years': [
    { text: 'Temperatures were in the 80s all week.', not: '80s' },
    { text: "He said '12 people died' in the raid.", not: "'12" },
  ],
  'a count after a date': [
    { text: 'Rebels attacked on March 3 and 10 people died.', not: '10' },
    { text: 'On May 3, 2,000 troops arrived.', not: '2' },
  ],
  'a verb spelled as a feast': [{ text: 'The bank lent the city $2 million.', not: 'lent' }],
  'a kind of day, not a day': [{ text: 'Parking is free on a weekday after 6pm.', not: 'weekday' }],
  'an ordinal that is no day': [
    { text: 'The fire started on the 24th floor.', not: '24th' },
    { text: 'Veterans gathered for the 50th anniversary of the landing.', not: '50th' },
  ],
  'a season that qualifies a noun': [
    { text: 'The players report to spring training next month.', not: 'spring' },
    { text: 'The price fall in summer hurt farmers.', not: 'summer' },
  ],
  'a current that is no time': [
    { text: "Japan's current account surplus shrank in January.", not: 'current' },
    { text: 'The current-account deficit widened, while current accounts at banks grew.', not: 'current' },
    { text: 'Two swimmers were swept away by a strong current.', not: 'current' },
  ],
  "a game's halves": [
    { text: 'Ronaldo scored twice in the second half as Portugal won.', not: 'second half' },
    { text: 'The referee sent off two players in the first half of a bad-tempered match.', not: 'first half' },
    { text: 'Sales of tickets for the final soared after the hosts equalised in the second half.', not: 'second half' },
  ],
  // "the decade", "the century" counted from another time are no decade of the calendar (s36, the-decade).
  'a decade or century counted from another time': [
    { text: 'The decade since the war has been hard on the valley.', not: 'decade' },
    { text: 'In the century after the conquest, the city shrank by half.', not: 'century' },
    { text: 'The century-old bridge will close for repairs.', not: 'century' },
  ],
  // Forward, with no date named before it, it is the sequel of something undated: no date.
  'a unit counted forward from nothing named': [
    { text: 'The envoys will come back the following week.', not: 'following week' },
    { text: 'Aid workers hope to return to the camp the following month.', not: 'following month' },
  ],
  'a last or next that names no period': [
    { text: 'The festival this year was the first and last.', not: 'last' },
    { text: 'She works this week and next she will travel.', not: 'next' },
  ],
  'May after "for" that is a person': [
    { text: 'Backing for May among party members has collapsed.', not: 'May' },
  ],
  // A streak's count, as "the third straight day": no day of an event.
  'the day of a streak': [
    { text: 'Temperatures passed 100 degrees on Thursday for the third day in a row.', not: 'the third day' },
    { text: 'The index fell for the fifth week in a row, traders said.', not: 'the fifth week' },
  ],
  'a period that is no stretch of time': [
    { text: 'The vase dates from a long period of decline.', not: 'period' },
  ],
  'a thing named by a part of the day': [
    { text: 'The fire broke out on Sunday. Most workers in the night shift fled.', not: 'night' },
    { text: 'Shares fell on Friday. Traders sold in the morning session.', not: 'morning' },
    { text: 'Shares rose on Tuesday in early afternoon trading.', not: 'afternoon' },
  ],
  // Read in February, "the holidays" are no time: the Christmas ones only in a paper of November to January.
  'the holidays of a school or a summer': [
    { text: 'Families rent cottages by the sea for the holidays.', not: 'holidays' },
    // Read in December, "the holidays" are a time only after a preposition of time.
    { text: 'The holidays are hard on shelters, a charity said.', not: 'holidays', ref: '2025-12-15' },
    { text: 'Volunteers made the holidays brighter for 300 children.', not: 'holidays', ref: '2025-12-15' },
  ],
};

describe('the classes of issue 9', () => {
  const cases = Object.entries(CLASSES).flatMap(([name, list]) => list.map((c): [string, string, Finds] => [name, c.text, c]));
  it.each(cases)('%s: %s', (_name, _text, { text, ref, finds, expected }) => {
    const found = findTemporalExpressions(text, ref);
    const summary = found.map((e) => `${e.text}=${e.type} ${e.value}${e.mod ? ` ${e.mod}` : ''}`).join(', ');
    expect(found.find((e) => e.text === finds), `found ${summary}`).toMatchObject(expected);
  });
});

describe('what only looks like a time', () => {
  const cases = Object.entries(NOT_TIMES).flatMap(([name, list]) => list.map((c): [string, string, string, string] => [name, c.text, c.not, c.ref ?? '2026-02-25']));
  it.each(cases)('%s: %s', (_name, text, not, ref) => {
    const found = findTemporalExpressions(text, ref).map((e) => e.text);
    expect(found.filter((t) => t.includes(not) || not.includes(t))).toEqual([]);
  });
});

describe("a day in another place's reckoning keeps its value and dates no event", () => {
  const cases: [string, string, string, boolean][] = [
    ['The summit, which ended in the early hours of Saturday Moscow time, lasted three hours.', 'the early hours of Saturday', '2025-08-16TNI', false],
    ['The launch is set for 9 p.m. Sunday Beijing time.', '9 p.m. Sunday', '2025-08-17T21:00', false],
    // The place's own clock, or no zone named: the story's day.
    ['The blast hit at 10 a.m. Friday local time.', '10 a.m. Friday', '2025-08-15T10:00', true],
    ['The two presidents met on Friday in Anchorage.', 'Friday', '2025-08-15', true],
    // A clock told again in the writer's own zone ("which was 7.30am here") is the same moment: the day is the place's, named before it.
    ['The probe left its pad at 6.30pm on Friday, local time, which was 7.30am here.', '7.30am', '2025-08-16T07:30', false],
    ['The final kicked off at 8 p.m. on Friday in Lima, which is 2 a.m. Saturday in Madrid.', '2 a.m. Saturday', '2025-08-16T02:00', false],
    ['The vote closed at 6pm on Friday. Counting began at 7pm.', '7pm', '2025-08-15T19:00', true],
    // …or after a bare comma, its zone or place after it: the day told with it only after a clock in local time.
    ['Polls closed at 8.30pm on Friday, 1.30am in Lagos.', '1.30am', '2025-08-16T01:30', false],
    ['The count ended at 11pm on Friday, 4am Orvik time.', '4am', '2025-08-16T04:00', false],
    ['The vote closed on Friday at 9pm local time, 2am on Saturday in Lusk.', '2am on Saturday', '2025-08-16T02:00', false],
    // A list of clocks is two times, each dated.
    ['Trains left at 7pm on Thursday, 6pm on Friday in Lusk.', '6pm on Friday', '2025-08-15T18:00', true],
  ];
  it.each(cases)('%s', (text, finds, value, dated) => {
    const found = findTemporalExpressions(text, '2025-08-16').find((e) => e.text === finds);
    expect(found?.value).toBe(value);
    expect(found?.date !== undefined).toBe(dated);
  });
});

describe('Diwali falls on the day India announced', () => {
  // Published dates of Diwali (Lakshmi Puja); the rule reads them from the lunar calendar.
  const announced: [number, string][] = [
    [1998, '1998-10-19'], [2000, '2000-10-26'], [2016, '2016-10-30'], [2017, '2017-10-19'], [2018, '2018-11-07'], [2019, '2019-10-27'],
    [2020, '2020-11-14'], [2021, '2021-11-04'], [2022, '2022-10-24'], [2023, '2023-11-12'], [2024, '2024-10-31'], [2025, '2025-10-20'],
  ];
  it.each(announced)('%i', (year, day) => {
    expect(findTemporalExpressions(`Lamps were lit for Diwali ${year}.`, '2026-01-01').find((e) => e.text === `Diwali ${year}`)?.value).toBe(day);
  });
});
