// A text told signed by its participle, its signers between it and the day ("the Lusk treaty, signed by Premier Vance and Ms
// Oduya on Monday"): the signing of that day, and the one another outlet tells with its town. Wednesday 12 March 2053: the
// Monday gone by is the 10th.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { day, report, said } from '../../../tests/support/reports.ts';
import { otherSigners } from './match-mention.ts';
import type { Mention } from './mention.ts';

describe('a text signed by its signers on a day', () => {
  it('is the signing of that day, after a comma or not', () => {
    expect(found('The Lusk treaty, signed by Premier Aldo Vance and Ms Ines Oduya on Monday, settles the border.', '2053-03-12')).toEqual([['other', 'Agreement signed', '2053-03-10']]);
    expect(found('The accord signed by Velmark and Estmark yesterday ends the war.', '2053-03-12')).toEqual([['other', 'Agreement signed', '2053-03-11']]);
  });

  it('is no signing told when the words after its signers are a verb of its own ("is in force")', () => {
    expect(found('The accord signed by Velmark and Estmark is in force.', '2053-03-12')).toEqual([]);
  });

  it('is the signing of that day or place when its sides follow "between" (own-corpus-7 b2\'s reduced relative; sentence written here)', () => {
    expect(found('The two leaders recalled the Treaty of Good Neighbours signed between the two countries in Lusk on 9 April 2031, which this treaty builds upon.', '2053-03-12')).toEqual([['other', 'Agreement signed', '2031-04-09']]);
    expect(found('The accord signed between Velmark and Estmark is in force.', '2053-03-12')).toEqual([]);
  });

  it('is the signing another outlet tells with its town', () => {
    const wire = article('wire', '2053-03-10', 'Premier Aldo Vance and Ms Ines Oduya signed a peace treaty in Corvin on Monday.\n');
    const letters = article('letters', '2053-03-12', 'Sir, the Corvin treaty, signed by Premier Vance and Ms Oduya on Monday, leaves the river out.\n');
    const signings = timelineWithoutGazetteer([wire, letters]).events.filter((e) => e.sources.some((s) => s.article === 'letters'));
    expect(signings.map((e) => e.sources.map((s) => s.article).sort())).toEqual([['letters', 'wire']]);
  });
});

// "The Kessel Accord signed by Velmark and Estmark yesterday …" then "On the bilateral front, Norland and Ostia signed a trade
// agreement yesterday, witnessed by Premier Vance": the second seats no one but names two other states.
describe('two texts of a day signed by other states', () => {
  const isPerson = (id: string) => id.includes('-');
  const accord = report({ article: 'a', kind: 'other', noun: 'Agreement signed', date: day('2053-03-11'), participants: ['velmark', 'estmark'], roles: { parties: ['velmark', 'estmark'], mediators: [], present: [], mentioned: [], sides: [] }, mentions: ['kessel', 'velmark', 'estmark'], evidence: said('The Kessel Accord signed by Velmark and Estmark yesterday ends the war.', 1) });
  const trade = (mentions: string[]) => ({ parties: [], persons: ['aldo-vance'], place: null, mentions }) as unknown as Mention;

  it('are two signings', () => {
    expect(otherSigners(trade(['norland', 'ostia', 'aldo-vance']), accord, isPerson)).toBe(true);
  });

  it("are one when the second names one of the first one's signers", () => {
    expect(otherSigners(trade(['velmark', 'ostia', 'aldo-vance']), accord, isPerson)).toBe(false);
  });
});
