import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.ts';

const tenseOf = (text: string, fragment: string) => tenseAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length);

describe('tenseAt', () => {
  it('prefers the verb before the expression in its clause', () => {
    expect(tenseOf('He met Putin on Thursday and will travel to Geneva.', 'Thursday')).toBe('past');
  });
  it('reads "will be held" as future, not the past participle', () => {
    expect(tenseOf('A meeting will be held on Tuesday.', 'Tuesday')).toBe('future');
  });
  it('falls back to the sentence for a fronted expression', () => {
    expect(tenseOf('On Thursday in Geneva, Umerov is scheduled to meet Witkoff.', 'Thursday')).toBe('future');
  });
  it('keeps to the sentence: "U.S." does not end it', () => {
    expect(tenseOf('Talks will resume. U.S. officials met on Friday.', 'Friday')).toBe('past');
  });
  it('is undefined without any marker', () => {
    expect(tenseOf('Talks on Friday.', 'Friday')).toBeUndefined();
  });
});
