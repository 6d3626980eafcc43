// Natural hazards and the warnings they bring: the hazard striking, the warnings and orders given and lifted, and what is done to get people out of its way.
import { describe, expect, it } from 'vitest';
import { extractOne, kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th, Wednesday the 11th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');
const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a hazard striking', () => {
  it.each([
    ["One of the strongest earthquakes ever recorded struck off Orsland's Dorn Peninsula at 11:24 a.m. on Monday.", 'Earthquake'],
    ['The magnitude 8.8 earthquake off the Dorn Peninsula on Monday sent waves across the ocean.', 'Earthquake'],
    ['A second quake of 6.4 followed about twelve minutes later on Monday.', 'Aftershock'],
    ['Flash floods swept through the outskirts of Valencia on Monday.', 'Hazard struck'],
    ['Hurricane Milton made landfall near Siesta Key on Monday night.', 'Hazard struck'],
    ['The Vell burst its banks on Monday.', 'Hazard struck'],
    ['The volcano on the Reykjanes peninsula began erupting on Monday evening.', 'Eruption'],
    ['The Vell River rose 12 feet in an hour early on Monday.', 'Hazard struck'],
    ['Hurricane Ida slammed into the Louisiana coast on Monday.', 'Hazard struck'],
    ['Temperatures hit a record 44C in Brellin on Monday.', 'Heat record'],
    ['On Monday waves of up to four metres swept into the port of Kessel.', 'Waves'],
    ['A wave of 1.3 metres reached the port of Kuji on Monday afternoon.', 'Waves'],
    ['The first waves reached the islands at 7:10 p.m. on Monday.', 'Waves'],
  ])('%s', (body, noun) => {
    expect(nouns(body)).toContain(noun);
    expect(found(body).find(([, n]) => n === noun)?.[2]).toBe('2061-05-09');
  });

  it('is none in a metaphor, a storm of anything, a flood of calls or a quake foreseen', () => {
    expect(nouns('A political earthquake hit Berlin on Monday.')).toEqual([]);
    expect(nouns('A storm of criticism hit the minister on Monday.')).toEqual([]);
    expect(nouns('The helpline was flooded with calls on Monday.')).toEqual([]);
    expect(nouns('Seismologists warned on Monday that a magnitude 7 aftershock could follow.')).not.toContain('Earthquake');
    expect(nouns('Waves of migrants reached the border on Monday.')).toEqual([]);
    expect(nouns('Oil prices rose 3 percent on Monday.')).toEqual([]);
  });

  it('is none for a storm or a flood that hit no place, only a market or a party', () => {
    expect(nouns('A storm hit the markets on Monday.')).not.toContain('Hazard struck');
    expect(nouns('A storm hit Wall Street on Monday.')).not.toContain('Hazard struck');
    expect(nouns('A storm swept the party on Monday.')).not.toContain('Hazard struck');
    expect(found('A storm hit the coast on Monday.')).toContainEqual(['other', 'Hazard struck', '2061-05-09']);
    expect(found('A tornado tore through the town on Monday.')).toContainEqual(['other', 'Hazard struck', '2061-05-09']);
  });

  it('is no eruption when a place named for a mountain erupts in anger', () => {
    expect(nouns('Mount Pleasant residents erupted in anger on Monday.')).not.toContain('Eruption');
    expect(nouns('Mount Sinai Hospital erupted in protest on Monday.')).not.toContain('Eruption');
    expect(found('Mount Etna erupted on Monday.')).toContainEqual(['other', 'Eruption', '2061-05-09']);
    expect(found('Mount Ruang on the island of Tagulandang erupted on Monday.')).toContainEqual(['other', 'Eruption', '2061-05-09']);
  });

  it("takes a month after a record's “for” as the record's scope, not its day", () => {
    expect(found('Temperatures reached a record 46C, the highest for June, on Monday.')).toContainEqual(['other', 'Heat record', '2061-05-09']);
    expect(found('Temperatures hit a record high for May on Monday.')).toContainEqual(['other', 'Heat record', '2061-05-09']);
    expect(found('Temperatures hit a new May record on Monday.')).toContainEqual(['other', 'Heat record', '2061-05-09']);
  });

  it('keeps aftershocks foreseen with no day as a mention with no day, no event', () => {
    const read = extractOne('2061-05-12', 'Seismologists warned that strong aftershocks could follow for weeks.\n');
    expect(read.candidates).toEqual([]);
    expect(read.undated.map((u) => u.kind)).toEqual(['other']);
  });

  it('dates a past quake by its own day', () => {
    expect(found('A magnitude 9.0 earthquake struck the same coast on 4 November 1952.')).toEqual([['other', 'Earthquake', '1952-11-04']]);
  });
});

