import { describe, expect, it } from 'vitest';
import { isQuoted } from './quotes.ts';

/** The reading it replaced: the text before the place copied, its straight marks collected. */
const byCopy = (text: string, index: number): boolean => {
  const head = text.slice(0, index);
  return head.lastIndexOf('“') > head.lastIndexOf('”') || (head.match(/"/g)?.length ?? 0) % 2 === 1;
};

describe('isQuoted', () => {
  it('is inside curly or straight marks, not outside or after them', () => {
    const curly = 'He said: “We will meet on Friday.” Talks resumed on Monday.';
    expect(isQuoted(curly, curly.indexOf('Friday'))).toBe(true);
    expect(isQuoted(curly, curly.indexOf('Monday'))).toBe(false);
    const straight = 'The envoy said "talks resume Tuesday" and left on Wednesday.';
    expect(isQuoted(straight, straight.indexOf('Tuesday'))).toBe(true);
    expect(isQuoted(straight, straight.indexOf('Wednesday'))).toBe(false);
  });
  it('answers as the copy did at every place of texts with marks of each kind, the edges included', () => {
    const texts = ['“Open” "shut" “open', '"a" "b', '', '"', '”“', 'no marks at all', '“ ” " " “ "'];
    let places = 0;
    for (const text of texts) {
      for (let index = -1; index <= text.length + 1; index += 1) {
        expect(isQuoted(text, index), `${text} @${index}`).toBe(byCopy(text, index));
        places += 1;
      }
    }
    expect(places).toBeGreaterThan(50);
  });
});
