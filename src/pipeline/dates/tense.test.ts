import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';
import { pastActAt, pastPerfectAt, tenseAt } from './tense.ts';

const tenseOf = (text: string, fragment: string) => tenseAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length);

describe('tenseAt', () => {
  it('prefers the verb before the expression in its clause', () => {
    expect(tenseOf('He met Putin on Thursday and will travel to Geneva.', 'Thursday')).toBe('past');
  });
  it('reads "will be held" as future, not the past participle', () => {
    expect(tenseOf('A meeting will be held on Tuesday.', 'Tuesday')).toBe('future');
  });
  it('falls back to the sentence for a fronted expression', () => {
    expect(tenseOf('On Thursday in Geneva, Umerov is scheduled to meet Witkoff.', 'Thursday')).toBe('future');
  });
  it('keeps to the sentence: "U.S." does not end it', () => {
    expect(tenseOf('Talks will resume. U.S. officials met on Friday.', 'Friday')).toBe('past');
  });
  it('is undefined without any marker', () => {
    expect(tenseOf('Talks on Friday.', 'Friday')).toBeUndefined();
  });
  it('reads a modal as looking forward', () => {
    expect(tenseOf('a roadmap that could lead to the next round in early March.', 'early March')).toBe('future');
  });
  it('takes no tense from adjectives, passive participles or proper names', () => {
    expect(tenseOf('the next round of U.S.\u2011brokered negotiations in March.', 'March')).toBe('future');
    expect(tenseOf('The talks, mediated by the United States, come days before February 24.', 'February 24')).toBeUndefined();
    expect(tenseOf('It hinges on the proposed trilateral round in March.', 'March')).toBeUndefined();
  });
  it('reads only the clause when asked to, since a year hangs on it', () => {
    const text = 'The talks, which officials said went well, come days before the anniversary on February 24.';
    expect(tenseOf(text, 'February 24')).toBe('past');
    expect(tenseAt(text, text.indexOf('February 24'), text.indexOf('February 24') + 11, 'clause')).toBeUndefined();
  });
  it('"next to" is a place, not the future', () => {
    expect(tenseOf('Hundreds were wounded in the blast next to the embassy on Friday.', 'Friday')).toBe('past');
  });
  it('a past perfect plan is past: "had been due to expire", "had been scheduled to"', () => {
    expect(tenseOf('It had been due to expire Friday evening.', 'Friday')).toBe('past');
    expect(tenseOf('The offer had been scheduled to expire at midnight Friday.', 'Friday')).toBe('past');
    expect(tenseOf('The offer is scheduled to expire Friday.', 'Friday')).toBe('future');
  });
  it('knows irregular pasts: "the bullet tore through his window Friday night"', () => {
    expect(tenseOf('The bullet tore through his kitchen window Friday night.', 'Friday')).toBe('past');
  });
  it('a modal or a participle moves a weekday ahead only beside a firm future', () => {
    const firm = (text: string, fragment: string) => tenseAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length, 'sentence', true);
    expect(firm('Neither he nor his grandparents could be located Wednesday.', 'Wednesday')).toBeUndefined();
    expect(firm('A memorial service planned at the university for Saturday was canceled.', 'Saturday')).toBeUndefined();
    expect(firm('Officials may meet Friday and will announce a deal.', 'Friday')).toBe('future');
    expect(tenseOf('Neither he nor his grandparents could be located Wednesday.', 'Wednesday')).toBe('future');
  });
});

describe('pastActAt', () => {
  const actAt = (text: string, fragment: string) => pastActAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length);
  it('is the day a simple past or past perfect governs, after "on" or at once', () => {
    expect(actAt('They met on March 3 in Geneva.', 'March 3')).toBe(true);
    expect(actAt('The trial began March 4 in Moscow.', 'March 4')).toBe(true);
    expect(actAt('Officials said they had met on March 3.', 'March 3')).toBe(true);
    expect(actAt('On March 20, the two leaders spoke by phone.', 'March 20')).toBe(true);
    // A verb phrase with a particle or a "to" of place keeps its day: the act's, not a plan's.
    expect(actAt('He was sworn in on March 14.', 'March 14')).toBe(true);
    expect(actAt('The prisoners were handed over on March 14.', 'March 14')).toBe(true);
    expect(actAt('She was laid to rest on March 14.', 'March 14')).toBe(true);
    expect(actAt('The two men were put to death on March 14.', 'March 14')).toBe(true);
    expect(actAt('He was rushed to hospital on March 14.', 'March 14')).toBe(true);
  });
  it('is not a day a deadline, a plan, an infinitive or a present governs', () => {
    expect(actAt('The company extended the offer to March 20.', 'March 20')).toBe(false);
    expect(actAt('The board has set March 20 as the deadline.', 'March 20')).toBe(false);
    expect(actAt('The two sides agreed to meet on March 20.', 'March 20')).toBe(false);
    expect(actAt('He will be sworn in on March 20.', 'March 20')).toBe(false);
    expect(actAt('The board voted to rest the case on March 20.', 'March 20')).toBe(false);
    expect(actAt('They said they would sign the deal on March 20.', 'March 20')).toBe(false);
    expect(actAt('The company said it is calling the bonds on March 20.', 'March 20')).toBe(false);
    expect(actAt('The first payment was due on March 20.', 'March 20')).toBe(false);
  });
  it('lets a past act before an infinitive keep its own day', () => {
    expect(actAt('Peskov said the two had spoken on March 18 and agreed to a truce.', 'March 18')).toBe(true);
  });
});

