import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// A country written after a town and a comma says where the town lies: it is the place's, not a side.
const sidesOf = (body: string): string[][] =>
  timelineWithoutGazetteer([article('towns-country', '2031-05-20', body)]).events.map((e) => e.participants.map((p) => p.name));

describe('a country after its town', () => {
  it.each([
    'OSLO (Wire) — Prime Minister Taro Hayase and President Min Su-jin met in Geneva, Switzerland, on Monday.',
    'OSLO (Wire) — Chancellor Aron Vesk held talks with President Lia Moor in Lyon, France, on Monday.',
  ])('is no participant: %s', (body) => {
    const sides = sidesOf(body);
    expect(sides).toHaveLength(1);
    expect(sides[0]).not.toContain('Switzerland');
    expect(sides[0]).not.toContain('France');
    expect(sides[0]!.length).toBe(2);
  });

  it('still is one when named as a side', () => {
    const sides = sidesOf('OSLO (Wire) — France and Germany held talks in Geneva on Monday.');
    expect(sides[0]).toEqual(expect.arrayContaining(['France', 'Germany']));
  });
});
