import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { buildTimeline } from '../timeline.ts';
import { article } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from './gazetteer.ts';

// Short reports of our own: someone driven, taken or escorted to a seat of government for what happens there ("was driven to
// the White House, where the president greeted him", "was taken to the Élysée Palace to hand in her resignation") is in its
// state's capital when it happens, as one "at the White House" is (own-conventions.md, "Places": the town, never the building).
const gazetteer = parseGazetteer('organizations:\n  white-house: { name: White House, aliases: [the White House], description: The US presidency }\n', 'seats.yaml');
const timeline = buildTimeline(
  [
    article('freed', '2041-03-08', 'The freed engineer Paul Hanley was driven to the White House late on Thursday, where President Ada Morrow greeted him.\n'),
    article('quits', '2041-05-16', 'Prime Minister Claire Vautrin was taken to the Élysée Palace on Tuesday morning to hand her resignation to President Luc Armand.\n'),
    article('kremlin', '2041-06-20', 'The envoy Dan Price was escorted back to the Kremlin on Monday, where he met the Russian president for three hours.\n'),
  ],
  { gazetteer, corrections: parseCorrections('', 'none') },
);
const placeOf = (source: string) => timeline.events.filter((e) => e.sources.some((s) => s.article === source)).map((e) => e.place?.id);

describe('an event someone is taken to a seat of government for', () => {
  it('is in the capital, not nowhere', () => {
    expect(placeOf('freed')).toContain('washington-dc');
    expect(placeOf('quits')).toContain('paris');
    expect(placeOf('kremlin')).toContain('moscow');
  });
});
