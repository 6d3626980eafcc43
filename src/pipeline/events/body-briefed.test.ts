// A body of officials briefed in person is met, whatever the case of its name: "Member States", "the Security Council".
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const found = (body: string): [string, string, string][] =>
  readOne('2058-03-13', `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.status]);

describe('a body of officials briefed in person', () => {
  it.each([
    ['The Office will brief Member States in Geneva on Thursday, 14 March.', '2058-03-14', 'planned'],
    ['The agency briefed EU member states in Brussels on Monday.', '2058-03-11', 'occurred'],
    ['The envoy briefed the Security Council in New York on Tuesday.', '2058-03-12', 'occurred'],
  ])('is a meeting of its day: %s', (body, day, status) => {
    expect(found(body)).toEqual([['meeting', day, status]]);
  });

  it('but member states told by a paper are not met', () => {
    expect(found('The Office will brief Member States in writing on Thursday.')).toEqual([]);
  });
});
