import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { article, idsOf } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from './gazetteer.ts';

// Short reports of our own: an institution of a state doing one of the state's acts ("the White House suspended shipments")
// is its state, as its capital is ("Washington suspended shipments"), so two outlets' reports of one act are one event;
// as a voice ("the Kremlin said") it stays itself; visited ("visited the Kremlin"), it is where the guest was, not a host.
const gazetteer = parseGazetteer(
  'organizations:\n  white-house: { name: White House, aliases: [the White House], description: The US presidency }\n  kremlin: { name: Kremlin, aliases: [the Kremlin], description: The Russian presidency }\n',
  'seats.yaml',
);
const timeline = buildTimeline(
  [
    article('wire', '2041-03-05', 'Washington suspended shipments of artillery shells to the region on Tuesday.\n'),
    article('weekly', '2041-03-09', 'On Tuesday the White House suspended shipments of shells.\n'),
    article('daily', '2041-03-10', 'The Kremlin froze grain exports to the Baltic ports on Thursday.\n'),
    article('voice', '2041-03-11', 'The foreign ministers of Armenia and Georgia met in Tbilisi on Friday, the Kremlin said.\n'),
  ],
  { gazetteer, corrections: parseCorrections('', 'none') },
);
const reportOf = (source: string) => timeline.events.find((e) => e.sources.some((s) => s.article === source))!;

describe('an institution doing its state’s act', () => {
  it('is its state, and joins the report that names the capital', () => {
    expect(reportOf('weekly').sources.map((s) => s.article).sort()).toEqual(['weekly', 'wire']);
    expect(idsOf(reportOf('weekly').participants)).toEqual(['united-states']);
    expect(idsOf(reportOf('daily').participants)).toEqual(['russia']);
  });

  it('stays itself as a voice: no side at the table it tells of', () => {
    expect(idsOf(reportOf('voice').participants)).not.toContain('russia');
  });
});

describe('a seat of government visited', () => {
  const visits = buildTimeline(
    [
      article('visit', '2041-04-02', 'Chancellor Greta Lindholm visited the Kremlin on Tuesday, but the meeting ended without a statement.\n'),
      article('guest', '2041-04-06', 'President Tomas Berg visited the White House on Thursday, where the talks on tariffs ran for two hours.\n'),
    ],
    { gazetteer, corrections: parseCorrections('', 'none') },
  );
  const of = (source: string) => visits.events.find((e) => e.sources.some((s) => s.article === source))!;

  it('is where the guest was, not one who met the guest', () => {
    expect(idsOf(of('visit').participants)).not.toContain('kremlin');
    expect(idsOf(of('guest').participants)).not.toContain('white-house');
  });
});
