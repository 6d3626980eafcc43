import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// A live blog of our own, of Friday 12 September 2053, whose clock times stand on a line of their own above each entry.
const told = (body: string) => {
  const timeline = timelineWithoutGazetteer([article('a', '2053-09-12', `${body}\n`)]);
  return [...timeline.events.map((e) => `${e.date.value} ${e.title}`), ...timeline.undated.map((u) => `undated: ${u.quote.text}`)];
};

describe('a live entry’s clock time on a line of its own', () => {
  it('stamps the entry below it, as one on the entry’s own line does', () => {
    const entry = 'The harbour master Ines Marr has landed in Lusk. The ferry was an hour late.';
    expect(told(`16:30 — ${entry}`)).toEqual(['2053-09-12 Marr’s trip to Lusk']);
    expect(told(`## 16:30\n\n${entry}`)).toEqual(['2053-09-12 Marr’s trip to Lusk']);
    expect(told(`16:30\n${entry}`)).toEqual(['2053-09-12 Marr’s trip to Lusk']);
    expect(told(`## 09:45 GMT\n\nThe ministers of Kessel and Varno have signed the harbour accord in Lusk.`)).toEqual(['2053-09-12 Kessel and Varno sign the harbour accord']);
  });

  it('stamps nothing under a heading of words, nor an entry with no time above it', () => {
    expect(told('## Harbour news\n\nThe ministers of Kessel and Varno have signed the harbour accord in Lusk.')).toEqual(['undated: The ministers of Kessel and Varno have signed the harbour accord in Lusk.']);
    expect(told('The ministers of Kessel and Varno have signed the harbour accord in Lusk.')).toEqual(['undated: The ministers of Kessel and Varno have signed the harbour accord in Lusk.']);
  });
});
