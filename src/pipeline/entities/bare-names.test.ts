// A full name the tagger cannot type, whose last word the article writes alone inside sentences in two places or more ("appointed Tarnowa,
// …", "212 votes for Tarnowa"), is someone the story goes by: the full name is a person, and so is the surname alone. A live entry's clock
// stamp on its own line opens the sentence below it as a dash would ("09:15\nNoriko Tarnowa's cabinet …"). Near misses: a word written alone
// once only, or only as a sentence's first word, makes no one of the full name, nor does one after "in", "of" or "with" ("a stake in
// Kessmark", "shares of Kessmark"), where a firm stands as well as a person.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const timeline = timelineWithoutGazetteer([
  article('live', '2041-03-05', 'The chamber votes today.\n\n13:55\nResult in the lower house: 212 votes for Tarnowa in the first round.\n\n15:20\nThe ceremony is over. The regent formally appointed Tarnowa, and the ministers followed.\n\n08:00\nSayo Tarnowa, who won the party vote last month, is expected to lead the country.\n'),
  article('stamp', '2041-03-06', '09:15\nKenji Abarai\'s cabinet has resigned this morning. Abarai told reporters he had no regrets.\n'),
  article('once', '2041-03-07', 'Miro Quellan, who chairs the board, is expected to stay.\n\nThe votes went to Quellan in the end.\n'),
  article('firm', '2041-03-08', 'Dravo Kessmark announced a new plant on Monday.\n\nA rival bought a stake in Kessmark last year. Shares of Kessmark fell, and talks with Kessmark stalled.\n'),
]);

const people = () => timeline.entities.filter((e) => e.type === 'person').map((e) => e.id);

describe('a surname the article writes alone inside its sentences', () => {
  it('makes a person of the full name, in two places or more', () => {
    expect(people()).toContain('sayo-tarnowa');
  });

  it('after a live entry\'s clock stamp too', () => {
    expect(people()).toContain('kenji-abarai');
  });

  it('but not written alone once only', () => {
    expect(people()).not.toContain('miro-quellan');
  });

  it('but not a firm\'s word after "in", "of" or "with", where a firm stands as well as a person', () => {
    expect(people()).not.toContain('dravo-kessmark');
  });
});
