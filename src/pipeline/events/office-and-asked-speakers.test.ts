// Speakers that are offices, and answers to a question put on a day (own-corpus-9's local paper and ministry readout, in
// sentences written here in other words): "The mayor's office said on Friday …", "Asked on 21 November whether …, a ministry
// spokesperson said …"; own-corpus-17's live page: "<the manager>, asked about his squad this morning, said …".
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';

/** Each event of one article of Wednesday 13 March 2058 as "kind day title [its people]". */
const events = (body: string): string[] =>
  buildTimeline([article('a', '2058-03-13', `${body}\n`)], { gazetteer: GAZETTEER, corrections: parseCorrections('', 'none') }).events.map(
    (e) => `${e.kind} ${e.date.value} ${e.title} [${e.participants.map((p) => p.id).join(', ')}]`,
  );

describe('an office as the speaker', () => {
  it('says what its holder’s staff say, on the day beside its verb', () => {
    expect(events('The mayor’s office said on Monday that the city had spent a large sum on the visit.')).toEqual(['statement 2058-03-11 The mayor’s office says the city had spent a large sum on the visit []']);
    expect(events('The governor’s press office announced on Tuesday that the bridge would reopen.')).toEqual(['statement 2058-03-12 The governor’s press office says the bridge would reopen []']);
  });

  it('is the office’s holder too, a mayor, a governor or a president told by no name', () => {
    expect(events("Orsk's mayor told the town council on Monday evening that the port would lose a fifth of its income.").map((e) => e.slice(0, 20))).toEqual(['statement 2058-03-11']);
    expect(events('The regional governor said on Tuesday that two schools would stay shut.').map((e) => e.slice(0, 20))).toEqual(['statement 2058-03-12']);
    expect(events('On Tuesday evening the president wrote on social media that the levy was "a disgrace".').map((e) => e.slice(0, 20))).toEqual(['statement 2058-03-12']);
  });
});

describe('an answer to a question put on a day', () => {
  it('is a statement of that day by whoever answers, not by those the question names', () => {
    expect(events('Asked on Monday whether Trump would meet Putin in Geneva, a ministry spokesperson said that there was no such arrangement.')).toEqual([
      'statement 2058-03-11 A ministry spokesperson says there was no such arrangement []',
    ]);
    expect(events('Note: Asked on 12 March whether the two leaders would hold talks in Geneva before the summit in the spring, Peskov said that nothing had been arranged.')).toEqual([
      'statement 2058-03-12 Dmitry Peskov says nothing had been arranged [dmitry-peskov]',
    ]);
  });

  it('is nothing when no one answers in words', () => {
    expect(events('Asked on Monday whether he would go to Geneva, Trump smiled.')).toEqual([]);
  });
});

describe('an answer to a question put in an aside between the speaker and the verb', () => {
  it('is a statement of the day that closes the aside, by the speaker', () => {
    expect(events('Peskov, asked about the budget on Monday, said that nothing had been decided.')).toEqual(['statement 2058-03-11 Dmitry Peskov says nothing had been decided [dmitry-peskov]']);
    expect(events('Peskov, when asked about the budget this morning, said that nothing had been decided.')).toEqual(['statement 2058-03-13 Dmitry Peskov says nothing had been decided [dmitry-peskov]']);
  });
});
