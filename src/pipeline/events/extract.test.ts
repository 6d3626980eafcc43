import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../entities/recognise.ts';
import { splitSentences } from '../parse/sentences.ts';
import { article, GAZETTEER } from '../../../tests/support/pipeline.ts';
import { extractEvents } from './extract.ts';

const context = {
  recognise: createRecogniser(GAZETTEER),
  samePlace: (a: string, b: string) => a === b || (a === 'geneva' && b === 'switzerland') || (a === 'switzerland' && b === 'geneva'),
  isPerson: (id: string) => GAZETTEER.entities.find((e) => e.id === id)?.type === 'person',
};

function extract(published: string, body: string) {
  const a = article('a', published, body);
  return extractEvents(a, splitSentences(a.body), context);
}

describe('extractEvents', () => {
  it('dates a call by the weekday of its sentence, in the tense of the sentence', () => {
    const { candidates } = extract('2026-02-25', 'Zelenskyy confirmed that he held a 30-minute call with Trump on Wednesday.\n\nOn Thursday in Geneva, Umerov is scheduled to meet Witkoff.\n');
    const [call, meeting] = candidates;
    expect(call).toMatchObject({ kind: 'call', status: 'occurred', date: { value: '2026-02-25' }, participants: ['volodymyr-zelenskyy', 'donald-trump'], datedByPublication: false });
    expect(call?.duration).toBe('PT30M');
    expect(meeting).toMatchObject({ kind: 'meeting', status: 'planned', date: { value: '2026-02-26' }, place: 'geneva', participants: ['rustem-umerov', 'steve-witkoff'] });
  });

  it('gives an undated past-tense lead report the publication date, and says so', () => {
    const { candidates } = extract('2025-02-12', 'President Donald Trump announced a lengthy phone call with Vladimir Putin.\n');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ kind: 'call', date: { value: '2025-02-12' }, datedByPublication: true, participants: ['donald-trump', 'vladimir-putin'] });
  });

  it('tells two calls in one sentence apart by the clause each is in', () => {
    const { candidates } = extract('2025-02-12', 'Trump announced a phone call with Putin. Following Trump’s conversation with Putin, Zelensky also spoke with the U.S. president.\n');
    expect(candidates.map((c) => c.participants)).toEqual([['donald-trump', 'vladimir-putin'], ['volodymyr-zelenskyy', 'donald-trump']]);
    expect(candidates[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it('lets a definite reference add evidence, not people', () => {
    const { candidates } = extract('2025-02-12', 'Trump announced a phone call with Putin. Kremlin spokesman Dmitry Peskov confirmed the phone call lasted nearly 90 minutes.\n');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.participants).toEqual(['donald-trump', 'vladimir-putin']);
    expect(candidates[0]?.evidence).toHaveLength(2);
  });

  it('makes no event of negations, generic plurals, demands or undated plans, and warns about the plans', () => {
    const { candidates, warnings } = extract(
      '2025-11-24',
      'The Kremlin confirmed there are no scheduled meetings this week. Despite multiple meetings this year, nothing moved. Moran joined the call for Tomahawks. Zelensky is expected to speak directly with Trump soon.\n',
    );
    expect(candidates).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['undated-report']);
    expect(warnings[0]?.message).toContain('expected to speak directly with Trump');
  });

  it('does not take possessors or spokespeople for participants', () => {
    const { candidates } = extract('2026-02-25', 'On Thursday, Umerov will meet Trump’s special envoy Steve Witkoff and Trump adviser Jared Kushner.\n');
    expect(candidates[0]?.participants).toEqual(['rustem-umerov', 'steve-witkoff', 'jared-kushner']);
  });

  it('spans "two days of talks … on Tuesday" over both days', () => {
    const { candidates } = extract('2026-02-17', 'Negotiators from Ukraine and Russia began two days of peace talks in Geneva on Tuesday.\n');
    expect(candidates[0]).toMatchObject({ kind: 'talks', status: 'occurred', place: 'geneva', date: { value: '2026-02-17/2026-02-18', precision: 'span' } });
    expect(candidates[0]?.participants).toEqual(['ukraine', 'russia']);
  });

  it('carries a relative date into the next sentence that reports the event', () => {
    const { candidates } = extract('2026-02-25', 'The sentiment was echoed in the capital over the weekend. Several hundred demonstrators gathered at the memorial.\n');
    expect(candidates[0]).toMatchObject({ kind: 'other', noun: 'Rally', date: { start: '2026-02-21', end: '2026-02-22' } });
  });

  it('adds the people of "delegation led by" sentences to the article’s gathering', () => {
    const { candidates } = extract('2026-02-17', 'Talks opened in Geneva on Tuesday. Ukraine’s delegation is led by Rustem Umerov.\n');
    expect(candidates[0]?.participants).toContain('rustem-umerov');
    const listed = extract('2026-02-17', 'Talks opened in Geneva on Tuesday. Ukraine’s team included Rustem Umerov. The Americans were represented by Steve Witkoff and Jared Kushner.\n');
    expect(listed.candidates[0]?.participants).toEqual(expect.arrayContaining(['rustem-umerov', 'steve-witkoff', 'jared-kushner']));
  });

  it('keeps an undated report about no dated event, without a day', () => {
    const { candidates, undated } = extract('2026-02-25', 'Witkoff met Umerov on Monday. A summit of Trump and Putin is expected to follow.\n');
    expect(candidates.map((c) => c.kind)).toEqual(['meeting']);
    expect(undated).toEqual([expect.objectContaining({ kind: 'summit', status: 'planned', participants: ['donald-trump', 'vladimir-putin'], evidence: expect.objectContaining({ sentence: 1 }) })]);
  });

  it('never reads headings as reports', () => {
    expect(extract('2026-02-25', '## Talks in Geneva on Thursday\n\nNothing else.\n').candidates).toEqual([]);
  });
});
