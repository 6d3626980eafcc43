// A message, a memo or an email to someone, told as the form of a saying ("In a message to staff this morning, chief executive Andrew Wilson said …"):
// a saying of its day, as a letter to someone is. own-corpus-24 c1's games site; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe('a message to someone is a saying of its day', () => {
  it.each([
    ['In a message to staff this morning, Ana Ruiz said the deal would let the firm move faster.', '2058-03-13'],
    ['In an internal memo to employees on Monday, Velmark chief executive Ana Ruiz said no plant would close.', '2058-03-11'],
    ['In an email to members on Tuesday, Marta Lund said the branch had grown by a third.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'statement')).toEqual([['statement', null, day]]);
  });

  it('but one with no day of its own is no statement of the news day: it tells more of what the story told before', () => {
    expect(found('In a message to staff, Ana Ruiz said there had been mistakes.').filter(([kind]) => kind === 'statement')).toEqual([]);
  });

  // "on" with a topic after it is what the message was about, no day.
  it.each([
    'In an email to staff on the restructuring, Lund said jobs would go.',
    'In a memo to employees on the new pay scale, Ana Ruiz said bonuses would be cut.',
    'In a note to members on this year’s accounts, Marta Lund said the branch had grown.',
  ])('nor one with only its topic after "on": %s', (body) => {
    expect(found(body).filter(([kind]) => kind === 'statement')).toEqual([]);
  });

  it.each([
    ['In an email to staff late on Monday, Ana Ruiz said the plant would stay open.', '2058-03-11'],
    ['In a note to members yesterday, Marta Lund said the branch had grown by a third.', '2058-03-12'],
  ])('its day told in other words: %s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'statement')).toEqual([['statement', null, day]]);
  });
});
