// A signing named by its noun alone with its day, in a sentence that names only someone who watched it ("For Mira Tal, the signing in
// Port Ardel on Sunday was something she watched"; own-corpus-10's a3, in other words): the signing another article tells with its
// signers, not a signing of the watcher's.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The articles each signing of the timeline is told by. */
const signings = (...bodies: [string, string][]): string[][] =>
  timelineWithoutGazetteer(bodies.map(([published, body], i) => article(`a${i}`, published, body)))
    .events.filter((e) => e.kind === 'other' && /sign/i.test(e.id))
    .map((e) => e.sources.map((s) => s.article).sort());

const TOLD_WITH_SIGNERS: [string, string] = ['2058-03-10', 'PORT ARDEL, March 10 — Prime Minister Halden Voss and President Orrin Pell signed a peace accord in Port Ardel on Sunday.'];

describe('a signing told by its noun, its sentence naming a watcher', () => {
  it('is the signing told with its signers', () => {
    expect(signings(TOLD_WITH_SIGNERS, ['2058-03-12', 'For Mira Tal, the signing in Port Ardel on Sunday was something she watched on her phone in a field.'])).toEqual([['a0', 'a1']]);
    expect(signings(TOLD_WITH_SIGNERS, ['2058-03-12', 'Lena Sorv, a farmer, watched the signing in Port Ardel on Sunday from her kitchen.'])).toEqual([['a0', 'a1']]);
  });

  it('but a signing told with other signers at its place stays apart', () => {
    expect(signings(TOLD_WITH_SIGNERS, ['2058-03-12', 'Mayor Ilse Brand and Governor Tomas Reek signed a water accord in Port Ardel on Sunday.'])).toHaveLength(2);
  });
});
