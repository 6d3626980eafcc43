import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a statement told by a part of the day alone, in a paragraph that tells a gathering whose
// day another paragraph gives, was made on the gathering's day, not on the day of another statement the article dates.
const statementDays = (id: string, published: string, body: string): string[] =>
  reportedIn(timelineWithoutGazetteer([article(id, published, body)]), id, 'statement').map((e) => `${e.date.value} ${e.sources[0]!.quotes[0]!.text.slice(0, 30)}`);

describe('a statement told by a part of the day alone', () => {
  it('is of the day of the gathering its paragraph tells before it', () => {
    const delta = statementDays(
      'delta',
      '2061-05-13',
      'The Ministry of Trade announced its final ruling on steel on 4 May.\n\nThe Delta summit took place in Velm yesterday, 12 May.\n\nThe summit had been planned for two days. Premier Ana Rell then chaired the closing session in the afternoon. The delegations released a joint statement on water in the evening.\n',
    );
    expect(delta).toContain('2061-05-12 The delegations released a joi');
    const lake = statementDays(
      'lake',
      '2061-05-13',
      'The Interior Ministry issued a video statement on 2 May.\n\nThe lake states met in Orsk yesterday, 12 May.\n\nThe talks had been meant to run longer. Their foreign ministers then opened the meeting in the morning. The three sides issued their fisheries statement that evening.\n',
    );
    expect(lake).toContain('2061-05-12 The three sides issued their f');
  });
});
