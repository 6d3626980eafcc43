// An act done at a table (a text signed, an agreement reached) told with no day of its own in the sentence right
// after a gathering its paragraph dates: done there, that day. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The first four words of a sentence. */
const opening = (text: string): string => text.split(' ').slice(0, 4).join(' ');

/** Each report an article gives as "kind day: the opening of its first sentence", then its undated ones. */
const told = (body: string): string[] => {
  const { candidates, undated } = extractOne('2063-03-14', `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}: ${opening(c.evidence[0]!.text)}`), ...undated.map((u) => `undated: ${opening(u.evidence.text)}`)];
};

describe('an act told right after a dated gathering', () => {
  it('takes the gathering’s day: a signing by some of a summit’s leaders is a ceremony of that day, not undated', () => {
    expect(told('More than twenty leaders met at the lakeside resort of Velm yesterday afternoon. President Anton Velic, Prime Minister Ida Marsk and the Emir of Qadra signed a short declaration backing the truce. Nobody from Orsk came.')).toEqual([
      'meeting 2063-03-13: More than twenty leaders',
      'other 2063-03-13: President Anton Velic, Prime',
    ]);
    expect(told('The envoys of Norland and Estmark held talks in Kessel on Monday. The two sides signed a new grain accord.')).toContain('other 2063-03-12: The two sides signed');
  });

  it('keeps its own day, or none when told in the pluperfect, and reads no act in a text only named', () => {
    expect(told('The foreign ministers met in Lusk on 2 March. They had signed a river accord in 2049.')).toContain('other 2049: They had signed a');
    expect(told('The foreign ministers met in Lusk on 2 March. They had signed a fishing accord too.')).toContain('undated: They had signed a');
    expect(told('The Varnian and Orskian delegations held consultations in Kessel on Tuesday. The Varnian side handed over its proposals on a humanitarian memorandum.')).toEqual([
      'talks 2063-03-13: The Varnian and Orskian',
    ]);
  });

  it('done there by the gathering’s sides, it is what that table did: one event with the gathering', () => {
    const timeline = timelineWithoutGazetteer([
      article(
        'consultations',
        '2063-03-14',
        'The Norland–Estmark consultations in Kessel on Tuesday were the first in two years. Chancellor Britta Holm and Prime Minister Lars Vikan signed a joint declaration on river traffic.\n',
      ),
      article('visit', '2063-03-14', 'Chancellor Britta Holm received Prime Minister Lars Vikan in Kessel on Tuesday for consultations.\n'),
    ]);
    expect(timeline.events.map((e) => `${e.kind} ${e.date.value} ${e.sources.length}`)).toEqual(['talks 2063-03-13 2']);
    expect(timeline.events[0]!.sources.flatMap((s) => s.quotes.map((q) => q.text))).toContain('Chancellor Britta Holm and Prime Minister Lars Vikan signed a joint declaration on river traffic.');
  });
});
