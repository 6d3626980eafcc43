import { describe, expect, it } from 'vitest';
import type { TrackedCluster } from './corrections/apply.ts';
import type { Entity } from './entities/gazetteer.ts';
import { describeEvent, evidenceOf } from './describe-event.ts';
import { EvidenceAhead } from './evidence-ahead.ts';
import { leadSentences } from './merge/cited-evidence.ts';
import type { Sentence } from './types.ts';
import { article } from '../../tests/support/pipeline.ts';
import { day, report, said } from '../../tests/support/reports.ts';

const texts = ['Olga Varn called Piet Doran on Monday.', 'The two then met in Tromsø on Tuesday.', 'He said they would meet again.'];
const sentences: Sentence[] = texts.map((text, index) => ({ index, text, start: 0, end: text.length, block: 'paragraph', blockIndex: index }));
const byId = new Map([['a', { article: article('a', '2061-05-08', texts.join(' ')), sentences }]]);
const entities = new Map<string, Entity>(
  [
    ['olga-varn', 'Olga Varn'],
    ['piet-doran', 'Piet Doran'],
  ].map(([id, name]) => [id!, { id: id!, name: name!, type: 'person', aliases: [], roles: [] } as Entity]),
);
const people = ['olga-varn', 'piet-doran'];
const call = report({ article: 'a', kind: 'call', date: day('2061-05-07'), participants: people, named: people, evidence: said(texts[0]!, 0) });
const meeting = report({ article: 'a', kind: 'meeting', date: day('2061-05-08'), participants: people, named: people, evidence: said(texts[1]!, 1) });
const track = (members: typeof call[]): TrackedCluster => ({ cluster: { members }, knownAs: new Set(), fixes: {} });
const described = (tracked: TrackedCluster) => describeEvent(tracked, () => 0, entities, new Map(), new Map(), '2061-05-08');

describe('EvidenceAhead', () => {
  it('gives an event merged here the evidence worked out before the other family was merged, when its article leads the same reports', () => {
    const tracked = track([call]);
    const here = described(tracked);
    const ahead = new EvidenceAhead(byId, entities);
    ahead.workOut([here], [tracked.cluster.members], [meeting]);
    const leading = leadSentences([tracked.cluster.members, [meeting]], entities);
    const evidence = ahead.of({ ...here, id: 'call' }, leading);
    expect(evidence).toBeDefined();
    expect(evidence).toEqual(evidenceOf(here, byId, entities, leading));
  });

  it('gives none when a report of the other family came to lead a sentence of its article (an undated one attached), or the event was described again', () => {
    const tracked = track([call]);
    const here = described(tracked);
    const ahead = new EvidenceAhead(byId, entities);
    ahead.workOut([here], [tracked.cluster.members], [meeting]);
    const attached = report({ article: 'a', kind: 'meeting', participants: people, evidence: said(texts[2]!, 2) });
    expect(ahead.of({ ...here, id: 'call' }, leadSentences([tracked.cluster.members, [meeting, attached]], entities))).toBeUndefined();
    expect(ahead.of({ ...described(tracked), id: 'call' }, leadSentences([tracked.cluster.members, [meeting]], entities))).toBeUndefined();
  });
});
