// A craft that comes down on another world or into the sea is a happening of its own day, told ahead or done; what else "lands" is none.
// Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const landings = (text: string): [string, string | null, string][] => kindsNounsAndDays(text).filter(([, noun]) => noun === 'Landing');

describe('a craft landing', () => {
  it('is told by the ground it comes down on', () => {
    expect(landings('The Orvik probe touched down softly on Mars early on Monday.')).toEqual([['other', 'Landing', '2058-03-11']]);
    expect(landings("On Sunday Kestrel Space's Nightjar landed upright in Mare Serenitatis.")).toEqual([['other', 'Landing', '2058-03-10']]);
    expect(landings('The Tamsin mission came down near the lunar south pole on Tuesday night.')).toEqual([['other', 'Landing', '2058-03-12']]);
  });

  it('is told ahead', () => {
    expect(landings("A second lander, Vell Aerospace's Heron, is due to touch down near the Moon's far side on Friday.")).toEqual([['other', 'Landing', '2058-03-15']]);
  });

  it('is told by the craft as its subject, or by its splashdown', () => {
    expect(landings('The lander settled in a shallow crater at 4:10 a.m. on Monday.')).toEqual([['other', 'Landing', '2058-03-11']]);
    expect(landings("The crew's capsule splashed down off the coast of Lusk on Tuesday.")).toEqual([['other', 'Landing', '2058-03-12']]);
  });

  it('is none for what else lands, nor for a landing only wished for', () => {
    expect(landings('Orsk Aerospace landed a contract with the navy on Monday.')).toEqual([]);
    expect(landings('The report landed on the minister\'s desk on Monday.')).toEqual([]);
    expect(landings('The start-up hopes to land on the Moon on Friday.')).toEqual([]);
    expect(landings('Her first novel landed in the shops on Tuesday.')).toEqual([]);
  });

  it('is no splashdown outside a story of a craft in space', () => {
    expect(landings('The team splashed down in the pool on Friday for a charity swim.')).toEqual([]);
    expect(landings('The stunt pilot splashed down in the lake on Monday.')).toEqual([]);
  });
});

describe('two reports of one landing', () => {
  it('are one event though neither names the craft as a name', () => {
    const timeline = timelineWithoutGazetteer([
      article('paper', '2058-03-10', 'A privately built spacecraft touched down gently on the Moon early this morning, and students watched it live.\n'),
      article('letter', '2058-03-17', 'Hello members,\n\nA week ago, on Sunday 10 March, Kestrel\'s Nightjar landed upright in Mare Serenitatis.\n'),
    ]);
    expect(timeline.events.filter((e) => e.kind === 'other').map((e) => [e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['2058-03-10', ['letter', 'paper']]]);
  });
});
