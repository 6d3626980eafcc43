// A club's own gathering of its members (a night observing the sky, the meeting its letter tells its members of) is a happening of its day, kind other,
// no meeting of sides. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

describe("a club's own gathering", () => {
  it('is a night observing the sky', () => {
    expect(kindsNounsAndDays("Monday night's observing session on Crag Hill ended early in fog.")).toEqual([['other', 'Club gathering', '2058-03-11']]);
    expect(kindsNounsAndDays('The society will hold a stargazing evening at the reservoir on Saturday.')).toEqual([['other', 'Club gathering', '2058-03-16']]);
  });

  it("is the meeting a club's letter tells its members of, or a club's meeting", () => {
    expect(kindsNounsAndDays('Our next monthly meeting is on Thursday 21 March at 8 p.m. in the parish hall.')).toEqual([['other', 'Club gathering', '2058-03-21']]);
    expect(kindsNounsAndDays("The chess club's annual meeting is on Friday.")).toEqual([['other', 'Club gathering', '2058-03-15']]);
  });

  it("is a union branch's, a chapter's or a lodge's general meeting of its members", () => {
    expect(kindsNounsAndDays("The branch's general meeting is on Monday at 7 p.m. in the staff canteen.")).toEqual([['other', 'Club gathering', '2058-03-18']]);
    expect(kindsNounsAndDays("The nurses' union's annual meeting on Saturday re-elected its treasurer.")).toEqual([['other', 'Club gathering', '2058-03-16']]);
    expect(kindsNounsAndDays("Our chapter's spring meeting will be held on Thursday 21 March.")).toEqual([['other', 'Club gathering', '2058-03-21']]);
  });

  it("is no club's when a union of states meets", () => {
    expect(kindsNounsAndDays("The European Union's meeting on Monday agreed new sanctions.").filter(([, noun]) => noun === 'Club gathering')).toEqual([]);
  });

  it('is a meeting still when a Union by its name meets, or an Association, not lost to either row', () => {
    expect(kindsNounsAndDays("The European Union's general meeting is on Thursday.")).toEqual([['meeting', null, '2058-03-14']]);
    expect(kindsNounsAndDays("The Trade Union's annual meeting is on Thursday.")).toEqual([['meeting', null, '2058-03-14']]);
    expect(kindsNounsAndDays("The Football Association's annual meeting is on Friday.")).toEqual([['meeting', null, '2058-03-15']]);
  });

  it("is a star party, a night of its own, not one of the club's sessions", () => {
    expect(kindsNounsAndDays('The autumn star party at Crag Hill is on Saturday 16 March.')).toEqual([['other', 'Star party', '2058-03-16']]);
  });

  it("is no club's when a board or leaders meet", () => {
    expect(kindsNounsAndDays("The board's monthly meeting on Monday approved the budget.")).toEqual([['meeting', null, '2058-03-11']]);
    expect(kindsNounsAndDays('The two presidents met in Lusk on Monday for a working session.')).toEqual([['meeting', null, '2058-03-11']]);
  });

  it('is no club\'s when the meeting is with a side', () => {
    expect(kindsNounsAndDays("The club's meeting with the mayor on Tuesday was tense.")).toEqual([['meeting', null, '2058-03-12']]);
    expect(kindsNounsAndDays('Our meeting with the minister is on Tuesday.')).toEqual([['meeting', null, '2058-03-19']]);
    expect(kindsNounsAndDays("The society's annual meeting with the council's planners is on Friday.")).toEqual([['meeting', null, '2058-03-15']]);
  });
});
