// A procession through a town (issue #8 class 5, a victory parade, a carriage ride to a ceremony): a happening of kind other, told by
// its verb or its noun; a parade of anything, a ride of anyone's own or prices that rode up is none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a procession is a happening of its day', () => {
  it.each([
    ['On Sunday the players rode an open-top bus up the High Street before thousands of supporters.', '2058-03-10'],
    ['The club says the squad will ride along the Kessel Road tomorrow evening.', '2058-03-14'],
    ['The team paraded the trophy through Lusk on Sunday.', '2058-03-10'],
    ['On Tuesday the Queen travels from the palace to the assembly in a horse-drawn landau.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Procession', day]);
  });

  it('titled by the way it went', () => {
    const titles = (body: string) => timelineWithoutGazetteer([article('p1', '2058-03-13', body)]).events.map((e) => e.title);
    expect(titles('On Sunday the players rode an open-top bus up the High Street before thousands of supporters.')).toEqual(['Procession up the High Street']);
  });
});

describe('but no procession is told', () => {
  it.each(['12:15 Kessel - Ceremonial welcome by the King at the palace, then a carriage procession to Kessel Castle.', 'The minister’s speech on Monday was a parade of excuses.', 'She rode a bicycle through Lusk on Sunday.', 'Prices rode up on Monday.', 'He travelled to Lusk in a hired car on Monday.'])('%s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Procession');
  });
});
