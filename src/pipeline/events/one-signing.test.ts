// One article's signed agreement and memorandum of one day, told in two sentences with two names for the text, are one
// signing. Wednesday 14 March 2063 is the paper's day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind/noun day: the first three words of each sentence of its evidence". */
const told = (body: string): string[] =>
  extractOne('2063-03-14', `${body}\n`).candidates.map((c) => `${c.kind}/${c.noun ?? '-'} ${c.date.value}: ${c.evidence.map((e) => e.text.split(' ').slice(0, 3).join(' ')).join(' | ')}`);

describe('a signing told twice in one article, by two names of its text', () => {
  it('is one signing', () => {
    expect(
      told(
        'Norland and Estmark signed a fisheries partnership at Castle Orm this morning. The Orm Compact, a memorandum of understanding signed by Premier Dana Holt and Chancellor Ivo Marek shortly before noon, sets quotas for three years.',
      ),
    ).toEqual(['other/Agreement signed 2063-03-14: Norland and Estmark | The Orm Compact,']);
  });

  it('is two when each names people the other lacks', () => {
    expect(
      told('Steve Witkoff and Rustem Umerov signed a fisheries agreement in Geneva on Tuesday. Later that day Vladimir Putin and Dmitry Peskov signed a memorandum on ferries.'),
    ).toHaveLength(2);
  });
});
