import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
const extract = (published: string, text: string) => extractArticle(article('a', published, `${text}\n`), prepared).found;

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extract(published, text);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th.
describe('a call or meeting told next with an adverb of sequence and a named or described subject', () => {
  it('is another meeting on the day of the gathering told before, in any paragraph', () => {
    // A wire's courtesy call after the ministers' talks, a paragraph on.
    expect(told('2062-03-16', 'LUSK: Foreign Minister Ivo Sand on Tuesday held talks with his Estmark counterpart Ana Rell.\n\nBoth sides agreed to meet again in spring.\n\nLater, the foreign minister called on President Lev Orlov and conveyed the greetings of his government.')).toEqual(['talks 2062-03-14', 'meeting 2062-03-14', 'meeting undated']);
    // A palace readout's passive reception, told with "then".
    expect(told('2062-03-16', 'The President of the Republic met Premier Vera Kos in Lusk on Monday. The President of the Republic was then received by Queen Mira II at Hollin Palace.')).toEqual(['meeting 2062-03-13', 'meeting 2062-03-13']);
  });

  it('keeps the people of the meeting told next apart from the one before', () => {
    const { candidates } = extract('2062-03-16', 'Ivo Sand met Ana Rell in Lusk on Tuesday. Later, Sand paid a courtesy call on President Lev Orlov.');
    expect(candidates.map((c) => c.date.value)).toEqual(['2062-03-14', '2062-03-14']);
    expect(candidates[1]!.evidence.map((e) => e.text)).toEqual(['Later, Sand paid a courtesy call on President Lev Orlov.']);
  });

  it('is no new meeting when the words after the adverb point back at the one told ("Later, the meeting …")', () => {
    expect(told('2062-03-16', 'Ivo Sand met Ana Rell in Lusk on Tuesday. Later, the meeting with Rell was described as warm.')).not.toContain('meeting 2062-03-16');
  });

  it('takes no day from a plan told before', () => {
    expect(told('2062-03-16', 'Ivo Sand will meet Ana Rell in Lusk on Friday. Later, the foreign minister called on President Lev Orlov.').filter((e) => e === 'meeting 2062-03-17')).toHaveLength(1);
  });
});

describe('a reception told with its day or an adverb between the participle and its host', () => {
  it('is a meeting on that day', () => {
    // A translated agency's "was received this Wednesday by", an English wire's "was welcomed on Monday by".
    expect(told('2062-03-16', 'President Ana Rell was received this Tuesday by her Estmark counterpart, Lev Orlov, in Lusk.')).toEqual(['meeting 2062-03-14']);
    expect(told('2062-03-16', 'The two envoys were welcomed on Monday by Premier Vera Kos at Government House.')).toEqual(['meeting 2062-03-13']);
  });

  it('is no meeting when what is received is no one ("was received this Tuesday by fax")', () => {
    expect(told('2062-03-16', 'The letter was received this Tuesday by fax.').filter((e) => e.startsWith('meeting'))).toEqual([]);
  });
});

describe('a counterpart a translated readout calls a "pair"', () => {
  const people = (text: string): string[] => extract('2062-03-16', text).candidates.flatMap((c) => c.participants);
  it('names a person', () => {
    expect(people('LUSK, 16 March - Ivo Sand maintained a meeting with his pair Lev Orlov on Tuesday.')).toContain('lev-orlov');
    expect(people('LUSK, 16 March - The minister held talks with her pair Ana Rell in the ministry on Monday.')).toContain('ana-rell');
  });

  it('names no one when what follows is no name ("a pair of envoys")', () => {
    expect(people('LUSK, 16 March - Ivo Sand met a pair of Estmark envoys on Tuesday.').filter((p) => p.includes('estmark'))).toEqual([]);
  });
});
