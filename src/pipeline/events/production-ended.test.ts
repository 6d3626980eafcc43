// A plant's production ended, told by its last act or by its end (own-corpus-20's "last car … rolled off the assembly line", a key event no row
// read, written here in other words): an event of its day, one noun for every telling so that two reports of it merge.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const ENDED = ['other', 'End of production'];

describe('the end of production at a site', () => {
  it.each([
    ['The last Velmark Tern rolled off the assembly line at the carmaker’s plant in Orsk this afternoon.', '2058-03-13'],
    ['The final hull, a grey ferry built for the island route, left the shipyard on Friday.', '2058-03-08'],
    ['Steel production ended at the Kessel works on Monday after ninety years.', '2058-03-11'],
    ['The company ended car production at the Lusk site on 2 March.', '2058-03-02'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual([...ENDED, day]);
  });

  it('but not a last time, production halted for a while, or the last of a line that is no production line', () => {
    const nouns = (body: string) => found(body).map(([kind, noun]) => [kind, noun]);
    expect(nouns('The last time he left the plant was on Monday.')).not.toContainEqual(ENDED);
    expect(nouns('The strike halted production at the Orsk plant on Monday.')).not.toContainEqual(ENDED);
    expect(nouns('The last of the strikers left the picket line on Monday.')).not.toContainEqual(ENDED);
  });
});

// people's last leaving, a weekday after "last", a show's production and a halt for a while are no end of production.
describe('no end of production', () => {
  it.each([
    'Last Friday the inspectors left the plant without a word.',
    'The last of the rescuers left the mine on Sunday.',
    'The last workers left the factory at midnight on Monday as the strike began.',
    'The Kessel Playhouse ended the production on Monday after the lead actor fell ill.',
    'The fire on Monday ended production at the plant for a week.',
    'A flood on Tuesday ended all production at the Lusk works for three days.',
  ])('%s', (body) => {
    expect(found(body).map(([kind, noun]) => [kind, noun])).not.toContainEqual(ENDED);
  });
});
