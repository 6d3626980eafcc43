// A company deal agreed, completed or cleared is its day's act; a board's approval is the meeting that voted it.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a company deal agreed, completed or cleared is a happening of its day', () => {
  it.each([
    ['On Tuesday Union Pacific agreed to buy Norfolk Southern for $85 billion.', 'Deal agreed', '2058-03-12'],
    ['Castel Mobile agreed on Monday to merge with Norland Telecom.', 'Deal agreed', '2058-03-11'],
    ['Union Pacific and Norfolk Southern today announced that they have entered into a definitive agreement under which Union Pacific will acquire Norfolk Southern.', 'Deal agreed', '2058-03-13'],
    ['Harbor Steel completed its $2 billion acquisition of Orsk Metals on Monday.', 'Deal completed', '2058-03-11'],
    ['EU regulators cleared the merger on Friday.', 'Deal cleared', '2058-03-08'],
  ])('%s', (body, noun, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', noun, day]]);
  });

  it.each([
    ['On Tuesday Union Pacific agreed to buy Norfolk Southern for $85 billion.', 'Union Pacific agrees to buy Norfolk Southern for $85 billion'],
    ['Yesterday Harbor Steel agreed to buy Orsk Metals.', 'Harbor Steel agrees to buy Orsk Metals'],
    ['Then Castel Mobile agreed on Monday to merge with Norland Telecom.', 'Castel Mobile agrees to merge with Norland Telecom'],
  ])('a deal agreed is titled by who agreed, without the words that only open its sentence: %s', (body, title) => {
    const titles = timelineWithoutGazetteer([article('d1', '2058-03-13', `${body}\n`)]).events.filter((e) => e.kind === 'other').map((e) => e.title);
    expect(titles).toEqual([title]);
  });

  it("a board's approval is a meeting of its day", () => {
    expect(found('The boards of directors of both companies unanimously approved the transaction at separate meetings on Monday.')).toEqual([['meeting', null, '2058-03-11']]);
    expect(found('The directors backed the merger on Tuesday.')).toEqual([['meeting', null, '2058-03-12']]);
  });

  it('but not a deal in talks, rumoured or still to complete, nor time bought', () => {
    for (const body of [
      'Castel Mobile is in talks to buy Norland Telecom, people familiar with the matter said on Monday.',
      'The two sides agreed to buy time on Monday.',
      'India agreed on Monday to buy Russian oil at a discount.',
      'The United States agreed on Monday to sell F-35 jets to Turkey.',
      'France and Germany agreed on Monday to combine their efforts on defence.',
      'Harbor Steel was said on Monday to be considering a bid for Orsk Metals.',
      'The companies expect to complete the transaction by early 2027.',
      'The deal is subject to the approval of both companies\u2019 shareholders at special meetings to be scheduled later.',
    ]) {
      expect(found(body).filter(([, noun]) => noun?.startsWith('Deal')), body).toEqual([]);
    }
  });
});
