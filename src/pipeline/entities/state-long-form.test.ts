import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../timeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { article, reportedIn } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from './gazetteer.ts';

// Reports of our own, with a gazetteer that knows the states by their short names only: talks between two states, one written
// with its long official form, which the gazetteer's name is the end of.
const gazetteer = parseGazetteer('countries:\n  iran: { name: Iran }\n  chile: { name: Chile }\n  germany: { name: Germany }\n', 'states.yaml');
const articles = [
  article('form-first', '2051-06-05', 'Negotiations between the Islamic Republic of Iran and Chile were held yesterday in Lima.\n'),
  article('form-second', '2051-06-05', 'Negotiations between Chile and the Federal Republic of Germany were held yesterday in Lima.\n'),
];

const partiesOf = (source: string) =>
  reportedIn(buildTimeline(articles.filter((a) => a.id === source), { gazetteer, corrections: parseCorrections('', 'none') }), source, 'talks')[0]?.roles?.parties.map((p) => p.name);

describe('a state the gazetteer knows, written with its long official form', () => {
  it('is a side of the talks it is listed at, its form read with it', () => {
    expect(partiesOf('form-first')).toEqual(expect.arrayContaining(['Iran', 'Chile']));
    expect(partiesOf('form-second')).toEqual(expect.arrayContaining(['Chile', 'Germany']));
  });
});
