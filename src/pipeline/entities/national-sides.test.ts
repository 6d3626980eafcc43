import { describe, expect, it } from 'vitest';
import { type CountryWord, nationalWords, sidesAmong } from './national-sides.ts';

/** The countries a sentence names as sides: its adjectives, and the names written in `names`. */
function sides(text: string, names: string[] = []): string[] {
  const named: CountryWord[] = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const words = [...named, ...nationalWords(text, () => false)].sort((a, b) => a.start - b.start);
  return sidesAmong(text, words).map((w) => w.country?.id ?? text.slice(w.start, w.end));
}

describe('countries named as sides', () => {
  it('reads adjectives before a group of people or a joint undertaking', () => {
    expect(sides('He announced that American and Russian negotiators would open another round.')).toEqual(['united-states', 'russia']);
    expect(sides('Talks between the Ukrainian, Russian and American delegations were held.')).toEqual(['ukraine', 'russia', 'united-states']);
    expect(sides('Ukrainian and U.S. officials held talks in Geneva.', ['U.S.'])).toEqual(['ukraine', 'U.S.']);
    expect(sides('Chilean negotiating teams arrived.')).toEqual(['chile']);
    expect(sides('The first Peruvian peace talks ended.')).toEqual(['peru']);
  });

  it('reads compounds, peoples and groups written before their country', () => {
    expect(sides('Russian–US talks in Miami ended.', ['US'])).toEqual(['russia', 'US']);
    expect(sides('A Russian team held its own talks with the Americans there.')).toEqual(['russia', 'united-states']);
    expect(sides('Delegations of Ukraine, the United States and Russia will meet.', ['Ukraine', 'United States', 'Russia'])).toEqual(['Ukraine', 'United States', 'Russia']);
  });

  it('takes no side from what a country owns or what is about it', () => {
    expect(sides('The talks centred on a Ukrainian settlement.')).toEqual([]);
    expect(sides('Dmitriev said Russian energy matters to world markets.')).toEqual([]);
    expect(sides('Ukraine is ready for it.', ['Ukraine'])).toEqual([]);
    expect(sides('Russian President Vladimir Putin hosted them.')).toEqual([]);
  });
});
