// A craft named right before its launch verb ("The Korvan blasted off", "the Korvan rocket lifted off") is what went up,
// no person or body taking part in the launch; whoever flew in it still is.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const launch = (body: string) => timelineWithoutGazetteer([article('a', '2041-06-10', `${body}\n`)]).events.find((e) => e.title.startsWith('Launch'));

describe('a craft named before its launch verb', () => {
  it.each([
    'The Korvan blasted off from Tesk on Monday with three cosmonauts aboard.',
    'The Korvan rocket lifted off from Tesk on Monday.',
    'The Korvan capsule has lifted off from Tesk on Monday.',
    'The Meridia Space Agency said the Korvan lifted off on Monday.',
  ])('takes no part in its launch: %s', (body) => {
    expect(launch(body)?.participants.map((p) => p.name)).not.toContain('Korvan');
  });

  it('leaves who flew in it taking part', () => {
    expect(launch('Mira Dalven blasted off from Tesk on Monday aboard the Korvan.')?.roles?.present.map((p) => p.name)).toEqual(['Mira Dalven']);
  });
});
