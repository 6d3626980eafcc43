import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../entities/gazetteer.ts';

describe('YAML errors of the editors’ files', () => {
  it('name a key written twice in the gazetteer, its line and the fix', () => {
    expect(() => parseGazetteer('people:\n  donald-trump: { name: Donald Trump }\n  donald-trump: { name: D. Trump }\n', 'content/gazetteer.yaml')).toThrow(
      'content/gazetteer.yaml:3 field "donald-trump": is written twice; an earlier line already sets it. Keep one "donald-trump:" line, with the right value, and delete the other.',
    );
  });

  it('say what else is wrong with the YAML, with its line', () => {
    expect(() => parseGazetteer('people:\n  a: { name: "unclosed }\n', 'content/gazetteer.yaml')).toThrow(/^content\/gazetteer\.yaml:3 is not valid YAML \(MISSING_CHAR: Missing closing "quote\)\. Check quotes and indentation/);
  });
});
