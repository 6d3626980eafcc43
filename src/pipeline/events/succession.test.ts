// A succession to a throne or an office is two acts of their day: the holder giving it up, the successor taking it by the oath or the throne.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, kindsNounsAndDaysRead, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const nouns = (body: string) => found(body).filter(([kind]) => kind === 'other');

describe('a succession is an abdication and an oath or an accession of their day', () => {
  it.each([
    ['In the palace ballroom, Grand Duke Henri has signed the act of abdication on Tuesday.', 'Abdication', '2058-03-12'],
    ['King Ivo abdicated on Monday after forty years on the throne.', 'Abdication', '2058-03-11'],
    ['The queen will abdicate on 30 April, the palace said.', 'Abdication', '2058-04-30'],
    ['The emir handed over power to his son on Sunday.', 'Abdication', '2058-03-10'],
    ['On Tuesday Guillaume took the constitutional oath before the Chamber of Deputies.', 'Oath of office', '2058-03-12'],
    ['Guillaume swears an oath to the Constitution on Friday.', 'Oath of office', '2058-03-15'],
    ['The new governor took the oath of office on Monday.', 'Oath of office', '2058-03-11'],
    ['Henri, 70, succeeded his father on 7 October 2000.', 'Accession to the throne', '2000-10-07'],
    ['Queen Mira acceded to the throne on 2 May 2040.', 'Accession to the throne', '2040-05-02'],
    ['The king was crowned at the cathedral on Sunday.', 'Accession to the throne', '2058-03-10'],
  ])('%s', (body, noun, day) => {
    expect(nouns(body)).toEqual([['other', noun, day]]);
  });

  it('but not sworn enemies, testimony or a witness under oath, a podium stepped down from, a deal that crowned a visit, a president handing over power, nor an abdication of history or of duty', () => {
    for (const body of [
      'The two clans have been sworn enemies since Monday.',
      'She testified under oath on Monday that she had seen nothing.',
      'He stepped down from the podium on Tuesday to loud applause.',
      'The deal crowned a three-day state visit on Tuesday.',
      'Last abdication: Grand Duchess Charlotte in 1964.',
      'The ministry abdicated responsibility for the budget on Monday.',
      'Lusk City were crowned champions on Saturday.',
      'The firm succeeded in its appeal on Monday.',
      'He succeeded his father as chairman of the family firm on Monday.',
      'She was crowned Miss Universe in Bangkok on Saturday.',
      'On Monday the first witness, Maria Lind, took the oath before the court.',
      'The outgoing president handed over power to his successor on Monday.',
      'There is no coronation on Friday.',
    ]) {
      expect(nouns(body).filter(([, noun]) => ['Abdication', 'Oath of office', 'Accession to the throne'].includes(noun!)), body).toEqual([]);
    }
  });
});

describe('a succession’s act is titled by who does it, as its sentence names them before its words (noun-titles.ts, actOfTheNamed)', () => {
  // Wednesday 13 March 2058.
  const titles = (body: string) => timelineWithoutGazetteer([article('s1', '2058-03-13', `${body}\n`)]).events.filter((e) => e.kind === 'other').map((e) => e.title);

  it.each([
    ['In the palace ballroom, Grand Duke Henri has signed the act of abdication on Tuesday.', 'Henri abdicates'],
    ['King Ivo abdicated on Monday after forty years on the throne.', 'Ivo abdicates'],
    ['On Tuesday Grand Duke Guillaume took the constitutional oath before the Chamber of Deputies.', 'Guillaume takes the oath'],
    ['In the afternoon his eldest son, Guillaume Varenne, 43, swears an oath to the Constitution on Friday.', 'Varenne takes the oath'],
    ['Grand Duke Henri, 70, succeeded his father on 7 October 2000.', 'Henri accedes to the throne'],
    ['Queen Mira acceded to the throne on 2 May 2040.', 'Mira accedes to the throne'],
    ['President Ana Ruiz has taken the oath of office on Monday.', 'Ruiz takes the oath'],
  ])('%s', (body, title) => {
    expect(titles(body)).toEqual([title]);
  });

  it('but a sentence that names no one before the act, or only an office after "the", keeps the noun', () => {
    expect(titles('The abdication ceremony begins at 11:00 on Friday.')).toEqual(['Abdication ceremony']);
    expect(titles('The new governor took the oath of office on Monday.')).toEqual(['Oath of office']);
    expect(titles('The Grand Duke has signed the act of abdication on Tuesday.')).not.toContain('Duke abdicates');
  });
});

describe('an office given by "made" is an appointment', () => {
  it.each([
    ['Guillaume was made Lieutenant-Representative on 8 October 2024.', '2024-10-08'],
    ['She was made foreign minister on Monday.', '2058-03-11'],
    ['Ana Ruiz was made Chancellor of the Exchequer on 2 May 2050.', '2050-05-02'],
  ])('%s', (body, day) => {
    // Read as the pipeline reads an article, so that the name is recognised as a person's (`subject`).
    expect(kindsNounsAndDaysRead(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Appointment', day]]);
  });

  it('but not a day, a thing made public, a place made anything, nor an honour', () => {
    for (const body of ['The announcement was made Monday.', 'He was made public on Tuesday.', 'Kessel Harbour was made a free port on Monday.', 'She was made a Dame on Monday.', 'He was made Man of the Match on Sunday.', 'He was made a Freeman of the City of London on Monday.', 'The decision was made on Monday.']) {
      expect(kindsNounsAndDaysRead(body).filter(([, noun]) => noun === 'Appointment'), body).toEqual([]);
    }
  });
});

describe('a resignation is an office left, not a state of mind nor a step from a place', () => {
  it.each([
    ['The minister resigned on Monday to take up a post at the bank.', '2058-03-11'],
    ['He stepped down as chairman on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(nouns(body)).toEqual([['other', 'Resignation', day]]);
  });

  it('but not "resigned to defeat" nor "stepped down from the podium"', () => {
    for (const body of ['On Monday she resigned to defeat.', 'By Monday the team had resigned to the fact that the title was lost.', 'He stepped down from the podium on Tuesday to loud applause.', 'The President stepped down from the plane on Monday.']) {
      expect(nouns(body).filter(([, noun]) => noun === 'Resignation'), body).toEqual([]);
    }
  });
});
