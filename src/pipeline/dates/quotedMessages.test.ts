import { describe, expect, it } from 'vitest';
import { parseReferenceDay } from './calendar.ts';
import type { TemporalExpression } from './model.ts';
import { withQuotedMessages } from './quotedMessages.ts';

// Every quote read against its own day opens with a quotation mark: a text with none is given
// back as read, its dates not looked at again one by one.
describe('withQuotedMessages', () => {
  const publication = parseReferenceDay('1998-11-19');
  const unread = (): never => {
    throw new Error('a date of a text with no quotation was read again');
  };
  /** A date that may not be looked at. */
  const untouchable = new Proxy({} as TemporalExpression, { get: unread });

  it.each(['Annan said Tuesday that the envoys would leave tomorrow.', "The minister's aides left on Tuesday, a day before the vote.", 'Rebels shelled the town on Tuesday (local time).'])(
    'leaves a text with no quotation mark as read: %s',
    (text) => {
      const found = [untouchable];
      expect(withQuotedMessages(text, found, unread, publication)).toBe(found);
    },
  );

  it("still reads a quote said on a day named: ``We leave tomorrow,'' Annan said Tuesday.", () => {
    const text = "``We leave tomorrow,'' Annan said Tuesday.";
    const tuesday: TemporalExpression = { start: 34, end: 41, text: 'Tuesday', type: 'DATE', value: '1998-11-17', relative: true, date: { start: '1998-11-17', end: '1998-11-17', precision: 'day', value: '1998-11-17' } } as TemporalExpression;
    const read = (quoted: string) => (quoted.includes('tomorrow') ? [{ ...tuesday, start: 10, end: 18, text: 'tomorrow', value: '1998-11-18' }] : []);
    expect(withQuotedMessages(text, [tuesday], read, publication).map((e) => e.text)).toEqual(['tomorrow', 'Tuesday']);
  });
});
