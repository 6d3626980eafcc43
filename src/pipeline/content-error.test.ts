import { describe, expect, it } from 'vitest';
import { ContentError, naming } from './content-error.ts';

describe('naming', () => {
  it('reports an unexpected failure while reading a file as an error of that file', () => {
    const read = () => naming('content/articles/x.md', () => JSON.parse('{') as unknown);
    expect(read).toThrow(ContentError);
    expect(read).toThrow(/^content\/articles\/x\.md could not be read \(.+\)\. Rename it with a leading _ to leave it out of the build, and report the problem with the file attached\.$/);
  });

  it('passes an editor’s error through unchanged, and a result back', () => {
    const own = new ContentError({ file: 'content/articles/y.md', line: 3, field: 'title' }, 'is missing.', 'Write it.');
    expect(() => naming('content/articles/x.md', () => { throw own; })).toThrow(own);
    expect(naming('content/articles/x.md', () => 42)).toBe(42);
  });
});
