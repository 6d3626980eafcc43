// An act of a named doer told in the present of a day to come, as a timetable tells it ("The Lusk Museum reopens on Saturday"), is
// the plan of that day (issue #8); a present of a day gone by, or of no day, is none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDaysRead as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Friday the 15th, Saturday the 16th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);
const events = (body: string): string[] => timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.map((e) => `${e.title} (${e.status})`);

describe('a named doer’s act told in the present of a day ahead is a plan of that day, its noun the past a report of it tells', () => {
  it.each([
    ['The Lusk Museum reopens on Saturday.', 'reopened', '2058-03-16'],
    ['The Kessel Council renames the main square on Friday.', 'renamed', '2058-03-15'],
    ['On Friday the Orsk Harbour Board publishes its new tide tables.', 'published', '2058-03-15'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it('titled as it is told, and planned', () => {
    expect(events('The Lusk Museum reopens on Saturday.')).toEqual(['The Lusk Museum reopens (planned)']);
  });
});

describe('but not a present of a day gone by, a habit or a state', () => {
  it.each([
    ['The Lusk Museum reopens on 2 March after its winter break.'],
    ['The Lusk Museum opens on Mondays.'],
    ['The Kessel Council remains closed on Friday.'],
    ['Ana Ruiz stands by the harbour wall on Friday.'],
    ['Ana Ruiz always remembers the flood on Friday.'],
    ['Ana Ruiz says on Friday that the bridge is safe.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
