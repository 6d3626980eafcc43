// Two people leaving one body the same evening, one article telling each in a sentence of its own and another outlet naming both
// ("Ivo Lind and Mara Vell both resigned on the evening of 10 March"): own-corpus-20's mixed event, written here in other words. The
// first article kept them apart by their people (resolve-mentions.ts); the report naming both joins one of them and makes them no one
// event (compatible.ts keptApartByItsArticle), as two calls of one day with other people are two.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const TWO_SENTENCES = 'Tomas Halloran resigned as director of the Orsk Broadcasting Union on Sunday evening, after a week of pressure. Lia Moor, the head of its news service, stepped down within the hour.';
const BOTH = 'Tomas Halloran and Lia Moor both resigned on the evening of 10 March.';

/** For each resignation of the build, its people and the sentences of each article it cites, sorted. */
const resignations = (...articles: [string, string][]): string[] =>
  timelineWithoutGazetteer(articles.map(([published, body], i) => article(`a${i + 1}`, published, `${body}\n`)))
    .events.filter((e) => e.title === 'Resignation')
    .map((e) => `${e.participants.map((p) => p.name).join(', ')}: ${e.sources.map((s) => `${s.article} ${s.quotes.map((q) => q.sentence).join(' ')}`).sort().join('; ')}`)
    .sort();

describe('two people leaving one body on one day', () => {
  it('are two resignations in the article that tells each', () => {
    expect(resignations(['2058-03-11', TWO_SENTENCES])).toEqual(['Lia Moor: a1 1', 'Tomas Halloran: a1 0']);
  });

  it('stay two when another outlet names both, whichever article is read first', () => {
    expect(resignations(['2058-03-11', TWO_SENTENCES], ['2058-03-14', BOTH])).toEqual(['Lia Moor: a1 1', 'Tomas Halloran, Lia Moor: a1 0; a2 0']);
    expect(resignations(['2058-03-14', BOTH], ['2058-03-11', TWO_SENTENCES])).toEqual(['Lia Moor: a2 1', 'Tomas Halloran, Lia Moor: a1 0; a2 0']);
  });
});
