// An arrival told on the evening of a day ("On the evening of 9 March … arrived in Lusk") is late in
// its day, and one that says it came for a summit is the eve of that summit: the summit's first
// session goes on from it, and its days stay the summit's (tests/fixtures/own-conventions.md, Arrivals).
import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';

const gazetteer = parseGazetteer(
  `people:
  tomas-vell: { name: Tomas Vell, aliases: [Vell], roles: [{ phrase: "the Nordmark premier", from: "2060-01-01" }] }
  ana-ruiz: { name: Ana Ruiz, aliases: [Ruiz] }
places:
  lusk: { name: Lusk, within: velsland }
countries:
  velsland: { name: Velsland }
  nordmark: { name: Nordmark }
organizations:
  coastal-forum: { name: Coastal Forum, aliases: [CF] }
`,
  'test-gazetteer.yaml',
);

/** The events of a readout and a report of Thursday 12 March 2061, each as "kind days: the first words of its sentences". */
const events = (...bodies: string[]): string[] =>
  buildTimeline(bodies.map((body, i) => article(`r${i}`, '2061-03-12', `${body}\n`)), { gazetteer, corrections: parseCorrections('', 'none') }).events.map(
    (e) => `${e.kind} ${e.date.value}: ${e.sources.flatMap((s) => s.quotes.map((q) => q.text.split(' ').slice(0, 3).join(' '))).join(' | ')}`,
  );

const readout = [
  "On the evening of 9 March local time, Premier Tomas Vell arrived in Lusk by special plane to attend the Coastal Forum Leaders' Summit.",
  'On the morning of 10 March, Tomas Vell attended the first session of the summit in Lusk and delivered a speech.',
  'The same day, on the sidelines of the summit, Tomas Vell met with Velsland President Ana Ruiz.',
].join('\n\n');
const report = 'The Coastal Forum summit, held in Lusk on 10 and 11 March, was the first on the island.';

describe('an arrival on the evening before, told with the summit it came for', () => {
  it('is the eve of that summit, which keeps its own days', () => {
    const found = events(readout, report);
    expect(found).toContainEqual(expect.stringMatching(/^summit 2061-03-10\/2061-03-11: .*On the evening/));
    expect(found.filter((e) => e.includes('On the evening') && !e.startsWith('summit 2061-03-10'))).toEqual([]);
  });

  it('is, naming none, the gathering of the next day there with its people, as one "on Monday evening" is', () => {
    const found = events(readout.replace(" to attend the Coastal Forum Leaders' Summit", ''));
    // The speech delivered at the first session is a statement of its own (speech-given.test.ts).
    expect(found.filter((e) => !e.startsWith('statement '))).toEqual([expect.stringMatching(/^summit 2061-03-10: .*On the evening/)]);
  });
});
