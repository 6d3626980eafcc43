import { foldLines as libraryFoldLines } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from './ics-fold.ts';

const octets = (line: string) => Buffer.byteLength(line);
const unfold = (text: string) => text.replace(/\r\n /g, '');

/** Lines of every length from 0 to 200 characters, drawn from characters of 1 to 4 octets. */
function samples(): string[] {
  const alphabets = ['a', 'é', '·', '–', '😀', 'aé–😀 ', 'ab😀'];
  const lines: string[] = [];
  for (const alphabet of alphabets) {
    const chars = [...alphabet];
    for (let length = 0; length <= 200; length += 7) lines.push(Array.from({ length }, (_, i) => chars[i % chars.length]).join(''));
  }
  return lines;
}

describe('foldLines', () => {
  it('folds as ical-generator does, so the feed stays byte-identical', () => {
    for (const line of samples()) expect(foldLines(`DESCRIPTION:${line}\r\nEND:VEVENT`)).toBe(libraryFoldLines(`DESCRIPTION:${line}\r\nEND:VEVENT`));
  });

  it('keeps every line within 75 octets, never splits a character, and unfolds to the input', () => {
    for (const line of samples()) {
      const folded = foldLines(`SUMMARY:${line}`);
      expect(unfold(folded)).toBe(`SUMMARY:${line}`);
      for (const part of folded.split('\r\n')) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
    }
  });
});
