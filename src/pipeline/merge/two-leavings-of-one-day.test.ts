// Two people leaving one body the same evening, one article telling each in a sentence of its own and another outlet naming both
// ("Ivo Lind and Mara Vell both resigned on the evening of 10 March"): own-corpus-20's mixed event, written here in other words. The
// first article kept them apart by their people (resolve-mentions.ts); the report naming both is one report of each (acts-of-each-doer.ts),
// each joining its own, and they make no one event (compatible.ts keptApartByItsArticle), as two calls of one day with other people are two.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';

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
    expect(resignations(['2058-03-11', TWO_SENTENCES], ['2058-03-14', BOTH])).toEqual(['Lia Moor: a1 1; a2 0', 'Tomas Halloran: a1 0; a2 0']);
    expect(resignations(['2058-03-14', BOTH], ['2058-03-11', TWO_SENTENCES])).toEqual(['Lia Moor: a1 0; a2 1', 'Tomas Halloran: a1 0; a2 0']);
  });
});

// keptApartByItsArticle holds for every family but gatherings. Read with a gazetteer's people, it keeps apart only what is
// each person's own (a death, a sentence, a swearing-in: one per person, as the article told them); a happening of both that the article told
// by two people’s sentences (a trial and its judge) is one, and an outlet naming both joins it.
const PEOPLE = parseGazetteer('people:\n  ivo-lind: { name: Ivo Lind, aliases: [Lind] }\n  mara-vell: { name: Mara Vell, aliases: [Vell] }\n', 'people.yaml');

/** Each non-statement event of two articles read with PEOPLE: its people and the sentences of each article it cites. */
const readWithPeople = (first: string, second: string): string[] =>
  buildTimeline([article('a1', '2058-03-12', `${first}\n`), article('a2', '2058-03-13', `${second}\n`)], { gazetteer: PEOPLE, corrections: parseCorrections('', 'none') })
    .events.filter((e) => e.kind !== 'statement')
    .map((e) => `${e.participants.map((p) => p.name).sort().join(', ')}: ${e.sources.map((s) => `${s.article} ${s.quotes.map((q) => q.sentence).join(' ')}`).sort().join('; ')}`)
    .sort();

describe("one article's reports of a day, of other people, with a gazetteer's people", () => {
  it.each([
    // A death is a personal row of the kinds table: the report naming both is one of each; a sentence is not (yet), and its report of both joins one.
    ['Ivo Lind died in a crash in Orsk on Monday. Mara Vell died in the crash on Monday.', 'Ivo Lind and Mara Vell died in a crash in Orsk on Monday.', ['Ivo Lind: a1 0; a2 0', 'Mara Vell: a1 1; a2 0']],
    ['Ivo Lind was sentenced to ten years in prison in Orsk on Monday. Mara Vell was sentenced to five years on Monday.', 'Ivo Lind and Mara Vell were sentenced in Orsk on Monday.', ['Ivo Lind, Mara Vell: a1 0; a2 0', 'Mara Vell: a1 1']],
  ])('stay two when each is a person’s own: %s', (first, second, each) => {
    expect(readWithPeople(first, second)).toEqual(each);
  });

  it('are one when the article told one happening of both', () => {
    expect(readWithPeople('The trial of Ivo Lind opened in Orsk on Monday. Judge Mara Vell opened the trial on Monday.', 'Judge Mara Vell opened the trial of Ivo Lind in Orsk on Monday.')).toEqual(['Mara Vell: a1 0 1; a2 0']);
  });
});
