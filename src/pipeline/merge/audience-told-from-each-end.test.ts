// A guest's audience told by one outlet without its day ("Mr Varga later travelled on to Harlow for an audience with the King",
// dated only by its publication) and by the host's side the day before ("was received today by His Majesty King Osric at
// Harlow Castle"): each names one end and tells the other by office alone, and the place one gives is named in the other's
// sentence, so it is one audience, on the host's day (merge18-tune: Macron's audience with King Charles III at Windsor, kept
// apart from his talks in London). Near miss: the guest's audience told in another town is another.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';
import { article } from '../../../tests/support/pipeline.ts';

const gazetteer = parseGazetteer(
  `people:
  osric:
    name: King Osric
    aliases: [Osric]
    description: King
  dana-holt:
    name: Dana Holt
    aliases: [Holt]
    description: Prime Minister of Velland
  tomas-varga:
    name: Tomas Varga
    aliases: [Varga]
    description: President of Ostria
`,
  'audience-gazetteer.yaml',
);

// Thursday 22 May 2031, and the Friday after.
const host = article('host', '2031-05-22', 'Court Circular, Thursday 22 May 2031.\n\nThe President of the Republic was received today by His Majesty King Osric at Harlow Castle.\n');
const guest = (sentence: string) => article('guest', '2031-05-23', `Dana Holt hosted Tomas Varga in London yesterday, with trade at the top of their agenda.\n\n${sentence}\n`);

/** The meetings other than the talks in London, as their articles and day. */
const audiencesOf = (sentence: string): { sources: string[]; date: string }[] =>
  buildTimeline([host, guest(sentence)], { gazetteer, corrections: parseCorrections('', 'none') })
    .events.filter((e) => e.kind === 'meeting' && !e.sources.some((s) => s.quotes.some((q) => q.text.includes('London'))))
    .map((e) => ({ sources: e.sources.map((s) => s.article).sort(), date: e.date.value }))
    .sort((a, b) => a.sources.length - b.sources.length);

describe("an audience one outlet tells without its day, and its other end's told the day before", () => {
  it('is one audience, on its day, when the place one gives is named in the other sentence', () => {
    expect(audiencesOf('Mr Varga later travelled on to Harlow for an audience with the King.')).toEqual([{ sources: ['guest', 'host'], date: '2031-05-22' }]);
  });

  it('is another audience in another town', () => {
    expect(audiencesOf('Mr Varga later travelled on to Bristol for an audience with the King.').map((a) => a.sources.join(' ')).sort()).toEqual(['guest', 'host']);
  });
});
