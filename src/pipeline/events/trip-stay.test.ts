import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The events of a timeline of two reports, each as "kind day place: sources". */
const events = (first: string, second: string): string[] =>
  timelineWithoutGazetteer([article('a', '2062-03-16', `${first}\n`), article('b', '2062-03-17', `${second}\n`)]).events.map(
    (e) => `${e.kind} ${e.date.value} ${e.place?.name ?? '-'}: ${e.sources.map((s) => s.article).join(' ')}`,
  );

// Thursday 16 March 2062: Tuesday the 14th, Wednesday the 15th.
describe('a journey its article tells nothing of the stay beside', () => {
  it('is the gathering held at its end', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'Ivo Marek and Dana Holt arrived in Lusk by car on Tuesday afternoon.')).toEqual([
      'meeting 2062-03-14 Lusk: b a',
    ]);
    expect(events('Premier Dana Holt received Ivo Marek in Kessel on Tuesday.', 'On 14 March Ivo Marek travelled to Kessel, his first outing as minister.')).toHaveLength(1);
  });

  it('stays a journey when its article tells a gathering of that day or the next', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Wednesday.', 'Ivo Marek flew to Lusk on Tuesday. On Wednesday he met Dana Holt.')).toHaveLength(2);
  });

  it('stays a journey when told by its leaving or its way home', () => {
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'Ivo Marek left for Lusk on Tuesday morning.')).toHaveLength(2);
    expect(events('Ivo Marek met Premier Dana Holt in Lusk on Tuesday.', 'On Tuesday Ivo Marek flew home to Lusk.')).toHaveLength(2);
  });
});
