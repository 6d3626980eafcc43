// Happenings of kind `other` whose noun alone says nothing ("Hearing", "Government shutdown", "Collapse") are titled by what their sentence tells happened (noun-titles.ts).
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 10 April 2059.
const titles = (body: string) => timelineWithoutGazetteer([article('h1', '2059-04-10', `${body}\n`)]).events.map((e) => e.title);

describe('a disaster is titled as it struck or fell', () => {
  it.each([
    ['Breaking: A strong earthquake has struck central Velmark.', 'Strong earthquake strikes central Velmark'],
    ['A second quake of 6.4 struck Orm on Friday, killing dozens.', 'Second quake of 6.4 strikes Orm'],
    ['On Friday the hotel tower in Brell collapsed.', 'Hotel tower in Brell collapses'],
    ['Two school buildings collapsed in Orm on Friday.', 'School buildings collapse'],
  ])('%s', (body, title) => {
    expect(titles(body)).toEqual([title]);
  });
});

describe('an institution’s act is titled by the institution and its act', () => {
  it.each([
    ['The Kessian government shut down on 1 October for want of a budget.', 'The Kessian government shuts down'],
    ['Then the government shut down on 1 October.', 'The government shuts down'],
    ['The Supreme Court will hear her case in January.', 'The Supreme Court hears the case'],
    ['Judges are due to hear Ruiz’s challenge on 3 May.', 'Judges hear Ruiz’s challenge'],
    ['The statement also says the Fed will stop shrinking its balance sheet on December 1.', 'The Fed stops shrinking its balance sheet'],
    ['Besides the cut, the Fed said it would end on 1 December the run-off of its bond holdings.', 'The Fed ends the run-off of its bond holdings'],
  ])('%s', (body, title) => {
    expect(titles(body)).toEqual([title]);
  });
});

describe('a market’s record close, an agreement in effect and goods on sale are titled by what closed, took effect or went on sale', () => {
  it.each([
    ['The Estmark 40 closed at a record high on Tuesday as investors bet on lower rates.', 'The Estmark 40 closes at record high'],
    ['Shares in Lusk ended the day at an all-time high on Monday.', 'Shares in Lusk close at all-time high'],
    ['The trade deal with Orsk took effect on Monday.', 'Trade deal takes effect'],
    ['The Kessel accords came into force on Monday.', 'Kessel accords take effect'],
    ['The eOrbis range goes on sale on Friday.', 'eOrbis range goes on sale'],
  ])('%s', (body, title) => {
    expect(titles(body)).toContain(title);
  });
});
