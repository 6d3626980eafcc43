// A text named by the summit that gave it ("the summit document", "the summit declaration") is
// the thing signed or adopted: the summit there is no gathering of its own, and the people who
// signed are the signing's, not a summit's with no day.
import { describe, expect, it } from 'vitest';
import { article, extractOne, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The people of each signing one article reports, Wednesday 13 March 2058 its day. */
const signers = (body: string): string[][] =>
  timelineWithoutGazetteer([article('summit-text', '2058-03-13', `${body}\n`)])
    .events.filter((e) => e.kind === 'other')
    .map((e) => e.participants.map((p) => p.name).sort());

describe('a text named by its summit', () => {
  it('keeps the signers of the summit document or declaration as the signing’s people', () => {
    expect(signers('Anton Velic, Ida Marsk and the Emir of Qadra, Sheikh Omar bin Salim Al Rawi, have signed the summit document as guarantors of the truce on Tuesday.')).toEqual([
      ['Anton Velic', 'Ida Marsk', 'Omar bin Salim Al Rawi'],
    ]);
    expect(signers('President Anton Velic of Norland and Prime Minister Ida Marsk of Estmark signed the summit declaration in Kessel on Tuesday.')).toEqual([['Anton Velic', 'Ida Marsk']]);
  });

  it('reads no summit of its own in the text’s name, and still reads the summit the sentence names apart', () => {
    const read = extractOne('2058-03-13', 'The leaders adopted the summit communiqué on Tuesday.\n');
    expect([...read.candidates, ...read.undated].map((c) => c.kind)).toEqual(['other']);
    expect(found('The leaders adopted the summit communiqué on Tuesday, the last day of the summit in Velm.')).toContainEqual(['other', 'Declaration adopted', '2058-03-12']);
    expect(found('The summit in Velm opened on Tuesday.')).toEqual([['summit', null, '2058-03-12']]);
  });

  it('reads no summit of that day in a text it possesses, and still reads one in a part of it', () => {
    const kinds = (body: string): string[] => {
      const read = extractOne('2058-03-13', `${body}\n`);
      return [...read.candidates, ...read.undated].map((c) => c.kind);
    };
    expect(kinds('On June 9, 2049, President Anton Velic withdrew his endorsement of that summit’s communiqué in a message sent from his plane.')).not.toContain('summit');
    expect(kinds("The summit's declaration will be adopted on Monday.")).not.toContain('summit');
    expect(found("The summit's opening session is on Monday in Velm.")).toEqual([['summit', null, '2058-03-18']]);
  });
});
