// Someone called to give evidence or to account is summoned, not telephoned (own-corpus-20's "would call … to give evidence", written here in
// other words): no call event; a call told beside a summons is still one.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const calls = (body: string) => found(body).filter(([kind]) => kind === 'call');

describe('a summons to give evidence is no call', () => {
  it.each([
    'The committee chair said she would call Ana Ruiz and two other directors to give evidence on Thursday.',
    'The panel will call Ana Ruiz to testify on Thursday.',
    'The court will call the harbour master as a witness on Tuesday.',
  ])('%s', (body) => {
    expect(calls(body)).toEqual([]);
  });

  it('but a call after which someone agreed to give evidence is one', () => {
    expect(calls('After a phone call with Ana Ruiz on Monday, the director agreed to give evidence.')).not.toEqual([]);
    expect(calls('Ruiz held a call with the minister on Monday, as a witness said.')).not.toEqual([]);
  });
});

describe('a call whose words go on to an account is still a call', () => {
  it.each([
    'Ruiz held a call with reporters on Monday to answer questions about the plan.',
    'In a call with the board on Monday to account for the losses, Ruiz apologised.',
    'Ruiz made a call to the minister on Monday to account for the delay.',
  ])('%s', (body) => {
    expect(calls(body)).not.toEqual([]);
  });
});
