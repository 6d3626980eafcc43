// A saying whose sentence names no day (own-conventions.md, "Sayings with no date"; own-corpus-7's interview on Merz's first days and
// own-corpus-11's state-agency dispatch, in sentences written here): more of its speaker's statement told before is that statement's
// evidence; said before the public, in words of its own, by someone who took part in the happening told just before it, it is a
// statement of that happening's day; anything else is given no day at all.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Friday 2058-03-15: "on Wednesday" is the 13th.
const statements = (body: string) =>
  readOne('2058-03-15', `${body}\n`).candidates.filter((c) => c.kind === 'statement').map((c) => [c.date.value, c.participants, c.evidence.map((e) => e.sentence)]);
const VISIT = 'On Wednesday Putin received Zelensky in the Kremlin.';

describe('a saying with no day of its own', () => {
  it('said before the public by one who took part in the happening told just before it, is a statement of its day', () => {
    expect(statements(`${VISIT} Putin said openly that Russia would not accept the plan.`)).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
    expect(statements(`${VISIT} Zelensky stood next to Putin and said Ukraine would keep its border controls.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements('On Wednesday Zelensky flew to Moscow, where Putin received him. He stood next to Putin and said Ukraine would keep its border controls.')).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT}\n\nQ: Was there friction?\n\nA: On gas, yes. Zelensky said publicly that Ukraine would not pay more.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [3]]]);
  });

  it('said at the happening told just before it (its speech, its press conference, in front of the cameras) or right after it, is a statement of its day', () => {
    const RUN_OFF = 'On Wednesday Zelensky won the run-off in Kyiv.';
    expect(statements(`${RUN_OFF} In his speech to supporters outside the city hall, Zelensky said Ukraine had chosen peace.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${RUN_OFF}\n\nDuring the same address Zelensky warned of a hard year for the budget.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT} At a short press conference Putin said Russia was ready for a truce.`)).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
    expect(statements(`${VISIT} In front of the cameras Zelensky said Ukraine would keep its border controls.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT} Afterwards Zelensky said that Ukraine would not give up any land.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT} Putin then insisted that Russia was ready for a truce.`)).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
  });

  it('by a pronoun after the scene it opens with, is a statement of its day by the one the sentence before names', () => {
    expect(statements(`${VISIT} In front of the cameras he said Russia was ready for a truce.`)).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
    expect(statements('On Wednesday Zelensky held talks with Putin in Minsk. In front of the press she said Ukraine would keep its border controls.')).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    // Not when the sentence before opens on a pronoun of its own, nor after a scene that is no saying's.
    expect(statements('On Wednesday morning he sat down with Zelensky in the Kremlin. In front of the cameras he said Russia was ready for a truce.')).toEqual([]);
    expect(statements(`${VISIT} In the Kremlin he said Russia was ready for a truce.`)).toEqual([]);
  });

  it('by a pronoun, is no one named in the sentence before when a pronoun there stands before the name, its subject named further back', () => {
    expect(statements('On Wednesday she received Putin in Kyiv. She said openly that Ukraine would not give up any land.')).toEqual([]);
    expect(statements('On Wednesday he flew to Minsk and met Zelensky. He told reporters that Russia was ready for a truce.')).toEqual([]);
    expect(statements('Putin flew to Minsk on Wednesday and met Zelensky. He told reporters that Russia was ready for a truce.')).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
  });

  it('is no statement of that day when it looks back from it, recounts it, or its speaker took no part', () => {
    expect(statements(`${VISIT} Since then Putin said that Russia was ready for a truce.`)).toEqual([]);
    expect(statements(`${VISIT} Afterwards Witkoff said that the plan was dead.`)).toEqual([]);
    expect(statements(`${VISIT} Afterwards Putin said the two sides had agreed to keep talking.`)).toEqual([]);
    expect(statements(`${VISIT} Putin has long said, in speech after speech, that Russia would not accept the plan.`)).toEqual([]);
    expect(statements(`${VISIT} Putin said the then-president had misread Russia.`)).toEqual([]);
    expect(statements(`${VISIT} Putin said he would then call Trump.`)).toEqual([]);
    expect(statements(`${VISIT} Afterwards Zelensky told me that Ukraine would not give up any land.`)).toEqual([]);
  });

  it('is no statement of that day when "after", "once", "afterwards" or "before she left" tell the time of what was said, not of the saying', () => {
    const MET = 'Governor Ana Rell met Mayor Ivo Dann in Lusk on Monday.';
    expect(statements(`${MET} Rell said that after the war the harbour had been rebuilt.`)).toEqual([]);
    expect(statements(`${MET} Rell said the ferry would run again once the storm passed.`)).toEqual([]);
    expect(statements(`${MET} Rell said the harbour was rebuilt afterwards with state money.`)).toEqual([]);
    expect(statements(`${MET} Rell said that before she left office the port had been full.`)).toEqual([]);
    expect(statements(`${MET} Then as now, Rell said, the port was the town's heart.`)).toEqual([]);
    expect(statements(`${VISIT} Zelensky insisted that the grain would move once the ports reopened.`)).toEqual([]);
    expect(statements(`${VISIT} After the election, Putin said, the border would be reopened.`)).toEqual([]);
  });

  it('told as made right after the happening, before its verb or right after it, is a statement of its day', () => {
    expect(statements(`${VISIT} Zelensky said afterwards that Ukraine would not give up any land.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT} Before he left, Zelensky said that Ukraine would not give up any land.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements(`${VISIT} Zelensky said in a statement released after the visit that Ukraine would not give up any land.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
  });

  it('told as done to the press right after the sentence of a happening its speaker took part in, is a statement of its day', () => {
    expect(statements(`${VISIT} Zelensky told reporters that Ukraine would keep its border controls.`)).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
    expect(statements('On Wednesday Putin met Zelensky in Minsk for three hours. Putin said to journalists in Minsk that Russia was ready for a truce.')).toEqual([['2058-03-13', ['vladimir-putin'], [1]]]);
    expect(statements('Zelensky and Putin held talks in Minsk on Wednesday evening. Zelensky told the media that Ukraine would not pay more for gas.')).toEqual([['2058-03-13', ['volodymyr-zelenskyy'], [1]]]);
  });

  it('is none of that day in the present of a standing view, told back, after a paragraph break or another sentence, by one who took no part, after a plan, or across the table', () => {
    const days = (body: string) => statements(body).map(([date]) => date);
    expect(days(`${VISIT} Zelensky says to reporters Ukraine will keep its border controls.`)).not.toContain('2058-03-13');
    expect(days(`${VISIT} Zelensky had told reporters Ukraine would keep its border controls.`)).not.toContain('2058-03-13');
    expect(days(`${VISIT}\n\nZelensky told reporters Ukraine would keep its border controls.`)).not.toContain('2058-03-13');
    expect(days(`${VISIT} The Kremlin was silent about the talks. Zelensky told reporters Ukraine would keep its border controls.`)).not.toContain('2058-03-13');
    expect(days(`${VISIT} Witkoff told reporters the plan was dead.`)).not.toContain('2058-03-13');
    expect(days('On Friday next week Putin will receive Zelensky in the Kremlin. Zelensky told reporters Ukraine would keep its border controls.')).not.toContain('2058-03-22');
    expect(days(`${VISIT} Zelensky said Ukraine valued its partnership with Russia.`)).not.toContain('2058-03-13');
  });

  it('is none of the happening before when its own sentence tells a day, or the happening is background of another year', () => {
    // A day the saying's sentence tells, read or not for the saying, is its own: never the happening's before it.
    expect(statements('Putin met Zelensky in Minsk on Monday. Zelensky told reporters in Kyiv on Tuesday evening that the talks had failed.').map(([date]) => date)).not.toContain('2058-03-11');
    expect(statements('Putin met Zelensky in Minsk on Monday. Putin told journalists in Minsk on Tuesday that the meeting had gone well.').map(([date]) => date)).not.toContain('2058-03-11');
    // A happening years back is background, not the scene the saying was made at.
    expect(statements('Putin first met Zelensky in Paris on 9 December 2019. Zelensky told reporters that the two had never trusted each other.').map(([date]) => date)).not.toContain('2019-12-09');
    expect(statements('Putin received Zelensky in the Kremlin on 2 March 2057. Putin told the press that Russia was ready for a truce.').map(([date]) => date)).not.toContain('2057-03-02');
  });

  it('at a joint appearance, carries on the statement told before at it, whoever speaks', () => {
    expect(statements(`${VISIT} Putin told a joint press conference on Wednesday that the talks had been constructive. At the joint press conference, Zelensky said Ukraine would not give up any land.`)).toEqual([
      ['2058-03-13', ['vladimir-putin', 'volodymyr-zelenskyy'], [1, 2]],
    ]);
  });

  it('at a joint appearance, carries on no statement told at another happening, of another day or of other people', () => {
    expect(statements('Governor Ana Rell told a joint press conference with King Oskar on Monday that the port would stay open.\n\nMayor Ivo Dann met Karl Kell in Tarn on Tuesday.\n\nAt a joint press conference afterwards, Dann said the ferry would stop.')).toEqual([
      ['2058-03-11', ['ana-rell', 'oskar'], [0]],
      ['2058-03-12', ['ivo-dann'], [2]],
    ]);
    expect(statements(`${VISIT} Putin told a joint press conference on Wednesday that the talks had been constructive.\n\nAlso on Wednesday, Mayor Ivo Dann met Karl Kell in Tarn. At a joint press conference, Dann said the ferry would stop.`)).toEqual([
      ['2058-03-13', ['vladimir-putin'], [1]],
      ['2058-03-13', ['ivo-dann'], [3]],
    ]);
  });

  it('carries on its speaker’s statement told before, as its evidence', () => {
    expect(statements('Kremlin spokesman Dmitry Peskov told journalists today that the exchange was complete. Peskov called the exchange "a sign of goodwill" and said contacts had been useful.')).toEqual([
      ['2058-03-15', ['dmitry-peskov'], [0, 1]],
    ]);
  });

  it('is no statement when it recounts the happening, opens with the words said, names no public, or its speaker took no part', () => {
    expect(statements(`${VISIT} Putin said openly that the two sides had agreed to keep talking.`)).toEqual([]);
    expect(statements(`${VISIT} "This is a good day," Putin said in front of the cameras.`)).toEqual([]);
    expect(statements(`${VISIT} Putin said that Russia values its partnership with Ukraine.`)).toEqual([]);
    expect(statements(`${VISIT} Witkoff said openly that the plan was dead.`)).toEqual([]);
    expect(statements(`${VISIT} Putin has said openly that Russia would not accept the plan.`)).toEqual([]);
  });
});
