// Protests the triggers did not know (own-corpus-3/4/5 misses, sentences written here in other words): a crowd that
// marched or protested, protesters' act against a place, a march told by its route.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a protest is a happening of its day', () => {
  it.each([
    ['Several hundred people marched from the old harbour on Sunday against the new tolls.', '2058-03-10'],
    ['Thousands of farmers protested outside the ministry in Lusk on Monday.', '2058-03-11'],
    ['On Tuesday about two thousand people demonstrated in front of the assembly.', '2058-03-12'],
    ['Protesters attacked two consulates in Orsk on Monday, 11 March, and set fires near the station.', '2058-03-11'],
    ['Demonstrators stormed the town hall in Lusk on Tuesday evening.', '2058-03-12'],
    ['The police put the crowd at the march from Dock Street to the cathedral on Monday at about 3,000.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Rally', day]]);
  });

  it('but not March the month, troops marching in, a march of anything else, nor a road protesters block', () => {
    expect(found('In March from the first week on, the ferry ran twice a day.')).toEqual([]);
    expect(found('The army marched into Orsk on Monday.').map(([, noun]) => noun)).not.toContain('Rally');
    expect(found('The march of the tolls through the budget went on on Monday.')).toEqual([]);
    expect(found('Protesters said on Monday they would come back.').map(([, noun]) => noun)).not.toContain('Rally');
    // A road blocked, a square occupied: a state that lasts, the scene of what follows.
    expect(found('Protesters blocked the bridge on Monday.').map(([, noun]) => noun)).not.toContain('Rally');
  });
});

describe('a protest or a demonstration named by its noun is a happening of its day', () => {
  it.each([
    ['Sunday the protest by the harbour was peaceful, the police said.', '2058-03-10'],
    ['Another demonstration has been announced for Friday afternoon near the assembly.', '2058-03-15'],
    ['A large protest is planned outside the ministry on Saturday.', '2058-03-16'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Rally', day]]);
  });

  it('but not a protest a government lodges, nor a showing of something', () => {
    expect(found('On Monday Lusk lodged a protest with the Orsk embassy.').map(([, noun]) => noun)).not.toContain('Rally');
    expect(found('The ministry sent a protest note to Orsk on Monday.').map(([, noun]) => noun)).not.toContain('Rally');
    expect(found('The parade on Monday was a demonstration of force.').map(([, noun]) => noun)).not.toContain('Rally');
  });
});
