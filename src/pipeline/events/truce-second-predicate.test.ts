// A truce's taking effect told as a second predicate joined by "and" or "but" to a first act of the
// same subject ("was announced in Doha on Friday and entered into force in Gaza on Sunday"): the
// taking effect keeps the day and place written in its own predicate, the first act (an announcement,
// an event of its own; a proclaiming or a signing, none) keeps its own. Reports of our own, with an
// empty gazetteer; each story is of Wednesday 2041-03-20 (Friday the 15th, Sunday the 17th).
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each event of kind other a one-sentence story gives, as "title day". */
const others = (body: string): string[] =>
  timelineWithoutGazetteer([article('story', '2041-03-20', `${body}\n`)])
    .events.filter((e) => e.kind === 'other')
    .map((e) => `${e.title} ${e.date.value}`)
    .sort();

describe("a truce taking effect in a second predicate keeps its own day and place", () => {
  it.each([
    // An agency's passive, days by weekday.
    ['The truce was announced in Doha on Friday and entered into force in Gaza on Sunday.', ['Agreement announced in Doha 2041-03-15', 'Ceasefire in Gaza 2041-03-17']],
    // A wire's passive, days by date.
    ['The ceasefire was announced in Cairo on 12 March and took effect in Khartoum on 15 March.', ['Agreement announced in Cairo 2041-03-12', 'Ceasefire in Khartoum 2041-03-15']],
    // A translated readout: an opening phrase, the sides named after the noun, an attribution closing it.
    ['Following two days of consultations, the ceasefire was announced in Addis Ababa on 2 March and came into force in Mekelle on 4 March, the ministry informs.', ['Agreement announced in Addis Ababa 2041-03-02', 'Ceasefire in Mekelle 2041-03-04']],
    // A wire brief: no "on" before its weekdays.
    ['A truce between the army and the RSF was announced in Jeddah Monday and took effect in El Fasher Wednesday, officials said.', ['Agreement announced in Jeddah 2041-03-18', 'Ceasefire in El Fasher 2041-03-20']],
  ])('%s', (body, expected) => {
    expect(others(body)).toEqual(expected);
  });

  it('also when the first act is no event of its own (proclaimed, signed), and joined by "but only" or "and then"', () => {
    expect(others('The truce was proclaimed in Niamey on Friday and came into effect in Agadez on Sunday.')).toEqual(['Ceasefire in Agadez 2041-03-17']);
    expect(others('The ceasefire was signed in Juba on Monday but only took effect in Malakal on Thursday.')).toEqual(['Ceasefire in Malakal 2041-03-14']);
    expect(others('The truce was agreed in Kigali on Saturday and then entered into force in Goma on Monday.')).toEqual(['Ceasefire in Goma 2041-03-18']);
  });

  it('the announcement and the truce stay two events, each with its own day, across two outlets', () => {
    const timeline = timelineWithoutGazetteer([
      article('wire', '2041-03-20', 'The truce was announced in Doha on Friday and entered into force in Gaza on Sunday.\n'),
      article('paper', '2041-03-20', 'The ceasefire was announced in Doha on 15 March. It came into force in Gaza two days later, on 17 March.\n'),
    ]);
    const others = timeline.events.filter((e) => e.kind === 'other').map((e) => `${e.title} ${e.date.value} ${e.sources.map((s) => s.article).sort().join('+')}`).sort();
    expect(others).toEqual(['Agreement announced in Doha 2041-03-15 paper+wire', 'Ceasefire in Gaza 2041-03-17 paper+wire']);
  });

  it('and its beginning told so, not a beginning to do something nor talks on a truce', () => {
    expect(others('The truce was announced in Doha on Friday and began in Gaza on Sunday.')).toEqual(['Agreement announced in Doha 2041-03-15', 'Ceasefire in Gaza 2041-03-17']);
    expect(others('The ceasefire was agreed in Cairo on Thursday and started at dawn on Saturday in Khartoum.')).toEqual(['Ceasefire in Khartoum 2041-03-16']);
    expect(others('The truce held until Monday and then began to fray.')).toEqual([]);
    expect(others('Talks on a truce stalled on Monday and began again on Friday.')).toEqual([]);
  });

  it('a truce with no day of its own still takes the first act\'s', () => {
    expect(others('The truce was proclaimed in Niamey on Friday and came into effect in Agadez.')).toEqual(['Ceasefire in Agadez 2041-03-15']);
  });
});
