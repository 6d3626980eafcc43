// Forces drilling together, told by the noun of their drill (own-corpus-5's misses, two reports of one exercise, sentences written here in other
// words): the drill of its day, an Exercise, whether the noun is qualified as military or named.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a military exercise', () => {
  it.each([
    ['On Monday Belarusian troops began the Zapad exercise with Russia.', '2058-03-11'],
    ['Russia and Belarus held joint military exercises on Monday.', '2058-03-11'],
    ['The navy held live-fire drills in the Baltic on Monday.', '2058-03-11'],
    ['The biggest Russian-Belarusian exercise in four years starts on Friday.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Exercise', day]);
  });

  it('but not an exercise of a right or in a virtue, nor one named by an English word opening its sentence', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    expect(nouns('The exercise of power was debated in the Senate on Monday.')).not.toContain('Exercise');
    expect(nouns('On Monday Putin called the talks an exercise in patience.')).not.toContain('Exercise');
    expect(nouns('This exercise began on Monday with a quiz for the pupils.')).not.toContain('Exercise');
    expect(nouns('Fire drills were held at the Kazan school on Tuesday.')).not.toContain('Exercise');
    expect(nouns('The rain stopped. Emergency drills began in Kazan on Tuesday.')).not.toContain('Exercise');
    expect(nouns('Evacuation drills were held at the Kazan school on Tuesday.')).not.toContain('Exercise');
    expect(nouns('On Tuesday the pupils skipped the usual Monday drills.')).not.toContain('Exercise');
  });

  it('named by its year even when it opens the sentence, or by a name there that is no English word', () => {
    expect(found('Zapad-2029 exercises began in Belarus on Monday.')).toContainEqual(['other', 'Exercise', '2058-03-11']);
    expect(found('Zapad exercises began in Belarus on Monday.')).toContainEqual(['other', 'Exercise', '2058-03-11']);
    expect(found('The rain stopped. Kavkaz drills began in Dagestan on Monday.')).toContainEqual(['other', 'Exercise', '2058-03-11']);
  });
});
