import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { report, said } from '../../../tests/support/reports.ts';
import { happeningFamily, happeningNoun } from './family.ts';

const visit = (text: string) => report({ article: 'a', kind: 'other', noun: 'Visit', evidence: said(text) });

describe('a visit its sentence tells as ended by the visitor’s departure', () => {
  it.each([
    'Premier Aldo Vance’s state visit to Velmark ended on Thursday afternoon, when his plane left Lusk after a day at Corvin Castle.',
    'The envoy’s three-day visit came to an end on Sunday as she flew home from Kessel.',
  ])('is that departure, a journey of its day, not the gathering held on the visit: %s', (text) => {
    expect(happeningFamily(visit(text))).toBe('other');
    expect(happeningNoun(visit(text))).toBe('Trip');
  });

  it('leaves a visit told otherwise, and a trip, as they were', () => {
    expect(happeningFamily(visit('Premier Vance will pay a state visit to Velmark on Thursday.'))).toBe('gathering');
    expect(happeningNoun(visit('Premier Vance will pay a state visit to Velmark on Thursday.'))).toBe('Visit');
    expect(happeningFamily(visit('The state visit ended with a banquet at Corvin Castle on Thursday.'))).toBe('gathering');
    expect(happeningNoun(report({ article: 'a', kind: 'other', noun: 'Rally', evidence: said('The march ended when the crowd left the square on Sunday.') }))).toBe('Rally');
  });

  // Friday 17 March 2062 (a) and Thursday 16 March (b): the visit's last day is Thursday the 16th.
  it('is one event with the departure another article tells of the news day, and leaves the signing of that day its own', () => {
    const ended = 'Premier Aldo Vance’s state visit to Velmark ended on Thursday afternoon, when his plane left Lusk after a day at Corvin Castle.';
    const leaves = 'Mr Vance leaves Velmark this afternoon.';
    const timeline = timelineWithoutGazetteer([
      article('a', '2062-03-17', `${ended}\n\nOn Thursday morning Premier Vance and President Ines Ruiz signed a transit accord at Corvin Castle.\n`),
      article('b', '2062-03-16', `Premier Aldo Vance and President Ines Ruiz signed a transit accord at Corvin Castle this morning, on the last day of his state visit to Velmark.\n\n${leaves}\n`),
    ]);
    const citing = (text: string) => timeline.events.filter((e) => e.sources.some((s) => s.quotes.some((q) => q.text === text))).map((e) => `${e.kind} ${e.date.value}`);
    expect(citing(ended)).toEqual(['other 2062-03-16']);
    expect(citing(leaves)).toEqual(['other 2062-03-16']);
    const departure = timeline.events.find((e) => e.sources.some((s) => s.quotes.some((q) => q.text === leaves)));
    expect(departure?.sources.map((s) => s.article).sort()).toEqual(['a', 'b']);
  });
});
