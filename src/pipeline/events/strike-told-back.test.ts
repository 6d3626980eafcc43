import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
/** Each report of the article: its kind, its day and the sentences it was read from. */
const reports = (published: string, text: string): [string, string | undefined, string[]][] =>
  extractArticle(article('a', published, `${text}\n`), prepared).found.candidates.map((c) => [c.kind, c.date?.value, c.evidence.map((e) => e.text)]);

// Saturday 19 March 2061: Tuesday the 15th.
describe('a strike told back by the force that struck, a pronoun its subject', () => {
  it('is the strike, no statement, in a thread\'s stamped post ("the army confirms it struck the compound")', () => {
    const post = '3/ 09:15 — The Velsland army confirms it struck the barracks compound in Harrin and says it also hit a fuel depot.';
    expect(reports('2061-03-19', post)).toEqual([['strike', '2061-03-19', [post]]]);
  });

  it('is no strike when the force denies it or only threatens one', () => {
    expect(reports('2061-03-19', 'The Velsland army denies it struck the hospital in Harrin.')).toEqual([]);
    expect(reports('2061-03-19', '3/ 09:15 — The Velsland army says it will hit the port of Harrin if the shelling goes on.').map(([kind]) => kind)).toEqual(['statement']);
  });
});

describe('what a strike hits', () => {
  it('takes in a compound and a palace ("Velsland struck the presidential palace")', () => {
    const told = 'Velsland struck the presidential palace in Harrin on Tuesday.';
    expect(reports('2061-03-19', told)).toEqual([['strike', '2061-03-15', [told]]]);
  });

  it('leaves a ministry hit with sanctions', () => {
    expect(reports('2061-03-19', 'Velsland hit the finance ministry with new sanctions on Tuesday.')).toEqual([]);
  });
});

describe('a boat or a craft struck by a state or its forces', () => {
  it('is a strike when a state of two names hits a boat ("the Republic of Velsland struck a boat")', () => {
    const told = 'On Monday the Republic of Velsland struck a second boat it said was smuggling arms, killing four people.';
    expect(reports('2061-03-19', told)).toEqual([['strike', '2061-03-14', [told]]]);
  });

  it('is a strike when its forces struck it, the craft told with listed words ("a small, fast boat")', () => {
    const told = 'Velsland navy forces struck a small, fast boat off the coast of Harrin yesterday, killing all six on board.';
    expect(reports('2061-03-19', told)).toEqual([['strike', '2061-03-18', [told]]]);
    const troops = 'Harrin troops hit an armoured convoy near the border on Tuesday.';
    expect(reports('2061-03-19', troops)).toEqual([['strike', '2061-03-15', [troops]]]);
  });

  it('is no strike when a boat is hit by a wave, a record or a ball', () => {
    expect(reports('2061-03-19', 'On Tuesday a wave struck the small, old boat as it left Harrin harbour.')).toEqual([]);
    expect(reports('2061-03-19', 'The rowing club hit a new record on Tuesday with its eight-man boat.')).toEqual([]);
  });

  it('is no strike when forces only hit a goal, or the forces are a market\'s ("the navy hit its recruitment target")', () => {
    expect(reports('2061-03-19', 'The navy hit its recruitment target on Tuesday.')).toEqual([]);
    expect(reports('2061-03-19', 'Allied forces hit their training target for the year on Tuesday.')).toEqual([]);
    expect(reports('2061-03-19', 'Market forces hit the car industry hard on Tuesday.')).toEqual([]);
    expect(reports('2061-03-19', 'The army finally hit its targets for new tanks on Tuesday.')).toEqual([]);
    expect(reports('2061-03-19', 'Political forces hit the port town of Harrin with a wave of resignations on Tuesday.')).toEqual([]);
  });

  it('is a strike when forces struck targets or hit a place of war', () => {
    const targets = 'Velsland forces struck targets near Harrin on Tuesday.';
    expect(reports('2061-03-19', targets)).toEqual([['strike', '2061-03-15', [targets]]]);
    const depot = 'The army hit a fuel depot outside Harrin on Tuesday.';
    expect(reports('2061-03-19', depot)).toEqual([['strike', '2061-03-15', [depot]]]);
  });
});
