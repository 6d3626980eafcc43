// A team a host receives (issue #8 class 5, "received the squad at the Élysée Palace"; events-30's "received the national hockey team at
// her ministry"): a meeting with the host, as a delegation received is; the squad's return welcomed is no one received.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a team received is a meeting of its day', () => {
  it.each([
    ['President Ana Ruiz received the squad at the Kessel Palace on Sunday afternoon.', '2058-03-10'],
    ['The mayor welcomed the medallists at the town hall on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['meeting', null, day]);
  });

  it('but not a squad’s return welcomed', () => {
    expect(found('The fans welcomed the squad’s return on Monday.').map(([kind]) => kind)).not.toContain('meeting');
  });
});