describe('a warning and an order against a hazard', () => {
  it.each([
    ['The Meteorological Agency issued a tsunami warning for the Pacific coast on Monday.', 'Warning'],
    ['On Monday Vell was placed under a tsunami warning.', 'Warning'],
    ['A tsunami warning for the whole state went out at 2:45 p.m. on Monday.', 'Warning'],
    ['Sirens sounded across the island on Monday.', 'Warning'],
    ['The agency downgraded its warning to an advisory early on Monday evening.', 'Warning downgraded'],
    ['The advisory itself was cancelled at 4 a.m. on Monday.', 'Warning lifted'],
    ['Mayor Ana Ruiz lifted the county\'s evacuation order on Monday.', 'Evacuation order lifted'],
    ['The governor issued a mandatory evacuation order for the coast on Monday.', 'Evacuation order'],
    ['On Monday officials ordered 40,000 residents of the coast to evacuate.', 'Evacuation order'],
    ['Mandatory evacuations were ordered for the barrier islands on Monday.', 'Evacuation order'],
    ['The National Weather Service issued a flash flood emergency for Vell County on Monday.', 'Warning'],
    ['Tokyo Electric Power pulled its workers at the plant back to high ground on Monday.', 'Evacuation'],
    ['On Monday Hilo Medical Center moved patients off its ground floor.', 'Evacuation'],
  ])('%s', (body, noun) => {
    expect(found(body)).toContainEqual(['other', noun, '2061-05-09']);
  });

  it("takes the day told right after the warning: issuing one is the warning's own telling, not a report of something else", () => {
    expect(found('The agency issued a tsunami warning on Monday.')).toEqual([['other', 'Warning', '2061-05-09']]);
    expect(found('The state was placed under a tsunami warning on Monday.')).toEqual([['other', 'Warning', '2061-05-09']]);
  });

  it('is none for a warning to anyone, a warning feared or planned, or a drill', () => {
    expect(nouns('The minister issued a warning to Moscow on Monday.')).not.toContain('Warning');
    expect(nouns('The city council declared a climate emergency on Monday.')).not.toContain('Warning');
    expect(nouns('The agency said on Monday it may issue a tsunami warning.')).not.toContain('Warning');
    expect(nouns('Sirens sounded across the island on Monday in an annual drill.')).not.toContain('Warning');
    expect(nouns('Officials said on Monday they could lift the evacuation order.')).not.toContain('Evacuation order lifted');
  });

  it("is none for a colour's alert with no hazard, nor sirens for rockets: a manhunt's or a war's", () => {
    expect(nouns('Police issued a red alert for the suspect on Monday.')).not.toContain('Warning');
    expect(nouns('The army declared a red alert on Monday after the attack.')).not.toContain('Warning');
    expect(nouns('Sirens sounded across Jerusalem on Monday as rockets were fired.')).not.toContain('Warning');
    expect(found('The Met Office issued a red weather warning on Monday.')).toContainEqual(['other', 'Warning', '2061-05-09']);
    expect(found('Forecasters issued an amber wind warning on Monday.')).toContainEqual(['other', 'Warning', '2061-05-09']);
  });

  it("reads a warning by its colour alone from a weather service or for a hazard: the Met Office's warnings go by colour", () => {
    expect(found('The Met Office issued an amber warning for the south-west on Monday.')).toContainEqual(['other', 'Warning', '2061-05-09']);
    expect(found('On Monday forecasters raised a red alert across the region.')).toContainEqual(['other', 'Warning', '2061-05-09']);
    expect(found('Officials issued a red alert for extreme temperatures on Monday.')).toContainEqual(['other', 'Warning', '2061-05-09']);
    expect(nouns('Police issued a red alert for the suspect on Monday.')).not.toContain('Warning');
  });
});