describe('pastPerfectAt', () => {
  const pastPerfect = (text: string, fragment: string) => pastPerfectAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length);
  it('is the verb of its clause, or of its sentence after a fronted expression, in the past perfect', () => {
    expect(pastPerfect('Overnight, police had cleared the square.', 'Overnight')).toBe(true);
    expect(pastPerfect('Engineers had patched the levee overnight, the mayor said.', 'overnight')).toBe(true);
    expect(pastPerfect('A water main had burst overnight.', 'overnight')).toBe(true);
  });
  it('is not a simple past, nor a past perfect of another clause', () => {
    expect(pastPerfect('Overnight, police cleared the square.', 'Overnight')).toBe(false);
    expect(pastPerfect('A curfew had been announced on Friday, but few heard of it overnight.', 'overnight')).toBe(false);
    expect(pastPerfect('They had talks overnight.', 'overnight')).toBe(false);
  });
});

describe('a sentence read again at another place (its markers are kept by its words)', () => {
  // A sentence's dates are read with the paragraph before it, so the same sentence comes again
  // further along the next text: its markers must stand where it stands now.
  const lastSentenceAt = (text: string, fragment: string) => text.lastIndexOf(fragment);
  it('reads the same tense and the same act whether the sentence stands alone, after another, or twice', () => {
    const alone = 'Ministers met in Geneva on Monday.';
    const after = `Talks had stalled for weeks. ${alone}`;
    const twice = `${alone} ${alone}`;
    for (const text of [alone, after, twice, alone]) {
      const at = lastSentenceAt(text, 'Monday');
      expect(tenseAt(text, at, at + 6), text).toBe('past');
      expect(pastActAt(text, at, at + 6), text).toBe(true);
    }
  });
  it('moves the markers back as well as ahead: a plan read after a telling, then alone', () => {
    const plan = 'The envoys will meet again in Doha on Friday.';
    for (const text of [`The envoys spoke on Tuesday, a spokesman said. ${plan}`, plan, `They met on Monday. ${plan}`]) {
      const at = lastSentenceAt(text, 'Friday');
      expect(tenseAt(text, at, at + 6, 'clause'), text).toBe('future');
      expect(pastActAt(text, at, at + 6), text).toBe(false);
    }
  });
});

describe('a clause with no verb of its own', () => {
  const tenseOf = (text: string, fragment: string) => tenseAt(text, text.indexOf(fragment), text.indexOf(fragment) + fragment.length, 'clause');
  it("takes its sentence's tense when set off by punctuation", () => {
    expect(tenseOf('The bonus will be paid in two instalments, in June and December.', 'December')).toBe('future');
    expect(tenseOf('Talks will lay the groundwork for a summit as early as March, officials said.', 'March')).toBeUndefined();
  });
  it('reads a long clause of names once, never splitting a name into small words ("Boston" as "Bost" + "on")', () => {
    // Each name ending in a small word doubled the ways to read the clause: 60 of them would never end.
    const names = Array.from({ length: 60 }, () => 'Boston').join(' ');
    expect(tenseOf(`The plant will close, ${names} xyzzy in March.`, 'March')).toBeUndefined();
  });
});

describe('a day of the occasion or place that opens its sentence', () => {
  const resolved = (ref: string, text: string, fragment: string) => findTemporalExpressions(text, ref).find((t) => t.text === fragment)?.value;
  it("takes the sentence's main verb, as a day opening it does", () => {
    const text = 'At a ceremony on 20 December, the minister signed the deal.';
    expect(tenseAt(text, text.indexOf('20 December'), text.indexOf('20 December') + 11, 'clause')).toBe('past');
    expect(pastActAt(text, text.indexOf('20 December'), text.indexOf('20 December') + 11)).toBe(true);
    // Written in mid-November: the December gone by, not the one six weeks ahead a past clause's deadline might be.
    expect(resolved('2025-11-15', text, '20 December')).toBe('2024-12-20');
    expect(resolved('2025-11-15', 'In his Christmas address on 24 December, Henri said it was over.', '24 December')).toBe('2024-12-24');
    expect(resolved('2025-11-15', 'In Geneva on 24 December, the ministers met.', '24 December')).toBe('2024-12-24');
  });
  it('and a verb ahead when the sentence tells one', () => {
    expect(resolved('2025-11-15', 'At the summit on 20 December, the leaders will sign the deal.', '20 December')).toBe('2025-12-20');
  });
});

// "open" and "close" after a past verb are the state a thing came to or kept, not the present of a
// timetable ("Schools reopen Monday"): the past verb before them tells the tense.
describe('"open" or "close" as a state after a past verb', () => {
  const valueOf = (text: string, ref: string, finds: string) => findTemporalExpressions(text, ref).find((e) => e.text === finds)?.value;
  it.each([
    ['This seat came open in February, when its holder retired.', '1998-11-04', 'February', '1998-02'],
    ['Its gates swung open on Monday.', '1998-11-04', 'Monday', '1998-11-02'],
    ['Two shops stayed open on Thursday.', '1998-11-04', 'Thursday', '1998-10-29'],
    ['Many polls were open on Sunday.', '1998-11-04', 'Sunday', '1998-11-01'],
  ])('%s', (text, ref, finds, value) => expect(valueOf(text, ref, finds)).toBe(value));
  it('leaves the timetable its present', () => {
    expect(valueOf('Schools reopen Monday, the ministry said.', '1998-10-07', 'Monday')).toBe('1998-10-12');
    expect(valueOf('The shops stay open on Sunday.', '1998-11-04', 'Sunday')).toBe('1998-11-08');
  });
});
