import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { taggedSentences } from './tagged-terms.ts';

const SENTENCES = [
  'Meridia launched airstrikes on Velm overnight.',
  'The fourth round of talks between Iran and the United States will be held in Muscat. Talks postponed.',
  'Rhea Mallin tells reporters the plan was made public on Tuesday.',
];

describe('taggedSentences', () => {
  it('gives the tags of compromise with all its steps, chunking left out', () => {
    for (const text of SENTENCES) {
      const whole = nlp(text).json({ terms: { tags: true } }) as { terms: { text: string; tags: string[] }[] }[];
      const ours = taggedSentences(text).map((terms) => terms.map((t) => ({ text: t.text, tags: [...t.tags].sort() })));
      expect(ours).toEqual(whole.map((s) => s.terms.map((t) => ({ text: t.text, tags: [...t.tags].sort() }))));
    }
  });

  it('says where each term starts in the text, across sentences, split words and contractions', () => {
    for (const text of [...SENTENCES, 'The Kremlin-backed forces don’t say “we won’t stop,” he said.']) {
      for (const term of taggedSentences(text).flat()) expect(text.slice(term.at, term.at + term.text.length)).toBe(term.text);
    }
    const [, second] = taggedSentences(SENTENCES[1]!);
    expect(second![0]).toMatchObject({ text: 'Talks', at: SENTENCES[1]!.indexOf('Talks postponed') });
  });

  it('gives the same places and surrounding marks as the offsets compromise itself reports, odd spacing too', () => {
    for (const text of [...SENTENCES, '  Velm’s envoy,  Rhea Mallin (right), met\nMeridia’s  minister — briefly.', 'U.S.-brokered talks ... resumed. “Enough,” she said!']) {
      const whole = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { text: string; pre: string; post: string; offset: { start: number } }[] }[];
      const ours = taggedSentences(text).map((terms) => terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, start: t.at })));
      expect(ours).toEqual(whole.map((s) => s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, start: t.offset.start }))));
    }
  });

  it('leaves compromise whole for its other callers', () => {
    const hooks = [...(nlp.world() as { hooks: string[] }).hooks];
    taggedSentences(SENTENCES[0]!);
    expect((nlp.world() as { hooks: string[] }).hooks).toEqual(hooks);
    expect(hooks).toContain('chunks');
  });
});
