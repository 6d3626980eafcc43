import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { extractArticle, extractionContext } from './article-extraction.ts';
import { findTriggers } from './triggers.ts';

// Names no gazetteer knows, found as the article tells them (as the dev sets are read).
const prepared = extractionContext(parseGazetteer('', 'empty-gazetteer.yaml'));
const extract = (published: string, text: string) => extractArticle(article('a', published, `${text}\n`), prepared).found;

// Sunday 20 March 2061: Saturday the 19th.
describe('gatherings of a sort told as a class, a bare plural after "of"', () => {
  it('are no summit of the day their sentence tells', () => {
    const { candidates } = extract('2061-03-20', 'Premier Ana Ruiz holds up the communiqué on Saturday after it was adopted at the opening session, a break with the usual order of BRICS summits.');
    expect(candidates.filter((c) => c.kind === 'summit')).toEqual([]);
    expect(extract('2061-03-20', 'The custom of summits was broken on Saturday when Premier Ana Ruiz walked out.').candidates.filter((c) => c.kind === 'summit')).toEqual([]);
  });

  it('leave one told with its determiner, plurals with no singular ("the start of talks") and a stretch of them ("two days of meetings")', () => {
    expect(extract('2061-03-20', 'The leaders of Velsland and Orlov met on Saturday at the start of the summit in Lusk.').candidates.map((c) => c.date.value)).toContain('2061-03-19');
    const talks = findTriggers('Premier Ana Ruiz and President Lev Orlov met on Saturday at the start of talks in Lusk.', '').filter((h) => h.rule.kind === 'talks');
    expect(talks.map((h) => h.generic)).toEqual([undefined]);
    const days = findTriggers('Envoys of Velsland and Orlov held two days of meetings in Lusk on Friday and Saturday.', '').filter((h) => h.rule.kind === 'meeting');
    expect(days.map((h) => h.generic)).toEqual([undefined]);
  });
});

describe('the names a report carries', () => {
  it('take in a country told by its adjective, as its name would be', () => {
    const [meeting] = extract('2061-03-20', 'Premier Ana Ruiz and President Lev Orlov met on Saturday to discuss the American plan for Ukraine.').candidates;
    expect(meeting?.mentions).toEqual(expect.arrayContaining(['united-states', 'ukraine']));
  });
});
