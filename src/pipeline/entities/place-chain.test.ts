import { describe, expect, it } from 'vitest';
import { leafPlaces, placeChain, sameCountry, samePlace } from './place-chain.ts';

const WITHIN: Record<string, string> = { geneva: 'switzerland', miami: 'florida', florida: 'united-states', washington: 'united-states', loop: 'knot', knot: 'loop' };
const within = (place: string): string | undefined => WITHIN[place];

describe('place chains', () => {
  it('climbs from a town to its country, nearest first, and stops at a cycle', () => {
    expect(placeChain('miami', within)).toEqual(['miami', 'florida', 'united-states']);
    expect(placeChain('loop', within)).toEqual(['loop', 'knot']);
  });
  it('counts a place and what it lies within as one place, either way round', () => {
    expect(samePlace('geneva', 'switzerland', within)).toBe(true);
    expect(samePlace('switzerland', 'geneva', within)).toBe(true);
    expect(samePlace('miami', 'washington', within)).toBe(false);
  });
  it('keeps the most precise places of a list', () => {
    expect(leafPlaces(['united-states', 'miami', 'geneva'], within)).toEqual(['miami', 'geneva']);
  });
  it('finds two towns under one country, but not a country and itself', () => {
    expect(sameCountry('miami', 'washington', within)).toBe(true);
    expect(sameCountry('miami', 'geneva', within)).toBe(false);
    expect(sameCountry('united-states', 'united-states', within)).toBe(false);
  });
});
