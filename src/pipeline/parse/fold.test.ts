import { describe, expect, it } from 'vitest';
import { slug } from '../entities/places.ts';
import { slugify } from '../ids/event-id.ts';
import { foldLetter, foldLetters } from './fold.ts';

describe('foldLetters', () => {
  it.each([
    ['Mette Kjær', 'Mette Kjaer'],
    ['Jonas Gahr Støre', 'Jonas Gahr Store'],
    ['Małgorzata Kidawa-Błońska', 'Malgorzata Kidawa-Blonska'],
    ['Straße', 'Strasse'],
    ['Þórdís Kolbrún', 'Thordis Kolbrun'],
    ['Œuvre', 'Oeuvre'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
  ])('%s → %s', (text, folded) => expect(foldLetters(text)).toBe(folded));

  it('folds one character at a time the same way, a ligature into two letters', () => {
    expect([...'Kjær'].map(foldLetter).join('')).toBe('Kjaer');
    expect(foldLetter('æ')).toBe('ae');
    expect(foldLetter('a')).toBe('a');
  });
});

describe('ids of names with letters NFD keeps whole', () => {
  it('are the same in a name found in an article and in an event id', () => {
    expect(slug('Mette Kjær')).toBe('mette-kjaer');
    expect(slugify('Mette Kjær')).toBe('mette-kjaer');
    expect(slugify('Małgorzata Kidawa-Błońska')).toBe('malgorzata-kidawa-blonska');
  });
});
