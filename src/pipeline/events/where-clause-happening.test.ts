import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a happening that opens a relative clause on a place ("…, where the blast of
// 2019 …") is the place's; whoever acts in the main clause was not part of it. An act the clause gives its own subject stays theirs.
const timeline = timelineWithoutGazetteer([
  article('port', '2051-06-05', 'President Ana Ruiz arrived in Tartu on Monday.\nOn Wednesday she walks along the old harbour, where the blast of 3 March 2039 destroyed the docks.\n'),
  article('square', '2051-06-05', 'Chancellor Tomas Lind flew to Narva on Monday.\nOn Tuesday he laid flowers in the main square, where an earthquake on 9 May 2044 killed forty people.\n'),
  article('hall', '2051-06-05', 'President Ana Ruiz flew to Tartu on Monday.\nOn Tuesday she went to the city hall, where she met Mayor Tomas Lind.\n'),
]);
const onDay = (day: string) => timeline.events.find((e) => e.date.value === day);

describe('a happening told as the subject of a relative clause on a place', () => {
  it('takes no part from the main clause', () => {
    expect(onDay('2039-03-03')).toBeDefined();
    expect(idsOf(onDay('2039-03-03')?.participants)).toEqual([]);
    expect(onDay('2044-05-09')).toBeDefined();
    expect(idsOf(onDay('2044-05-09')?.participants)).toEqual([]);
  });

  it('leaves an act the clause tells of its own subject to that subject', () => {
    const meeting = timeline.events.find((e) => e.kind === 'meeting' && e.sources.some((s) => s.article === 'hall'));
    expect(idsOf(meeting?.participants).sort()).toEqual(['ana-ruiz', 'tomas-lind']);
  });
});
