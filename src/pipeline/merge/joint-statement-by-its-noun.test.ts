// A joint statement a second article names by its noun and its day alone, its makers unnamed ("the companies' joint statement of July 24"; own-corpus-8's
// d2 and own-corpus-3's e2 in other words): the statement of that day the first article tells with its makers, not a second statement beside it.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The articles each statement of the timeline is told by. */
const statements = (...bodies: [string, string][]): string[][] =>
  timelineWithoutGazetteer(bodies.map(([published, body], i) => article(`a${i}`, published, body)))
    .events.filter((e) => e.kind === 'statement')
    .map((e) => e.sources.map((s) => s.article).sort());

const BY_TWO_LEADERS: [string, string] = ['2058-03-11', 'KESSEL, March 11 — Chancellor Ilse Marr and President Tomas Lind issued a joint statement on the river dam on Monday.'];
const BY_TWO_MAYORS: [string, string] = ['2058-03-11', 'Mayor Ilse Brand and Mayor Tomas Reek put out a joint statement on the water accord on Monday.'];

describe('a joint statement named by its noun and its day', () => {
  it.each([
    ['The joint statement of Monday said nothing new about the dam.'],
    ['Diplomats in Kessel called the joint statement of March 11 a first step.'],
    ['The two leaders welcomed the joint press announcement issued on Monday, the first since 2041.'],
    ['All three speakers agreed that the joint statement on the dam, issued on Monday evening, was the only agreed text.'],
  ])('is the statement of that day its makers are named for: %s', (body) => {
    expect(statements(BY_TWO_LEADERS, ['2058-03-13', body])).toEqual([['a0', 'a1']]);
  });

  it('but stays apart when two statements of makers fit it alike, or none of its day does', () => {
    expect(statements(BY_TWO_LEADERS, BY_TWO_MAYORS, ['2058-03-13', 'The joint statement of Monday said nothing new.']).sort()).toEqual([['a0'], ['a1'], ['a2']]);
    expect(statements(BY_TWO_LEADERS, ['2058-03-13', 'The joint statement of Sunday said nothing new.'])).toHaveLength(2);
  });

  it('and one side’s statement of that day is not a joint one', () => {
    expect(statements(['2058-03-11', 'Chancellor Ilse Marr said on Monday that the dam would be built.'], ['2058-03-13', 'The joint statement of Monday said nothing new.'])).toHaveLength(2);
  });

  it.each([
    ['Mayor Anna Berg welcomed the joint statement issued on Monday.'],
    ['Opposition leader Karl Weiss called the joint statement of Monday vague.'],
  ])('whoever the second article names welcoming or telling of it, it is the makers’ statement: %s', (body) => {
    expect(statements(BY_TWO_LEADERS, ['2058-03-13', body])).toEqual([['a0', 'a1']]);
  });

  it.each([
    [['2058-03-11', 'Chancellor Ilse Marr and President Tomas Lind told reporters on Monday that the dam would be built.'], ['2058-03-13', 'The two unions’ joint statement of Monday called for calm at the docks.']],
    [['2058-03-11', 'Minister Ana Vik and Governor Per Holm spoke to reporters on Monday about the bridge, each in turn.'], ['2058-03-12', 'The joint communiqué released on Monday called for calm at the bridge.']],
  ] as [string, string][][])('but two people each saying their piece on its day made no joint statement: %s', (toldByTwo, nounTold) => {
    expect(statements(toldByTwo!, nounTold!)).toHaveLength(2);
    expect(statements(nounTold!, toldByTwo!)).toHaveLength(2);
  });
});
