import { describe, expect, it } from 'vitest';
import { ownerOfName, segmentClauses } from './sentence-clauses.ts';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own. The subject of a main clause that a subordinate one opens ("Before travelling
// to Geneva, the minister made a visit to Oslo") is the main verb's, though the subordinate trip stands
// nearer; and what the visitor did "where she …" in the town visited is the visit's gathering, with her.
const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, words });

describe('the subject of a main clause after a subordinate one', () => {
  const owner = (text: string, name: string, triggers: string[]) => ownerOfName(segmentClauses(text), at(text, name), triggers.map((t) => at(text, t)), () => false, { place: false });

  it("is the main verb's, not the nearer subordinate trigger's", () => {
    expect(owner('Before travelling to Geneva, the minister paid a two-day visit to Oslo.', 'the minister', ['travelling', 'visit'])).toMatchObject({ owner: { words: 'visit' }, rule: 'main-clause' });
    expect(owner('After talks in Bergen, Kessler and his delegation of bankers flew home.', 'Kessler', ['talks', 'flew'])).toMatchObject({ owner: { words: 'flew' }, rule: 'main-clause' });
  });

  it('stays with the subordinate trigger when it stands inside that clause', () => {
    expect(owner('Before meeting Kessler in Bergen, the minister made a visit to Oslo.', 'Kessler', ['meeting', 'visit'])).toMatchObject({ owner: { words: 'meeting' }, rule: 'nearest' });
  });
});

const timeline = timelineWithoutGazetteer([
  article(
    'visit',
    '2041-03-20',
    'Foreign Minister Tarja Lindqvist said on Monday that the talks had gone well.\n\nBefore travelling to Geneva, the Foreign Minister made a visit to Oslo on Thursday, where she handed over a letter from her president and held consultations with her Norwegian counterpart, Espen Holmgaard.\n',
  ),
]);

describe('a gathering told after a visit, where its visitor held it', () => {
  it('is the visitor’s, in the town visited', () => {
    const [talks] = reportedIn(timeline, 'visit', 'talks', 'meeting');
    expect(talks?.place?.id).toBe('oslo');
    expect(talks?.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['tarja-lindqvist', 'espen-holmgaard']));
  });
});
