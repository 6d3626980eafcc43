import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a delegation's journey ahead is the gathering it goes to.
const candidates = (published: string, body: string) => extractOne(published, body).candidates;
const cites = (c: { evidence: { text: string }[] }, words: string) => c.evidence.some((e) => e.text.includes(words));

describe("a delegation's journey ahead", () => {
  it('is a gathering planned where it goes, apart from the meeting its sentence points back at', () => {
    const [met, journey] = candidates('2052-04-03', 'Trump met Zelenskyy in Kyiv on Tuesday. Before that meeting, the Ukrainian delegation was then due to fly on to Geneva on Thursday.\n');
    expect(met).toMatchObject({ kind: 'meeting', status: 'occurred', date: { value: '2052-04-02' }, place: 'kyiv' });
    expect(cites(met!, 'due to fly on')).toBe(false);
    expect(journey).toMatchObject({ kind: 'meeting', status: 'planned', date: { value: '2052-04-04' }, place: 'geneva' });
  });

  it('has the state it goes to as the other side, unless the state is only its capital', () => {
    const [journey] = candidates('2052-04-03', 'The Finnish delegation was due to fly on to Kyiv on Thursday.\n');
    expect(journey).toMatchObject({ kind: 'meeting', place: 'kyiv' });
    expect(journey!.roles?.parties).toContain('ukraine');
    // A town that is no seat of government is where sides meet, not a side.
    const [elsewhere] = candidates('2052-04-03', 'The Finnish delegation was due to fly on to Geneva on Thursday.\n');
    expect(elsewhere).toMatchObject({ place: 'geneva' });
    expect(elsewhere!.roles?.parties).not.toContain('switzerland');
  });

  it('counts a quotation standing alone from the day of the story', () => {
    // A capital that stands for its state is where the team goes, not a side ("leave for Kyiv").
    const found = candidates('2052-04-05', 'Quote: "Our team will leave for Kyiv today."\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'meeting', status: 'planned', date: { value: '2052-04-05' }, place: 'kyiv' });
  });

  it("leaves anyone else's journey, and one already made, a trip", () => {
    expect(candidates('2052-04-05', 'Zelenskyy will leave for Nairobi on Saturday.\n').map((c) => c.kind)).toEqual(['other']);
    expect(candidates('2052-04-05', 'The Ukrainian delegation left for Nairobi on Friday.\n').map((c) => c.kind)).toEqual(['other']);
  });

  it('keeps a quoted "today" under a telling undated', () => {
    const found = candidates('2052-04-05', '"Our team will leave for Nairobi today," Zelenskyy said on Tuesday.\n');
    expect(found.find((c) => c.kind === 'meeting')?.date.value).not.toBe('2052-04-05');
  });
});

describe('a past journey’s clause going on to what it was for', () => {
  // Thursday 10 March 2061.
  const spanOf = (body: string, kind: string): string[] => extractOne('2061-03-10', `${body}\n`).candidates.filter((c) => c.kind === kind).map((c) => `${c.date.start}/${c.date.end}`);

  it('holds the gathering when the journey is dated, not on the news day', () => {
    expect(spanOf('Rolf Ekdahl held talks with Ivo Marek in Brenn on Tuesday, March 1. Later that week he flew to Marrow for an audience with King Alaric.', 'meeting')).toEqual(['2061-03-02/2061-03-06']);
    expect(spanOf('The Estmark premier hosted the Dorvian president in Brenn on Monday, February 28. Later that week she travelled to Ostby for an audience with Queen Edda.', 'meeting')).toContain('2061-03-01/2061-03-06');
  });
});

describe('a journey told with the gathering it is for after "to" ("travel to Jerusalem to meet …")', () => {
  // Wednesday 3 April 2052: the Thursday is the 4th; the Monday gone by the 1st.
  const told = (body: string) => candidates('2052-04-03', `${body}\n`).map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  it('is that gathering, on the journey’s day, with no trip beside it', () => {
    expect(told('This Thursday he will travel to Geneva to meet with President Karim Ostad and to lay a wreath at the memorial.')).toEqual(['meeting 2052-04-04 planned']);
    expect(told('The envoy will fly to Geneva on Thursday to see Zelenskyy.')).toEqual(['meeting 2052-04-04 planned']);
    expect(told('On Monday she travelled to Kyiv to see the foreign minister.')).toEqual(['meeting 2052-04-01 occurred']);
  });

  it('keeps setting off ("leaves for … to meet") a journey of its own', () => {
    expect(told('He leaves for Geneva on Thursday to meet Witkoff.')).toContain('other 2052-04-04 planned');
  });
});
