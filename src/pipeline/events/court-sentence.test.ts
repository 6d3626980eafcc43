// A court's sentence is the day's act of its court, told by its verb ("sentenced … to five years") or by a verdict of guilt, as a court's ruling is. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days and nouns of the events of kind other one article reports. */
const others = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'other').map((c) => `${c.date.value} ${c.noun ?? ''}`.trim());

describe('a court sentence', () => {
  it('is an event of its day, told actively or passively', () => {
    expect(others('A court in Vellin on Wednesday sentenced the former president Aram Tesk to five years in prison for bribery.')).toEqual(['2065-03-11 Sentence']);
    expect(others('On Tuesday a district court sentenced the blogger Ilse Marr to four years in a labour colony.')).toEqual(['2065-03-10 Sentence']);
    expect(others('Orla Brandt, a former mayor of Kessel, was sentenced to three years on Monday.')).toEqual(['2065-03-09 Sentence']);
  });

  it('is told by a finding of guilt', () => {
    expect(others('The Vellin criminal court found the former president guilty of conspiracy on Tuesday afternoon, and acquitted him of the other charges.')).toEqual(['2065-03-10 Sentence']);
  });

  it('is none when only threatened, asked for or not yet given', () => {
    expect(others('On Wednesday prosecutors asked the court to sentence Aram Tesk to seven years.')).toEqual([]);
    expect(others('If found guilty on Friday, Tesk could be sentenced to ten years.')).toEqual([]);
    expect(others('Tesk, who faces up to ten years in prison if convicted, arrived at court on Wednesday.').filter((e) => e.endsWith('Sentence'))).toEqual([]);
  });
});

// A verdict of innocence is the day's act of the body that gave it, as a sentence is, even of a day of the year before.
describe('a verdict of innocence', () => {
  it('is an event of its day, told by the body that gave it', () => {
    expect(others('The Cycling Integrity Board cleared her in October after finding that a cream was to blame.')).toEqual(['2064-10 Acquittal']);
    expect(others('On Tuesday a disciplinary panel cleared the sprinter Ilse Marr of doping.')).toEqual(['2065-03-10 Acquittal']);
    expect(others('An appeals tribunal in Vellin acquitted her on Monday.')).toEqual(['2065-03-09 Acquittal']);
  });

  it('is none when only sought, to come, or a deal cleared', () => {
    expect(others('On Wednesday her lawyers asked the panel to clear her of doping.')).toEqual([]);
    expect(others('The tribunal could acquit him on Friday.')).toEqual([]);
    // A road cleared is an act of its day (acts of described doers), no acquittal.
    expect(others('The commission cleared the road of snow on Monday.')).toEqual(['2065-03-09 cleared']);
  });

  it('is none when what is cleared is no one acquitted: a thing an agency passes, people moved out, a body only near the verb', () => {
    for (const body of [
      'Two vaccines were filed in January, and the agency cleared them on Monday.',
      'Firefighters from the agency cleared them out of the building on Monday.',
      'After the hearing, police cleared them from the square on Monday.',
      'After the hearing, customs cleared him through on Monday.',
    ]) {
      expect(others(body).filter((e) => e.endsWith('Acquittal')), body).toEqual([]);
    }
  });

  it('is told by its noun with its day, as a later article recalls it', () => {
    expect(others("How we got here: the board's acquittal, made public on 20 August, and the agency's appeal a month later.")).toEqual(['2064-08-20 Acquittal']);
    expect(others('Nobody has forgotten her acquittal on 3 March, least of all the prosecutors.')).toEqual(['2065-03-03 Acquittal']);
    expect(others('Ilse Marr has not raced since the acquittal of 14 January.')).toEqual(['2065-01-14 Acquittal']);
  });

  it('is none when its noun names one sought or to come', () => {
    expect(others('Her lawyers are seeking an acquittal on Friday.')).toEqual([]);
    expect(others('The acquittal on Friday would end a three-year case.')).toEqual([]);
  });

  it('still reads a body that clears a person, and a bench that clears several', () => {
    expect(others('The integrity board has cleared him on Monday.')).toEqual(['2065-03-09 Acquittal']);
    expect(others('The appeals panel cleared them on Monday after hearing the riders.')).toEqual(['2065-03-09 Acquittal']);
  });
});

describe('someone a court orders held until trial', () => {
  it('is an event of its day, between the arrest and the trial', () => {
    expect(others('A court in Vellin ordered the former mayor Aram Tesk held in jail pending trial on Tuesday.')).toEqual(['2065-03-10 Remand in custody']);
    expect(others('On Monday the judge ordered both men kept in custody until their trial.')).toEqual(['2065-03-09 Remand in custody']);
    expect(others('The blogger Ilse Marr was remanded in custody on Wednesday.')).toEqual(['2065-03-11 Remand in custody']);
  });

  it('is none asked for or feared', () => {
    expect(others('On Monday prosecutors asked the court to order him held pending trial.')).not.toContain('2065-03-09 Remand in custody');
    expect(others('He could be remanded in custody on Friday.')).toEqual([]);
  });
});

describe('a court’s order that names people held in custody', () => {
  // The held participle has to follow the ordered people themselves: one describing people released is the opposite happening.
  it('is no remand when it releases them', () => {
    expect(others('On Monday the judge ordered the release of two men held in custody since March.')).not.toContain('2065-03-09 Remand in custody');
    expect(others('A judge on Monday ordered him freed after he had been held in custody for a year.')).not.toContain('2065-03-09 Remand in custody');
    expect(others('The judge ordered the release on Monday of three men held in custody without charge.')).not.toContain('2065-03-09 Remand in custody');
    expect(others('A court on Tuesday ordered the two journalists freed on bail, after they had been held in jail for a month.')).not.toContain('2065-03-10 Remand in custody');
  });

  it('is a remand told in US phrasing: without bail, or ordered held in the passive', () => {
    expect(others('A judge ordered him held without bail on Monday.')).toContain('2065-03-09 Remand in custody');
    expect(others('He was ordered detained pending trial on Monday.')).toContain('2065-03-09 Remand in custody');
    expect(others('The two suspects were ordered held without bail on Tuesday.')).toContain('2065-03-10 Remand in custody');
  });
});
