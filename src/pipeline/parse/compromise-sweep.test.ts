import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/synthetic/corpus.ts';
import { librarySweep } from './compromise-sweep.ts';
import { splitSentences } from './sentences.ts';

const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } } }).methods;

/** Every term's text and tags, and every match's text, with the sweep given. */
function reading(sentences: string[], sweep: unknown): string[] {
  const ours = methods.one.bulkMatch;
  methods.one.bulkMatch = sweep;
  try {
    return sentences.map((sentence) => {
      const doc = nlp(sentence);
      const tags = doc.json({ terms: { offset: true } }) as { terms: { text: string; tags: string[] }[] }[];
      const found = doc.match('(#Person|#Place|#Organization|#Verb+)').out('array') as string[];
      return JSON.stringify([tags.flatMap((s) => s.terms.map((t) => [t.text, t.tags])), found]);
    });
  } finally {
    methods.one.bulkMatch = ours;
  }
}

describe('compromise sweep, rules chosen once per set of hooks', () => {
  const articles = readdirSync('content/articles').map((file) => readFileSync(join('content/articles', file), 'utf8'));
  const synthetic = generateCorpus(40, undefined, { unknownNames: 0.5 }).articles.map((a) => a.body);
  const sentences = [...articles, ...synthetic].flatMap((text) => splitSentences(text).map((s) => s.text));

  it('is installed', () => {
    expect(methods.one.bulkMatch).not.toBe(librarySweep);
  });

  it('tags and matches as the library does, sentence by sentence, the second time from what it kept', () => {
    expect(sentences.length).toBeGreaterThan(300);
    const expected = reading(sentences, librarySweep);
    expect(reading(sentences, methods.one.bulkMatch)).toEqual(expected);
    expect(reading(sentences, methods.one.bulkMatch)).toEqual(expected);
  });
});
