import { describe, expect, it } from 'vitest';
import { jsonLd } from './json-ld.ts';

describe('jsonLd', () => {
  const data = { name: 'Talks end </script><script>alert(1)</script> <!-- & more', note: 'line\u2028para\u2029end' };
  const text = jsonLd(data);

  it('cannot close the script element or open a comment', () => {
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('escapes the line and paragraph separators', () => {
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain('\\u2028');
  });

  it('reads back as the same data', () => {
    expect(JSON.parse(text)).toEqual(data);
  });
});
