// A resignation announced with no time for the leaving ("said on Sunday evening that he would step down as leader", "announced he would go",
// "“I have decided to step down,” he tells reporters"): the announcing is the resignation's happening, of the saying's day, and no statement
// besides. own-corpus-19 b1's live entry and b2's newsletter; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe('a resignation announced is the happening of the day it is announced', () => {
  it.each([
    ['Premier Tomas Varga said on Sunday evening that he would step down as leader of the Unity Party, less than a year after he took office.', '2058-03-10'],
    ['On Monday Varga announced he would go.', '2058-03-11'],
    ['Mayor Ilse Brand told reporters on Tuesday that she had decided to resign.', '2058-03-12'],
    ['Mayor Ilse Brand told reporters on Tuesday that she would stand down as party chair.', '2058-03-12'],
    ['“I have decided to step down as chair of the party,” Ilse Brand said on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Resignation', day]]);
  });

  it("a live page's quoted announcing takes its entry's day", () => {
    const page = 'LIVE\nSunday 10 March 2058\n\n18:05 — "I have decided to step down as president of the party," Varga tells reporters at his office.\n';
    expect(found(page, '2058-03-10')).toEqual([['other', 'Resignation', '2058-03-10']]);
  });

  it('but a leaving told with its own time is the plan of that time, and one denied or wished for by others is none', () => {
    expect(found('The speaker said on Monday that he would resign at the end of the month.').filter(([kind]) => kind === 'other')).toEqual([['other', 'Resignation', '2058-03']]);
    expect(found('“I will step down on Friday,” Ilse Brand told reporters on Tuesday.').filter(([, noun]) => noun === 'Resignation').map(([, , day]) => day)).not.toContain('2058-03-12');
    expect(found('Mayor Ilse Brand said on Tuesday that she would not step down.').filter(([, noun]) => noun === 'Resignation')).toEqual([]);
    expect(found('Rivals said on Tuesday that Brand should resign.').filter(([, noun]) => noun === 'Resignation')).toEqual([]);
  });

  it('nor a leaving threatened on a condition, a quitting of talks, or a going to a gathering asked of', () => {
    for (const body of [
      'Mayor Ilse Brand told reporters on Tuesday that she would resign if the bill failed.',
      'Varga said on Monday that he would step down unless the party backed the budget.',
      '“I will resign if the vote is lost,” Ilse Brand said on Tuesday.',
      'Varga said on Monday he would quit the talks.',
      'Asked whether she would attend the summit in Kessel, Ilse Brand said on Monday that she would go.',
    ]) {
      expect(found(body).filter(([, noun]) => noun === 'Resignation'), body).toEqual([]);
    }
    expect(found('Varga said on Monday he would quit his post as party chair.')).toEqual([['other', 'Resignation', '2058-03-11']]);
  });

  // own-corpus-22 b1: "He told supporters in Burnaby last night that he will step down as leader once an interim leader is chosen."
  it('nor a leaving hung on a successor chosen: the telling is a statement of its day, and the leaving has none', () => {
    for (const body of [
      'Tomas Varga told supporters in Kessel on Monday that he will step down as leader once an interim leader is chosen.',
      'Mayor Ilse Brand said on Tuesday that she would resign once a successor is elected.',
      'On Monday Tomas Varga announced he would stand down once the party picks a new chair.',
    ]) {
      const events = found(body);
      expect(events.filter(([, noun]) => noun === 'Resignation'), body).toEqual([]);
      expect(events.filter(([kind]) => kind === 'statement').map(([, , day]) => day), body).toHaveLength(1);
    }
  });
});
