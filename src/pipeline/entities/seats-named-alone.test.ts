import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a president's or a prime minister's seat, or a parliament's chamber, that news
// names without its town ("at the Hofburg", "at Matignon", "in the Storting") stands in its state's capital, as "at the Kremlin"
// does (entities-13's talks "at the Hofburg" were placed at a place "Hofburg", not in Vienna).
const placeOf = (body: string): string | undefined =>
  timelineWithoutGazetteer([article('a', '2041-05-10', `${body}\n`)]).events[0]?.place?.id;

describe('a seat of government named without its town', () => {
  it.each([
    ['Estmarkian and Velorian negotiators met at the Hofburg on Friday.', 'vienna'],
    ['Estmarkian and Velorian ministers met at Matignon on Friday.', 'paris'],
    ['Estmarkian and Velorian ministers met in the Storting on Friday.', 'oslo'],
    ['Estmarkian and Velorian ministers met at the Union Buildings on Friday.', 'pretoria'],
  ])('%s', (body, town) => {
    expect(placeOf(body)).toBe(town);
  });
});
