import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a summit of one day, and the host's reception of the visiting leaders that
// morning, told as followed by a sitting of the summit ("then chaired the summit session", "the plenary session that followed").
const articles = [
  article(
    'then-session',
    '2051-03-11',
    'The ninth Nordic–Andean summit took place in Quito yesterday, 10 March. In the morning President Ana Ruiz received Chancellor Ruth Albers and Prime Minister Jonas Medved at the Carondelet Palace. Foreign Minister Pablo Vera then chaired the summit session in the afternoon.\n',
  ),
  article(
    'session-that-followed',
    '2051-03-13',
    'The ninth Nordic–Andean summit was held in Quito on Friday. President Ana Ruiz met Ruth Albers and Jonas Medved on Friday morning. Pablo Vera chaired the plenary session that followed.\n',
  ),
  article('summit-then-session', '2051-03-13', 'The ninth Nordic–Andean summit opened in Quito on Friday morning. Pablo Vera then chaired the plenary session.\n'),
];

/** Each article built alone: two outlets' reports of one day would share their places and people by merging. */
const eventsOf = (source: string) => reportedIn(timelineWithoutGazetteer(articles.filter((a) => a.id === source)), source);
const quotes = (e: { sources: { quotes: { text: string }[] }[] }) => e.sources.flatMap((s) => s.quotes.map((q) => q.text));

describe('a meeting its article tells as followed by a sitting of the summit', () => {
  for (const source of ['then-session', 'session-that-followed']) {
    it(`is a happening of its own beside the summit, where the summit is, its guests at the summit too (${source})`, () => {
      const events = eventsOf(source);
      const summit = events.find((e) => e.kind === 'summit');
      const reception = events.find((e) => e.kind === 'meeting');
      expect(quotes(summit!).some((q) => /summit (?:took place|was held)/.test(q))).toBe(true);
      expect(quotes(summit!).some((q) => /Ruiz (?:received|met)/.test(q))).toBe(false);
      expect(quotes(reception!)).toHaveLength(1);
      expect(quotes(reception!)[0]).toMatch(/Ruiz (?:received|met)/);
      expect(reception!.place?.name).toBe('Quito');
      expect(summit!.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Ruth Albers', 'Jonas Medved']));
    });
  }

  it('is not the summit itself told as followed by its session', () => {
    const events = eventsOf('summit-then-session');
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe('summit');
  });
});
