import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// A date in a clause ", but" opens with someone else's act is that act's day, not the day of the event before it.
const dated = (body: string) => extractOne('2061-08-03', body).candidates.map((c) => [c.kind, c.status, c.date.value]);

describe('a date in a contrasted clause with an act of its own', () => {
  it('is not the day of the event before the "but"', () => {
    expect(dated('The water summit of Namibia and Botswana opened in Rundu on Tuesday. The summit had been planned for three days, but the hosts cut it to one in July.\n')).toEqual([['summit', 'occurred', '2061-08-02']]);
    expect(dated('The bloc\'s summit in Windhoek was meant to open the season of talks, but the hosts postponed it in May.\n')).toEqual([]);
  });

  it('still dates the event by the day the act moves it to, ends it on, or by its own passive', () => {
    expect(dated('The talks of Peter Shikongo and Tebogo Masire in Maun had been meant to run all week, but the mediators ended them early on Monday.\n')).toEqual([['talks', 'occurred', '2061-08-01']]);
    expect(dated('The talks of Peter Shikongo and Tebogo Masire in Maun had been meant to run all week, but the mediators completed them on Monday.\n')).toEqual([['talks', 'occurred', '2061-08-01']]);
    expect(dated('The talks of Peter Shikongo and Tebogo Masire in Maun had been meant to run all week, but the mediators adjourned them on Monday.\n')).toEqual([['talks', 'occurred', '2061-08-01']]);
    expect(dated('The talks between Peter Shikongo and Tebogo Masire were due on Monday, but the mediators moved them to Friday.\n')).toEqual([['talks', 'planned', '2061-08-05']]);
    expect(dated('The talks between Peter Shikongo and Tebogo Masire were due on Monday, but they were moved to Friday.\n')).toEqual([['talks', 'planned', '2061-08-05']]);
  });
});
