import { describe, expect, it } from 'vitest';
import { placeInReach } from './venue.ts';

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const reaches = (text: string, place: string, trigger: string) => placeInReach(text, span(text, place), span(text, trigger), 70);

describe('how far an event reaches for its place', () => {
  it('reaches a place near it, and one that closes the event’s own clause', () => {
    expect(reaches('Envoys held talks in Bergen on Monday.', 'Bergen', 'talks')).toBe(true);
    const held = 'The first direct three-way talks between the Chilean, Peruvian and Bolivian delegations were held on January 23-24 in Bergen.';
    expect(reaches(held, 'Bergen', 'talks')).toBe(true);
  });

  it('does not reach a place far off in another clause', () => {
    const other = 'The first direct three-way talks between the Chilean, Peruvian and Bolivian delegations ended, while protests grew in Bergen.';
    expect(reaches(other, 'Bergen', 'talks')).toBe(false);
  });
});
