// A verb's object carried into a title ends where a time counted from the report's day begins ("presented a ten-point plan | eight
// days ago", "welcomed the delegation | a day earlier"): no headline writes one, and the day is the event's date already.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { objectAfter } from './headline-clause.ts';

describe('a time counted from the day ends a title’s object', () => {
  it('ends the object the verb takes', () => {
    expect(objectAfter('Vandeurs presented', 'Vandeurs presented a ten-point plan eight days ago.')).toBe('a ten-point plan');
    expect(objectAfter('Lind welcomed', 'Lind welcomed the Orsk delegation a day earlier, her office said.')).toBe('the Orsk delegation');
    expect(objectAfter('Lind signed', 'Lind signed the border accord 12 days before the vote.')).toBe('the border accord');
    expect(objectAfter('Lind signed', 'Lind signed the border accord a few weeks ago.')).toBe('the border accord');
  });

  it('but not a count that is the object’s own', () => {
    expect(objectAfter('Lind approved', 'Lind approved two days of talks on Monday.')).toBe('two days of talks');
  });

  it('so an act of a named doer is titled without it', () => {
    const [event] = timelineWithoutGazetteer([article('a1', '2059-04-10', 'Vandeurs presented a ten-point plan eight days ago. Officials said Vandeurs would not back down.\n')]).events;
    expect(event?.title).toBe('Vandeurs presents a ten-point plan');
  });
});
