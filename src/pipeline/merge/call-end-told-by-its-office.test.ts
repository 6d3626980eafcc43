// A call report that kept one speaker and tells the other end by its office ("a day after Kessel's long call with the Kremlin
// leader", in a sentence about another meeting) is the call whose lacking speaker speaks for the country it seats, though it
// names another person besides (merge-tune: Zelensky at the White House "a day after Trump's long call with the Kremlin leader");
// an end told as another country's ("… with the Iranian president") is another call (compatible.ts lostForAnother).
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';
import { article } from '../../../tests/support/pipeline.ts';

const gazetteer = parseGazetteer(
  `people:
  arno-kessel:
    name: Arno Kessel
    aliases: [Kessel]
    description: Chancellor of Austria
  ivan-dorn:
    name: Ivan Dorn
    aliases: [Dorn]
    description: President of Russia
  lev-marek:
    name: Lev Marek
    aliases: [Marek]
    description: President of Slovakia
organizations:
  kremlin:
    name: Kremlin
    aliases: [the Kremlin]
    description: The Russian presidency
`,
  'call-end-gazetteer.yaml',
);

// Thursday 22 May 2031, and the Friday after.
const callsOf = (second: string): string[][] =>
  buildTimeline(
    [article('first', '2031-05-22', 'Arno Kessel and Ivan Dorn spoke by phone for more than two hours on Thursday.\n'), article('second', '2031-05-23', `${second}\n`)],
    { gazetteer, corrections: parseCorrections('', 'none') },
  )
    .events.filter((e) => e.kind === 'call')
    .map((e) => e.sources.map((s) => s.article).sort())
    .sort();

describe("a call's end told by its office, in a sentence naming another person", () => {
  it('is the call of the speaker speaking for the country it seats', () => {
    expect(callsOf('Lev Marek met Arno Kessel in Vienna on Friday, a day after Kessel’s long call with the Kremlin leader.')).toEqual([['first', 'second']]);
  });

  it("is another call when the end it tells is another country's", () => {
    expect(callsOf('Lev Marek met Arno Kessel in Vienna on Friday, a day after Kessel’s long call with the Iranian president.')).toEqual([['first'], ['second']]);
  });
});
