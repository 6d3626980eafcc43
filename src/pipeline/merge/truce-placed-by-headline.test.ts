// A truce whose place only a headline gives ("Khartoum ceasefire in force after a day's delay") is
// the truce another outlet tells by the countries that made it and no place ("The ceasefire between
// Sudan and Chad … entered into force on 17 March"): one says only where, the other only who, the
// countries at the table standing for who when no person is named (ties.ts whoAndWhere). Reports
// of our own, with an empty gazetteer; Sunday 2041-03-17 the truce's day.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const truces = (...articles: ReturnType<typeof article>[]): string[] =>
  timelineWithoutGazetteer(articles)
    .events.filter((e) => e.kind === 'other' && e.title.startsWith('Ceasefire'))
    .map((e) => `${e.date.value} ${e.place?.name ?? 'nowhere'} ${e.sources.map((s) => s.article).sort().join('+')}`);

const live = { ...article('live', '2041-03-17', 'The truce took effect at dawn on Sunday, witnesses said.\n'), title: "LIVE | Khartoum ceasefire in force after a day's delay" };
const agency = article('agency', '2041-03-19', 'The ceasefire between Sudan and Chad was announced in Jeddah on 14 March and entered into force on 17 March.\n');

describe('a truce placed by its headline and the same truce told by its sides', () => {
  it('are one truce, in the place the headline gives', () => {
    expect(truces(live, agency)).toEqual(['2041-03-17 Khartoum agency+live']);
  });

  it('a headline placing something else places no truce', () => {
    const elsewhere = { ...live, title: 'LIVE | Floods in Khartoum as the ceasefire holds' };
    expect(truces(elsewhere)).toEqual(['2041-03-17 nowhere live']);
  });
});
