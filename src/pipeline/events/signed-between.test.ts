// A signing told in the passive with its sides after "between" or "among" ("A fisheries agreement between Velmark and Estmark was
// signed in Orsk") is titled as one told in the active: its sides sign what was signed, in the present. With no sides named, or
// sides the event does not name, the noun's title stays ("Agreement signed in Orsk").
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.ts';
import { writeHeadline } from './headline.ts';

const side = (name: string, type: EntityType = 'country') => ({ name, type });
const signed = (sentence: string, participants = [side('Velmark'), side('Estmark')]) =>
  writeHeadline({ kind: 'other', status: 'occurred', place: 'Orsk', phrase: 'Agreement signed', sentence, participants });

describe('a signing told in the passive, its sides after "between"', () => {
  it('is titled by its sides and what they signed, in the present', () => {
    expect(signed('A fisheries agreement between Velmark and Estmark was signed in Orsk on Thursday after three years of talks.')).toBe('Velmark and Estmark sign a fisheries agreement');
    expect(signed('The border treaty between Velmark and Estmark had been signed in Orsk a day earlier.')).toBe('Velmark and Estmark sign the border treaty');
    expect(signed('On Monday a memorandum of understanding between Velmark and Estmark was signed in Orsk.')).toBe('Velmark and Estmark sign a memorandum of understanding');
  });

  it('keeps the noun’s title with no sides named, or sides the event does not name', () => {
    expect(signed('A fisheries agreement was signed in Orsk on Thursday.')).toBe('Agreement signed in Orsk');
    expect(signed('A fisheries agreement between the two fleets was signed in Orsk on Thursday.')).toBe('Agreement signed in Orsk');
  });
});
