import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: an office of a state written after a name, opened by a comma ("Jan Novak, President of
// Slovakia,", "Mr. NOVAK Jan, President of the Slovak Republic,"), makes the person that state's, as the office written
// before the name does ("President of Slovakia Jan Novak"); a clause after the comma that names the office is no apposition.
const timeline = timelineWithoutGazetteer([
  article('apposed', '2041-06-03', 'Jan Novak, President of Slovakia, met Prime Minister Ola Berg of Norway in Oslo on Monday.\n'),
  article('readout', '2041-07-02', 'On Tuesday, Mr. HALE Ingrid, Deputy Prime Minister of the Kingdom of Denmark, held a meeting with Mr. Ola Berg, Prime Minister of Norway.\n'),
  article('clause', '2041-08-05', 'Ana Ruiz, a former adviser to the President of Chile, met Prime Minister Ola Berg of Norway in Oslo on Monday.\n'),
]);
const partiesOf = (source: string) => idsOf(timeline.events.find((e) => e.sources.some((s) => s.article === source))?.roles?.parties);

describe('an office of a state in apposition to a name', () => {
  it('makes the person that state’s, a side of the meeting', () => {
    expect(partiesOf('apposed')).toEqual(expect.arrayContaining(['slovakia', 'norway']));
    expect(partiesOf('readout')).toEqual(expect.arrayContaining(['denmark', 'norway']));
  });

  it('is not read from a clause about someone else’s office', () => {
    expect(partiesOf('clause')).not.toContain('chile');
  });
});
