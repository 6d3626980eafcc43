// A time told first with no comma after it ("This morning", "Last Tuesday") and a subject with its article ("the Harbour Board")
// open an act of a named doer as "On Monday, Ana Ruiz" does: the time and the article are no part of the doer's name, nor of its title.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDaysRead as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);
const titles = (body: string): string[] => timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.map((e) => e.title);

describe('a named doer’s act after a time told first, the doer with its article', () => {
  it.each([
    ['This morning the Harbour Board dissolved the river council.', 'dissolved', '2058-03-13'],
    ['Last night the Kessel Council renamed the main square.', 'renamed', '2058-03-12'],
    ['This afternoon the Lusk Assembly demolished the old customs house.', 'demolished', '2058-03-13'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it.each([
    ['On Monday the Kessel Council renamed the main square.', 'Kessel Council renames the main square'],
    ['Last Tuesday the Kessel Council renamed the main square.', 'Kessel Council renames the main square'],
    ['Last Tuesday Ana Ruiz dissolved the river council.', 'Ana Ruiz dissolves the river council'],
    ['Yesterday the Pope blessed the fishing fleet.', 'Pope blesses the fishing fleet'],
  ])('%s is titled by its doer, not by its day', (body, title) => {
    expect(titles(body)).toEqual([title]);
  });
});

describe('but an article before no name opens no doer', () => {
  it.each([['This morning the museum reopened to the public.'], ['Last Tuesday the old harbour crane lifted the wreck.']])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
