import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Japanese joins the words of a name with the particle "no" ("… Ishin no Kai", "Tomin First no Kai"): the name is one
// body's, not a body and a person called by the word after "no" (own12-tune's signing read a person "Kai").
const mentionsOf = (body: string): (string | undefined)[] => readOne('2058-03-13', `${body}\n`).candidates.flatMap((c) => c.mentions);

describe('a name joined by the particle "no"', () => {
  it('is one name, none of it a person', () => {
    const mentions = mentionsOf('She turned to Shinsei Mirai no Kai, and on Monday the two parties signed a pact.');
    expect(mentions).toContain('shinsei-mirai-no-kai');
    expect(mentions).not.toContain('kai');
  });

  it('but "no" before a word in lower case or a nation\'s adjective is English and joins nothing', () => {
    expect(mentionsOf('Rita Sousa told Kenji Sato no agreement was near, at talks in Lisbon on Monday.')).toContain('kenji-sato');
    expect(mentionsOf('Rita Sousa told Kenji Sato no Japanese troops would stay, at talks in Lisbon on Monday.')).toContain('kenji-sato');
  });

  it('nor before capitalised words that end in no Japanese body\'s head word ("Kai", "Kaigi", "Rengō" …)', () => {
    expect(mentionsOf('Rita Sousa told Kenji Sato no Western troops would stay, at talks in Lisbon on Monday.')).toContain('kenji-sato');
    expect(mentionsOf('Rita Sousa assured Kenji Sato no Atlantic Fleet ships would sail, at talks in Lisbon on Monday.')).toContain('kenji-sato');
  });
});
