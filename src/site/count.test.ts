import { expect, it } from 'vitest';
import { count } from './count.ts';

it('puts the noun in the plural unless there is exactly one', () => {
  expect([count(0), count(1), count(2), count(1, 'source'), count(3, 'source')]).toEqual(['0 events', '1 event', '2 events', '1 source', '3 sources']);
});
