import { describe, expect, it } from 'vitest';
import { article } from '../../../tests/support/pipeline.ts';
import { parseCorrections } from '../corrections/corrections-file.ts';
import { parseGazetteer } from '../entities/gazetteer.ts';
import { buildTimeline } from '../timeline.ts';
import type { Article, TimelineEvent } from '../types.ts';

const gazetteer = parseGazetteer(
  `people:
  anna-brandt: { name: Anna Brandt, aliases: [Brandt] }
  ivo-marek: { name: Ivo Marek, aliases: [Marek] }
places:
  lusk: { name: Lusk, within: varno }
countries:
  kessel: { name: Kessel }
  varno: { name: Varno }
`,
  'acts-in-turn.yaml',
);
const signings = (...articles: Article[]): TimelineEvent[] =>
  buildTimeline(articles, { gazetteer, corrections: parseCorrections('', 'none') }).events.filter((e) => e.title.includes('sign') || e.title.includes('Agreement'));
const who = (e: TimelineEvent): string[] => e.participants.map((p) => p.id);

// Saturday 7 June 2059: yesterday is Friday the 6th.
const SCENE = 'Yesterday evening, in a hall of the Foreign Ministry, the two ministers bent over one folder.';

describe('a signing told in turn, one signer after the other', () => {
  it('is a signing of the scene’s day with the next signer too, told in the same sentence or the next', () => {
    for (const told of [
      'Anna Brandt of Kessel signed first; Ivo Marek of Varno followed.',
      'Anna Brandt of Kessel signed first, and Ivo Marek of Varno did the same.',
      'Anna Brandt of Kessel signed first. Ivo Marek of Varno followed a minute later.',
      'Anna Brandt of Kessel signed first. Then Ivo Marek of Varno signed too.',
      'Anna Brandt and Ivo Marek signed in turn.',
    ]) {
      const [signing, ...others] = signings(article('long-read', '2059-06-07', `${SCENE} ${told}\n`));
      expect(others, told).toEqual([]);
      expect([signing?.date.value, signing && who(signing)], told).toEqual(['2059-06-06', ['anna-brandt', 'ivo-marek']]);
    }
  });

  it('cites the sentence that tells the next signer', () => {
    const [signing] = signings(article('long-read', '2059-06-07', `${SCENE} Anna Brandt of Kessel signed first. Ivo Marek of Varno followed a minute later.\n`));
    expect(signing?.sources[0]?.quotes.map((q) => q.text)).toContain('Ivo Marek of Varno followed a minute later.');
  });

  it('takes no one who only followed something else', () => {
    const [signing] = signings(article('long-read', '2059-06-07', `${SCENE} Anna Brandt of Kessel signed first. Ivo Marek followed the ceremony from Lusk.\n`));
    expect(signing && who(signing)).toEqual(['anna-brandt']);
  });

  it('is the signing another outlet tells with its place that day: the signers sat together', () => {
    const events = signings(
      article('wire', '2059-06-06', 'Foreign Minister Anna Brandt of Kessel and Foreign Minister Ivo Marek of Varno signed a peace agreement in Lusk on Friday.\n'),
      article('long-read', '2059-06-07', `${SCENE} Anna Brandt of Kessel signed first; Ivo Marek of Varno followed.\n`),
    );
    expect(events.map((e) => [e.date.value, e.sources.map((s) => s.article).sort()])).toEqual([['2059-06-06', ['long-read', 'wire']]]);
  });

  it('is no signing when "first" qualifies a noun', () => {
    expect(signings(article('sport', '2059-06-07', 'Yesterday the club signed first-team players from Lusk.\n'))).toEqual([]);
  });
});
