import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a full name whose given name is in no list is a person when the
// article writes its last word alone where only a person stands ("Vosk said she …", "Vellin makes her first
// speech", "met Vosk"), and the surname alone is then that person, not someone of their own. Near misses: a
// place's last word ("Kuala Lumpur … Lumpur said"), a firm whose name alone is called "it" ("Vasko said it would
// hire"), and a surname that is a state's name ("Kessa Mali … Mali said") make no one.
const timeline = timelineWithoutGazetteer([
  article('sworn-in', '2041-03-02', 'Mirela Vosk was sworn in as prime minister on Monday.\n\nThe party had picked Vosk in a vote on Saturday.\n\nVosk said she would meet the union leaders on Tuesday.\n'),
  article('took-office', '2041-03-04', 'Sanae Vellin took office on Tuesday.\n\nVellin makes her first policy speech to parliament on Friday.\n'),
  article('town', '2041-03-06', 'Delegates met in Kuala Lumpur on Tuesday.\n\nLumpur said the talks would go on.\n'),
  article('firm', '2041-03-08', 'Grupo Vasko signed the deal on Monday.\n\nVasko said it would hire 300 workers.\n'),
  article('state-name', '2041-03-10', 'Kessa Mali opened the fair on Monday.\n\nMali said she would return in May.\n'),
]);

const people = () => timeline.entities.filter((e) => e.type === 'person').map((e) => e.id);

describe('a full name whose surname the article writes alone as someone', () => {
  it('is a person, and the surname alone is the same person', () => {
    expect(people()).toContain('mirela-vosk');
    expect(people()).not.toContain('vosk');
    expect(idsOf(reportedIn(timeline, 'sworn-in', 'meeting')[0]?.participants)).toContain('mirela-vosk');
  });

  it('is a person when a verb after the surname calls them "her"', () => {
    expect(people()).toContain('sanae-vellin');
  });

  it('makes no one of a place, a firm called "it", or a state\'s name', () => {
    expect(people().filter((id) => /lumpur|vasko|mali/.test(id))).toEqual([]);
  });
});
