import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { citesFurther, eventEvidence, leadSentences } from './cited-evidence.ts';
import { day, report } from '../../../tests/support/reports.ts';

const at = (sentence: number, text: string) => ({ sentence, text, start: sentence * 100, end: sentence * 100 + text.length });
const entities = new Map([
  ['ilya-sorin', { name: 'Ilya Sorin', type: 'person' }],
  ['pavel-dromov', { name: 'Pavel Dromov', type: 'person' }],
  ['oslo', { name: 'Oslo', type: 'place' }],
]);

// One article: a call on Monday (sentences 0 and 2), a meeting on Friday (sentence 1), a second call on Monday (sentence 3).
const SENTENCES = [
  'Sorin and Dromov spoke by phone on Monday.',
  'Sorin met Dromov in Oslo on Friday, days after their call.',
  'The call lasted an hour, the ministry said.',
  'Following that call, Sorin also spoke with Varga by phone.',
];
const call = report({ article: 'a', kind: 'call', date: day('2026-02-23'), participants: ['ilya-sorin', 'pavel-dromov'], evidence: [at(0, SENTENCES[0]!), at(3, SENTENCES[3]!), at(2, SENTENCES[2]!), at(1, SENTENCES[1]!)] });
const meeting = report({ article: 'a', kind: 'meeting', date: day('2026-02-27'), participants: ['ilya-sorin'], place: 'oslo', mentions: ['pavel-dromov'], evidence: [at(1, SENTENCES[1]!)] });
const otherCall = report({ article: 'a', kind: 'call', date: day('2026-02-23'), participants: ['ilya-sorin'], evidence: [at(3, SENTENCES[3]!)] });
const statement = report({ article: 'a', kind: 'statement', date: day('2026-02-23'), evidence: [at(2, SENTENCES[2]!)] });
const clusters: CandidateEvent[][] = [[call], [meeting], [otherCall], [statement]];
const leading = leadSentences(clusters, entities);

describe('leadSentences', () => {
  it("files each report under its article and the sentence it was read from, with its event's reports", () => {
    expect(leading.get('a')?.bySentence.get(1)).toEqual([{ report: meeting, members: clusters[1] }]);
    expect(leading.get('a')?.bySentence.get(0)?.map((l) => l.report)).toEqual([call]);
    expect(leading.get('b')).toBeUndefined();
  });
});

describe("an article's people", () => {
  it("names the people the article's reports take part in or mention, and no place", () => {
    expect(leading.get('a')?.people.toSorted()).toEqual(['Ilya Sorin', 'Pavel Dromov']);
  });
});

describe('citesFurther', () => {
  const cites = (sentence: number) => citesFurther(leading, clusters[0]!, call, call.evidence.find((e) => e.sentence === sentence)!);
  it('leaves to another event a sentence that leads its report of the same sort and days', () => {
    expect(cites(3)).toBe(false);
  });
  it('leaves to another event a sentence that leads its report of another sort and first tells of that', () => {
    expect(cites(1)).toBe(false);
  });
  it('keeps a sentence that only leads a statement about it', () => {
    expect(cites(2)).toBe(true);
  });
});

// Each case: an event read from its first sentence, the further sentences it must leave out and those it keeps.
describe.each([
  {
    about: 'dates another happening by this one',
    event: { article: 'v', kind: 'talks', date: day('2026-11-18'), place: 'berlin', participants: ['friedrich-merz', 'donald-tusk'] },
    lead: 'The German-Polish consultations in Berlin on 18 November were the first since 2024.',
    leftOut: [
      'That is why he travelled to Paris to see President Macron two days before the Berlin meeting.',
      'A day after the consultations, Tusk flew on to Brussels to see the Commission president.',
      'Merz had spoken to Macron by phone on the eve of the talks in Berlin.',
      'Three weeks before that meeting, the two foreign ministers had met in Frankfurt an der Oder.',
      'Filmed on Tuesday afternoon, shortly before the Berlin meeting.',
      'Tusk toured a shipyard in Gdańsk on Monday, ahead of the consultations.',
      'The zloty firmed in Warsaw after the news of the consultations, traders said.',
      'Shares of German carmakers rose on news of the Berlin talks.',
    ],
    kept: [
      'Tusk said after the meeting that the day had been hard and honest.',
      'The consultations, two days after the budget vote in the Bundestag, ran for four hours.',
      'After the talks, the two leaders took no questions.',
      'The delegations met again on Tuesday, after the vote in the Sejm.',
    ],
  },
  {
    about: 'tells of an earlier happening',
    event: { article: 'w', kind: 'meeting', date: day('2026-11-04'), place: 'ankara', participants: ['ilya-sorin', 'pavel-dromov'] },
    lead: 'Sorin was received on Wednesday by his counterpart Dromov in Ankara.',
    leftOut: [
      'Before, the chancellor had maintained a meeting with his pair at the Ministry of Foreign Affairs.',
      'Earlier, the two foreign ministers had held talks of their own at the ministry.',
      'Prior to that, the trade delegations had gathered at the economy ministry.',
      'The foreign minister had previously met his counterpart at the ministry.',
    ],
    kept: ['The talks had lasted almost an hour, an aide said.', 'Earlier on Wednesday, Dromov welcomed Sorin with an official ceremony.', 'Before the talks, the two leaders posed for photographs.'],
  },
] as const)('citesFurther: a further sentence that $about', ({ event, lead, leftOut, kept }) => {
  const citesSecond = (text: string) => {
    const read = report({ ...event, participants: [...event.participants], evidence: [at(0, lead), at(1, text)] });
    return citesFurther(leadSentences([[read]], entities), [read], read, read.evidence[1]!);
  };
  it.each(leftOut)('leaves out "%s"', (text) => {
    expect(citesSecond(text)).toBe(false);
  });
  it.each(kept)('keeps "%s": it tells of this one', (text) => {
    expect(citesSecond(text)).toBe(true);
  });
});

describe('eventEvidence', () => {
  const articleOf = () => ({ outlet: 'Test Wire', sentences: SENTENCES.map((text) => ({ text })) });
  it('summarises from the best sentence, quotes it first and then the sentences the event keeps in their order', () => {
    const { summary, sources } = eventEvidence([call], clusters[0]!, 'call', ['Ilya Sorin', 'Pavel Dromov'], leading, entities, articleOf);
    expect(summary).toBe('Sorin and Dromov spoke by phone on Monday, Test Wire reported.');
    expect(sources).toEqual([{ article: 'a', quotes: [at(0, SENTENCES[0]!), at(2, SENTENCES[2]!)] }]);
  });
});
