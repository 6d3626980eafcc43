// A player's transfer and its steps (own-corpus-17's deadline-day live page and newsletter, written here in other words): a club announcing
// a signing, a player who joined from a club, a bid turned down or accepted, a league clearing the deal, the transfer window shutting.
// Each is the clubs' act of its day, as a company deal's steps are. Not a law signed, money transferred, a bid to do something, someone who
// joined a call from a city, a union's answer to an employer, nor a window of a building. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (text: string): (string | null)[] => found(text).map(([, noun]) => noun);

describe('a transfer and its steps', () => {
  it.each([
    ['Ardun Rovers announced the signing of Tomas Vell from Kessel City on Monday for a club record £40m.', 'Transfer', '2058-03-11'],
    ['They signed Pieter Lund from Marsh Athletic last Saturday.', 'Transfer', '2058-03-09'],
    ['Kessel City confirmed on Tuesday that Aron Ilves has joined from Velmark United for about £20m.', 'Transfer', '2058-03-12'],
    ['Kessel then spent £30m on the Marsh striker Pieter Lund, who signed on Saturday.', 'Transfer', '2058-03-09'],
    ["Ardun Rovers' first bid, of £35m, was turned down on Monday.", 'Bid rejected', '2058-03-11'],
    ['On Tuesday Kessel City rejected a £35m bid for their captain.', 'Bid rejected', '2058-03-12'],
    ["Kessel City accepted Ardun Rovers' offer on Tuesday.", 'Bid accepted', '2058-03-12'],
    ['The league cleared the deal on Tuesday evening.', 'Deal cleared', '2058-03-12'],
    ['The winter transfer window closed on Monday.', 'Transfer window shut', '2058-03-11'],
  ])('%s', (text, noun, day) => {
    expect(found(text)).toContainEqual(['other', noun, day]);
  });

  it.each([
    'The president signed the decree on Monday.',
    'The bank transferred £40m from Kessel to Ardun on Monday.',
    'The court rejected his bid to overturn the ruling on Monday.',
    'Ms Marr has joined from Brussels by video link on Monday.',
    "The union accepted the government's offer on Tuesday.",
    'A caretaker shut the window on Monday.',
  ])('not in %s', (text) => {
    expect(nouns(text).filter((n) => n === 'Transfer' || n === 'Bid rejected' || n === 'Bid accepted' || n === 'Transfer window shut')).toEqual([]);
  });
});

describe('a signing announced after the day its sentence leads with', () => {
  it('is the transfer of that day, with or without a comma, announced or confirmed', () => {
    expect(found('On Monday Ardun Rovers announced the signing of Tomas Vell from Kessel City on a four-year contract.')).toEqual([['other', 'Transfer', '2058-03-11']]);
    expect(found('On Tuesday, Kessel City confirmed the signing of Aron Ilves from Velmark United.')).toEqual([['other', 'Transfer', '2058-03-12']]);
  });
});
