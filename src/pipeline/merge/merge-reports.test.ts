import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { surnameReader } from './article-people.ts';
import { mergeReports } from './merge-reports.ts';
import { summarise } from './summarise.ts';
import { day, report, said } from '../../../tests/support/reports.ts';

const within = (p: string) => (p === 'geneva' ? 'switzerland' : undefined);
const isPerson = (id: string) => !['ukraine', 'russia', 'united-states'].includes(id);
const depth = (p: string) => (p === 'geneva' ? 1 : 0);

describe('mergeReports', () => {
  it('merges one call reported by two outlets in different words', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'call', participants: ['volodymyr-zelenskyy', 'donald-trump'], duration: 'PT30M' }),
        report({ article: 'b', kind: 'call', participants: ['donald-trump', 'volodymyr-zelenskyy'], duration: 'PT45M' }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    const draft = summarise(clusters[0]!, depth, isPerson);
    expect(draft.disagreements).toEqual([{ field: 'duration', claims: [{ article: 'a', value: 'PT30M' }, { article: 'b', value: 'PT45M' }] }]);
  });

  it("joins a call told in one capital's evening to the next morning's report from the other end, never another call of either day", () => {
    const call = (article: string, on: string, participants: string[], text: string) => report({ article, kind: 'call', published: on, date: day(on), participants, evidence: said(text) });
    const tokyo = call('tokyo', '2026-11-10', ['toshimitsu-motegi', 'anita-anand'], 'On November 10, commencing at 8:00 a.m., Minister Motegi held a telephone talk with Minister Anand.');
    const ottawa = call('ottawa', '2026-11-09', ['anita-anand', 'toshimitsu-motegi'], 'Minister Anand spoke this evening with Minister Motegi by phone.');
    // The same morning's second call from Tokyo, and Ottawa's other call that evening, share one end of the line only.
    const wong = call('tokyo', '2026-11-10', ['toshimitsu-motegi', 'penny-wong'], 'Following this, Minister Motegi also held a telephone talk with Minister Wong at 8:40 a.m.');
    const lammy = call('ottawa', '2026-11-09', ['anita-anand', 'david-lammy'], 'Minister Anand also spoke this evening with Foreign Secretary Lammy by phone.');
    for (const order of [[tokyo, ottawa, wong, lammy], [lammy, wong, ottawa, tokyo]]) {
      const clusters = mergeReports(order, within, isPerson);
      expect(clusters.map((c) => c.members.map((m) => m.participants.join('+')).sort())).toHaveLength(3);
      expect(clusters.find((c) => c.members.includes(tokyo))!.members).toEqual(expect.arrayContaining([tokyo, ottawa]));
      expect(clusters.find((c) => c.members.includes(wong))!.members).toEqual([wong]);
      expect(clusters.find((c) => c.members.includes(lammy))!.members).toEqual([lammy]);
    }
  });

  it('joins a call told only by its countries to the call of its day whose speakers are known to speak for each of them, not one whose other end is unknown', () => {
    const countries = ['kazakhstan', 'azerbaijan', 'uzbekistan', 'armenia'];
    const person = (id: string) => !countries.includes(id);
    const sideOf = (p: string) => ({ 'kassym-jomart-tokayev': 'kazakhstan', 'ilham-aliyev': 'azerbaijan', 'nikol-pashinyan': 'armenia' })[p];
    const call = (article: string, participants: string[], text: string) => report({ article, kind: 'call', participants, mentions: participants, evidence: said(text) });
    const astana = call('astana', ['kassym-jomart-tokayev', 'ilham-aliyev'], 'Head of State Kassym-Jomart Tokayev held a telephone conversation with Ilham Aliyev.');
    // The other end of this call speaks for a country no article gives: it may be spoken for, no more.
    const tashkent = call('tashkent', ['shavkat-mirziyoyev', 'kassym-jomart-tokayev'], 'Shavkat Mirziyoyev held a telephone conversation with Kassym-Jomart Tokayev.');
    for (const text of ['The presidents of Kazakhstan and Azerbaijan spoke by phone on Monday.', 'Kazakh and Azerbaijani leaders discussed Caspian transit in a phone call, officials in Astana and Baku said.']) {
      const wire = call('wire', ['kazakhstan', 'azerbaijan'], text);
      for (const order of [[astana, tashkent, wire], [wire, tashkent, astana]]) {
        const clusters = mergeReports(order, within, person, sideOf);
        expect(clusters).toHaveLength(2);
        expect(clusters.find((c) => c.members.includes(wire))!.members).toContain(astana);
      }
      // Two calls of its day whose speakers both speak for each of its countries: it joins neither.
      const yerevan = call('yerevan', ['kassym-jomart-tokayev', 'nikol-pashinyan'], 'Nikol Pashinyan held a telephone conversation with Kassym-Jomart Tokayev.');
      const armenian = call('wire2', ['kazakhstan', 'armenia'], text.replace(/Azerbaijan(i)?/g, (_, adj) => (adj ? 'Armenian' : 'Armenia')));
      const ministers = call('baku', ['murat-nurtleu', 'jeyhun-bayramov'], 'Foreign Minister Jeyhun Bayramov held a phone call with his Kazakh counterpart Murat Nurtleu.');
      const sidesWithMinisters = (p: string) => sideOf(p) ?? ({ 'murat-nurtleu': 'kazakhstan', 'jeyhun-bayramov': 'azerbaijan' } as Record<string, string>)[p];
      for (const order of [[astana, ministers, wire], [wire, ministers, astana]]) {
        expect(mergeReports(order, within, person, sidesWithMinisters).find((c) => c.members.includes(wire))!.members).toEqual([wire]);
      }
      expect(mergeReports([astana, yerevan, armenian], within, person, sideOf).find((c) => c.members.includes(armenian))!.members).toContain(yerevan);
    }
  });

  it('keeps two calls of one day apart when different people spoke', () => {
    const clusters = mergeReports(
      [report({ article: 'a', kind: 'call', participants: ['donald-trump', 'vladimir-putin'] }), report({ article: 'a', kind: 'call', participants: ['volodymyr-zelenskyy', 'donald-trump'] })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('joins a call report that kept only its source to the call whose two ends its sentence names, and no other call of that day', () => {
    const people = ['donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy', 'yuri-ushakov'];
    const one = (id: string) => people.includes(id);
    const washington = report({ article: 'a', kind: 'call', participants: ['vladimir-putin'], mentions: ['donald-trump', 'vladimir-putin'] });
    const kyiv = report({ article: 'b', kind: 'call', participants: ['volodymyr-zelenskyy', 'donald-trump'], mentions: ['volodymyr-zelenskyy', 'donald-trump', 'vladimir-putin'] });
    const moscow = report({ article: 'c', kind: 'call', participants: ['yuri-ushakov'], mentions: ['vladimir-putin', 'donald-trump', 'yuri-ushakov'] });
    const clusters = mergeReports([washington, kyiv, moscow], within, one);
    expect(clusters.map((c) => c.members.map((m) => m.article))).toEqual([['a', 'c'], ['b']]);
  });

  it.each([
    ['Mr Dar arrived in Tashkent on Tuesday on a two-day official visit.', 'Dar on Wednesday held parleys with his Uzbek counterpart.'],
    ['The minister is in Accra from Tuesday to Wednesday for an official visit.', 'Kamau and Mensah held talks in Accra on Wednesday.'],
  ])('dates the talks held on a visit of days by their own day, not the visit\'s span: %s', (visitText, talksText) => {
    const people = (id: string) => id.includes('-');
    const visit = report({ article: 'a', kind: 'other', noun: 'Visit', place: 'accra', date: day('2026-11-17', '2026-11-18'), participants: ['wanjiru-kamau'], evidence: said(visitText) });
    const talks = (text: string) => report({ article: 'a', kind: 'talks', place: 'accra', date: day('2026-11-18'), participants: ['wanjiru-kamau', 'kofi-mensah'], evidence: said(text, 1) });
    const [event] = mergeReports([visit, talks(talksText)], within, people);
    expect(event!.members).toHaveLength(2);
    expect(summarise(event!, depth, people).date).toMatchObject({ start: '2026-11-18', end: '2026-11-18' });
    // A gathering told as going on for days ("opened on Wednesday") keeps the span the visit gives.
    const [summit] = mergeReports([visit, talks('The forum opened in Accra on Wednesday.')], within, people);
    expect(summarise(summit!, depth, people).date).toMatchObject({ start: '2026-11-17', end: '2026-11-18' });
  });

  it('makes a visit and the talks held on it one event, named by the talks', () => {
    const people = (id: string) => id.includes('-');
    const visit = report({ article: 'a', kind: 'other', noun: 'Visit', status: 'planned', participants: ['wanjiru-kamau'], mentions: ['wanjiru-kamau', 'accra'], evidence: said('Kamau will pay a state visit to Accra on Monday') });
    const talks = report({ article: 'b', kind: 'talks', place: 'accra', participants: ['wanjiru-kamau', 'kofi-mensah'], mentions: ['accra', 'kofi-mensah', 'wanjiru-kamau'] });
    const clusters = mergeReports([visit, talks], within, people);
    expect(clusters.map((c) => c.members.map((m) => m.article))).toEqual([['a', 'b']]);
    expect(summarise(clusters[0]!, depth, people)).toMatchObject({ kind: 'talks' });
    expect(summarise(clusters[0]!, depth, people)).not.toHaveProperty('noun');
  });

  it('keeps a trip on its way apart from the talks of its day, and a visit apart from the talks of the next day', () => {
    const people = (id: string) => id.includes('-');
    const talks = report({ article: 'b', kind: 'talks', place: 'miami', date: day('2026-02-25', '2026-02-26'), participants: ['rustem-umerov', 'steve-witkoff'] });
    const leaving = report({ article: 'a', kind: 'other', noun: 'Trip', participants: ['rustem-umerov'], mentions: ['rustem-umerov', 'steve-witkoff'], evidence: said('Umerov leaves for the US to meet Witkoff') });
    const eve = report({ article: 'c', kind: 'other', noun: 'Visit', date: day('2026-02-24'), place: 'miami', participants: ['rustem-umerov', 'steve-witkoff'], evidence: said('Umerov began a visit to Miami') });
    expect(mergeReports([talks, leaving, eve], within, people)).toHaveLength(3);
  });

  it('makes a held meeting one event with the plan it followed a week after a calling-off', () => {
    const people = (id: string) => id.includes('-');
    const pair = ['tiago-rezende', 'marta-gouveia'];
    const plan = report({ article: 'a', published: '2047-03-11', kind: 'talks', status: 'planned', date: day('2047-03-14'), participants: pair, evidence: said('Rezende will fly to Lisbon on Thursday for talks with Gouveia') });
    const held = report({ article: 'b', published: '2047-03-22', kind: 'meeting', date: day('2047-03-21'), place: 'lisbon', participants: pair, evidence: said("Rezende and Gouveia met in Lisbon on Thursday, a week after Rezende's first trip was called off") });
    const again = report({ article: 'c', published: '2047-03-22', kind: 'meeting', date: day('2047-03-21'), place: 'lisbon', participants: pair, evidence: said('Rezende and Gouveia met in Lisbon on Thursday') });
    expect(mergeReports([plan, held], within, people)).toHaveLength(1);
    expect(mergeReports([plan, again], within, people)).toHaveLength(2);
  });

  it('merges a meeting "in Switzerland" with one "in Geneva", and keeps the more precise place', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'meeting', place: 'geneva', participants: ['rustem-umerov'] }),
        report({ article: 'b', kind: 'talks', place: 'switzerland', participants: ['rustem-umerov', 'steve-witkoff'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson)).toMatchObject({ kind: 'meeting', place: 'geneva', participants: ['rustem-umerov', 'steve-witkoff'] });
  });

  it('does not let a vague month swallow an unrelated event of that month', () => {
    const march = { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' as const, qualifier: 'early' };
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', date: march, participants: ['russia'] }),
        report({ article: 'b', kind: 'talks', date: { value: '2026-03-02', start: '2026-03-02', end: '2026-03-02', precision: 'day' }, participants: ['jane-doe'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('takes the day it happened over the month it was planned for, and the status of the latest report', () => {
    const march = { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' as const };
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', status: 'planned', date: { ...march, qualifier: 'early' }, participants: ['russia'] }),
        report({ article: 'b', kind: 'summit', status: 'planned', date: { ...march, qualifier: 'as early as' }, participants: ['russia'] }),
        report({ article: 'c', kind: 'talks', published: '2026-03-06', status: 'occurred', date: { value: '2026-03-05', start: '2026-03-05', end: '2026-03-05', precision: 'day' }, participants: ['russia'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    const draft = summarise(clusters[0]!, depth, isPerson);
    expect(draft.date).toMatchObject({ value: '2026-03-05', precision: 'day' });
    expect(draft.status).toBe('occurred');
    expect(draft.kind).toBe('talks');
  });

  it('records a date disagreement between sources that give different days', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', place: 'geneva', date: { value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' } }),
        report({ article: 'b', kind: 'talks', place: 'geneva', date: { value: '2026-02-18', start: '2026-02-18', end: '2026-02-18', precision: 'day' } }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).disagreements[0]).toMatchObject({ field: 'date' });
  });
});

describe('mergeReports: one happening, several reports', () => {
  const talks = (article: string, date: ReturnType<typeof day>, over: Partial<CandidateEvent> = {}) =>
    report({ article, kind: 'talks', date, participants: ['steve-witkoff', 'rustem-umerov'], place: 'geneva', ...over });

  it('makes a round that "began on Tuesday" in one report and "ended on Wednesday" in another one event over both days', () => {
    const clusters = mergeReports([talks('a', day('2026-02-17'), { evidence: said('The talks began on Tuesday.') }), talks('b', day('2026-02-18'), { evidence: said('The talks ended on Wednesday.') })], within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date).toEqual({ value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' });
  });

  it('keeps apart meetings of the same people on following days when no report tells of days going on (Geneva on Monday, Miami on Tuesday)', () => {
    const met = (article: string, date: ReturnType<typeof day>, place: string) => talks(article, date, { kind: 'meeting', place, evidence: said('The envoys met.') });
    expect(mergeReports([met('a', day('2026-11-16'), 'geneva'), met('b', day('2026-11-17'), 'miami')], within, isPerson)).toHaveLength(2);
  });

  it('makes a report of the wrong weekday one event with the right one when a correction names it, dated by the correction', () => {
    const met = (article: string, date: ReturnType<typeof day>, text: string, sentence = 0) => talks(article, date, { kind: 'meeting', place: 'vilnius', published: '2026-11-26', evidence: said(text, sentence) });
    const wrong = met('a', day('2026-11-23'), 'The ministers met in Vilnius on Monday.');
    const right = met('b', day('2026-11-24'), 'The ministers met in Vilnius on Tuesday.');
    const retraction = met('c', day('2026-11-23'), 'Correction: A report on the meeting said it took place on Monday.');
    const corrected = met('c', day('2026-11-24'), 'The ministers met on Tuesday, November 24.', 1);
    const clusters = mergeReports([wrong, right, retraction, corrected], within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2026-11-24');
    // Without the correction the two days stay two meetings.
    expect(mergeReports([wrong, right], within, isPerson)).toHaveLength(2);
  });

  it('joins "two days of talks" ending on a weekday to the span another report gives', () => {
    const clusters = mergeReports([talks('a', day('2025-12-04', '2025-12-05')), talks('b', day('2025-12-05'), { kind: 'meeting' })], within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2025-12-04/2025-12-05');
  });

  it('dates a round by the span its latest plan gave when reports of its first and last days fall inside it, and gathers them whatever the order', () => {
    const forum = (article: string, date: ReturnType<typeof day>, over: Partial<CandidateEvent> = {}) => report({ article, kind: 'meeting', date, participants: [], place: 'geneva', ...over });
    const plan = forum('plan', day('2025-01-20', '2025-01-24'), { status: 'planned', published: '2025-01-17' });
    // The two reports of the last day meet each other first, the country's report joining the town's.
    const reports = [forum('opened', day('2025-01-20'), { published: '2025-01-20' }), forum('closed', day('2025-01-24'), { published: '2025-01-27' }), forum('also-closed', day('2025-01-24'), { published: '2025-01-27', place: 'switzerland' }), plan];
    const clusters = mergeReports(reports, within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2025-01-20/2025-01-24');
    // A later plan of fewer days ("cut to a single day") is the plan that stands.
    const cut = forum('cut', day('2025-01-20'), { status: 'planned', published: '2025-01-18' });
    expect(summarise(mergeReports([plan, cut, reports[0]!], within, isPerson)[0]!, depth, isPerson).date.value).toBe('2025-01-20');
  });

  it('keeps apart calls of the same people on following days: only a gathering goes on for days', () => {
    const call = (article: string, date: ReturnType<typeof day>) => report({ article, kind: 'call', date, participants: ['donald-trump', 'vladimir-putin'] });
    expect(mergeReports([call('a', day('2026-03-09')), call('b', day('2026-03-10'))], within, isPerson)).toHaveLength(2);
  });

  it('keeps apart two meetings of one person with two others on one day in one city, unless the two speak for one side', () => {
    const met = (article: string, other: string) => report({ article, kind: 'meeting', participants: ['donald-trump', other], place: 'new-york' });
    expect(mergeReports([met('a', 'javier-milei'), met('b', 'antonio-guterres')], within, isPerson)).toHaveLength(2);
    const sideOf = (p: string) => (['steve-witkoff', 'jared-kushner'].includes(p) ? 'united-states' : undefined);
    expect(mergeReports([met('a', 'steve-witkoff'), met('b', 'jared-kushner')], within, isPerson, sideOf)).toHaveLength(1);
  });

  describe('keeps apart a gathering its article tells as the next or the one before of its day, with someone the other lacks', () => {
    const sideOf = (p: string) => (['badr-albusaidi', 'haitham-bin-tarik', 'hamad-al-busaidi'].includes(p) ? 'oman' : p === 's-jaishankar' ? 'india' : undefined);
    const talks = report({ article: 'a', kind: 'talks', date: day('2026-11-26'), participants: ['s-jaishankar', 'badr-albusaidi'], evidence: said('Jaishankar on Thursday held talks with his Omani counterpart Badr Albusaidi', 0) });
    const next = (text: string, participants = ['s-jaishankar', 'haitham-bin-tarik']) => report({ article: 'a', kind: 'meeting', date: day('2026-11-26'), place: 'muscat', participants, evidence: said(text, 3) });
    it.each([
      'Later in the day, the minister called on Sultan Haitham bin Tarik at Al Alam Palace',
      'Afterwards Jaishankar was received by Sultan Haitham bin Tarik at Al Alam Palace',
      'Earlier that day, he had met Sultan Haitham bin Tarik for breakfast at the palace',
      'Jaishankar later that day called on the Sultan, who received him at Al Alam Palace',
      // A daily's bare 'Later,' and an agency protocol's 'On the same day,'.
      'Later, the external affairs minister called on Sultan Haitham bin Tarik',
      'On the same day, the guest was received by Sultan Haitham bin Tarik at Al Alam Palace',
    ])('%s', (text) => {
      expect(mergeReports([talks, next(text)], within, isPerson, sideOf)).toHaveLength(2);
      expect(mergeReports([next(text), talks], within, isPerson, sideOf)).toHaveLength(2);
    });
    it('but not the same table going on later that day, nor a later report of it in another article', () => {
      expect(mergeReports([talks, next('Later in the day, the two ministers signed a memorandum on shipping', ['s-jaishankar', 'badr-albusaidi'])], within, isPerson, sideOf)).toHaveLength(1);
      expect(mergeReports([talks, { ...next('Later in the day, Jaishankar met Sultan Haitham bin Tarik'), article: 'b' }], within, isPerson, sideOf)).toHaveLength(1);
    });
  });

  describe('keeps apart a gathering its article sets apart ("Separately, …") when none of its people are at the gathering its article told', () => {
    const isSomeone = (id: string) => id.includes('-');
    const leaders = (article: string, participants: string[], text: string) => report({ article, kind: 'meeting', date: day('2031-04-09'), place: 'vilnius', participants, evidence: said(text, 0) });
    const presidents = leaders('a', ['ines-varga', 'tomas-kral'], 'President Ines Varga hosted her Czech counterpart Tomas Kral in Vilnius on Wednesday');
    // Another outlet seats the foreign minister at the presidents' table too.
    const seated = leaders('b', ['ines-varga', 'tomas-kral', 'petra-novak'], 'Kral, accompanied by Foreign Minister Petra Novak, was received by Varga on Wednesday');
    const apart = (text: string) => report({ article: 'a', kind: 'meeting', date: day('2031-04-09'), participants: ['lukas-marin', 'petra-novak'], evidence: said(text, 4) });
    it.each([
      // A wire's plain paragraph, and a ministry's web copy.
      'Separately, Foreign Minister Lukas Marin received his Czech counterpart Petra Novak at the ministry on Wednesday morning',
      'In a separate meeting on Wednesday, the foreign ministers, Lukas Marin and Petra Novak, reviewed the consular agreement',
      'Meanwhile, Lukas Marin held talks with Petra Novak over breakfast',
    ])('%s', (text) => {
      for (const order of [[presidents, seated, apart(text)], [apart(text), presidents, seated], [presidents, apart(text), seated]]) {
        const clusters = mergeReports(order, within, isSomeone);
        expect(clusters.map((c) => c.members.map((m) => m.participants.includes('lukas-marin')))).toEqual(expect.arrayContaining([[true]]));
        expect(clusters).toHaveLength(2);
      }
    });
    it('but not the same people set apart, nor one with someone of the told gathering', () => {
      const same = report({ article: 'a', kind: 'meeting', date: day('2031-04-09'), participants: ['ines-varga', 'tomas-kral'], evidence: said('Separately, Varga and Kral signed a memorandum on rail links', 5) });
      expect(mergeReports([presidents, same], within, isSomeone)).toHaveLength(1);
      const withHost = report({ article: 'a', kind: 'meeting', date: day('2031-04-09'), participants: ['ines-varga', 'petra-novak'], evidence: said('Separately, Varga received Novak for a short meeting', 5) });
      expect(mergeReports([presidents, seated, withHost], within, isSomeone)).toHaveLength(1);
    });
  });

  it('joins days of talks that began with one counterpart to the round with another ("began two days of talks … with a meeting with Jaishankar", the round with Doval)', () => {
    const talks = (article: string, other: string, date: ReturnType<typeof day>) => report({ article, kind: 'talks', participants: ['wang-yi', other], place: 'new-delhi', date });
    expect(mergeReports([talks('a', 'ajit-doval', day('2025-08-19')), talks('b', 's-jaishankar', day('2025-08-18', '2025-08-19'))], within, isPerson)).toHaveLength(1);
    // Each of one day, they are two tables.
    expect(mergeReports([talks('a', 'ajit-doval', day('2025-08-19')), talks('b', 's-jaishankar', day('2025-08-19'))], within, isPerson)).toHaveLength(2);
  });

  it('keeps apart one person meeting two delegations on one day: Trump with Erdogan is not Trump with Sharif and Munir', () => {
    const sideOf = (p: string) => ({ 'shehbaz-sharif': 'pakistan', 'asim-munir': 'pakistan', 'tayyip-erdogan': 'turkiye', 'hakan-fidan': 'turkiye' })[p];
    const met = (article: string, ...others: string[]) => report({ article, kind: 'meeting', participants: ['donald-trump', ...others], place: 'washington' });
    expect(mergeReports([met('a', 'shehbaz-sharif', 'asim-munir'), met('b', 'tayyip-erdogan')], within, isPerson, sideOf)).toHaveLength(2);
    // One delegation named by two of its people is one meeting; so is a table of four told by two of them.
    expect(mergeReports([met('a', 'tayyip-erdogan'), met('b', 'hakan-fidan', 'tayyip-erdogan')], within, isPerson, sideOf)).toHaveLength(1);
    expect(mergeReports([met('a', 'shehbaz-sharif', 'asim-munir', 'tayyip-erdogan'), met('b', 'hakan-fidan')], within, isPerson, sideOf)).toHaveLength(1);
  });

  it('lets a report naming no one that two events of its day fit as well stand apart, whatever the order', () => {
    const met = (article: string, others: string[], published = '2026-02-25') => report({ article, kind: 'meeting', participants: others, place: 'washington', published });
    const nameless = met('c', [], '2026-02-26');
    const reports = [met('a', ['donald-trump', 'tayyip-erdogan']), met('b', ['donald-trump', 'javier-milei']), nameless];
    for (const order of [reports, [...reports].reverse()]) {
      const clusters = mergeReports(order, within, isPerson);
      expect(clusters.map((c) => c.members.map((m) => m.article).join())).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    }
    // With one event of its day to fit, it joins it.
    expect(mergeReports([reports[0]!, nameless], within, isPerson)).toHaveLength(1);
  });

  it('keeps a nameless report of another sort apart from another article\'s named event of its day, unless its sentence names something of it', () => {
    const reception = report({ article: 'a', kind: 'meeting', date: day('2026-11-23'), participants: ['halla-moreno', 'tomas-brill'], mentions: ['halla-moreno', 'tomas-brill', 'rail-link'], place: 'valmora', evidence: said('Mayor Halla Moreno received Tomas Brill at city hall on Monday.') });
    const talks = (article: string, text: string, mentions: string[] = []) => report({ article, kind: 'talks', date: day('2026-11-23'), mentions, evidence: said(text) });
    for (const text of ['Talks on the fishing quota resumed on Monday after a week-long pause.', 'Negotiators were back at the table on Monday, officials said.']) {
      for (const order of [(x: CandidateEvent[]) => x, (x: CandidateEvent[]) => [...x].reverse()]) {
        expect(mergeReports(order([reception, talks('b', text)]), within, isPerson)).toHaveLength(2);
        // Two such reports of two more articles: neither joins the reception, nor each other.
        expect(mergeReports(order([reception, talks('b', text), talks('c', 'The talks went on into the evening on Monday.')]), within, isPerson)).toHaveLength(3);
      }
    }
    // Near misses: a nameless meeting of the day still joins it, and so do talks naming what the reception's sentences name.
    expect(mergeReports([reception, report({ article: 'd', kind: 'meeting', date: day('2026-11-23'), evidence: said('The meeting on Monday lasted an hour.') })], within, isPerson)).toHaveLength(1);
    expect(mergeReports([reception, talks('e', 'Talks on the rail link went on through Monday.', ['rail-link'])], within, isPerson)).toHaveLength(1);
  });

  it('keeps apart reports of other articles that name no one and nowhere: a day alone is no tie between them', () => {
    const plan = (article: string, text: string) => report({ article, kind: 'meeting', status: 'planned', date: day('2026-11-24'), participants: [], place: null, evidence: said(text) });
    const held = (article: string, text: string) => report({ article, kind: 'meeting', date: day('2026-11-23'), participants: [], place: null, evidence: said(text) });
    for (const order of [(x: CandidateEvent[]) => x, (x: CandidateEvent[]) => [...x].reverse()]) {
      // A local paper's county board and a podcast's "he'll meet the commerce secretary", both on Tuesday.
      expect(mergeReports(order([plan('a', "Scott County's fiscal court will hold a public meeting on the plant's expansion on Tuesday."), plan('b', "He'll meet the commerce secretary on Tuesday, if the schedule holds.")]), within, isPerson)).toHaveLength(2);
      expect(mergeReports(order([plan('c', 'The board is due to meet on Tuesday to vote on the budget.'), plan('d', 'They are expected to sit down again on Tuesday, an aide said.')]), within, isPerson)).toHaveLength(2);
      expect(mergeReports(order([held('e', 'The council met behind closed doors on Monday.'), held('f', 'On Monday the committee met for three hours.')]), within, isPerson)).toHaveLength(2);
    }
    // Near misses: one article's two nameless reports of its day are one meeting; a nameless report joins the one named event of its day.
    expect(mergeReports([plan('g', 'The board will meet on Tuesday.'), plan('g', 'That meeting on Tuesday is open to the public.')], within, isPerson)).toHaveLength(1);
    const named = report({ article: 'h', kind: 'meeting', status: 'planned', date: day('2026-11-24'), participants: ['ryosei-akazawa', 'howard-lutnick'], place: 'washington' });
    expect(mergeReports([named, plan('i', "He'll meet the commerce secretary on Tuesday.")], within, isPerson)).toHaveLength(1);
  });

  it('keeps apart gatherings on following days with other parties at the table', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', date: day('2025-12-19'), participants: ['ukraine', 'united-states'], place: 'geneva' }),
        report({ article: 'a', kind: 'talks', date: day('2025-12-20'), participants: ['russia', 'united-states'], place: 'geneva' }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('does not join gatherings on following days that share one person and no place', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'meeting', date: day('2026-01-22'), participants: ['donald-trump', 'volodymyr-zelenskyy'] }),
        report({ article: 'b', kind: 'talks', date: day('2026-01-23'), participants: ['donald-trump'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('does not join gatherings of different people on following days', () => {
    const clusters = mergeReports([talks('a', day('2026-02-17')), talks('b', day('2026-02-18'), { participants: ['jared-kushner'], place: null })], within, isPerson);
    expect(clusters).toHaveLength(2);
  });

  it('joins a plan to its occurrence on the planned day, and dates it by the occurrence', () => {
    const clusters = mergeReports(
      [talks('plan', day('2025-12-02'), { status: 'planned', published: '2025-11-26' }), talks('held', day('2025-12-02'), { published: '2025-12-03' })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson)).toMatchObject({ status: 'occurred', date: { value: '2025-12-02' } });
  });

  it('dates a round planned for one day and held on the next by the day it was held, not both', () => {
    const clusters = mergeReports(
      [talks('plan', day('2026-02-12'), { status: 'planned', published: '2026-02-09' }), talks('held', day('2026-02-13'), { published: '2026-02-13' }), talks('later', day('2026-02-13'), { published: '2026-02-16' })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2026-02-13');
  });

  it('follows a plan moved to other days, dated by where it moved', () => {
    const clusters = mergeReports(
      [
        talks('a', day('2026-02-01'), { status: 'planned', published: '2026-01-25' }),
        talks('b', day('2026-02-04', '2026-02-05'), { status: 'planned', published: '2026-02-01', evidence: said('The round was postponed to Wednesday and Thursday.') }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2026-02-04/2026-02-05');
  });

  it('follows a postponed plan of the same two people to another place, and places it where it was held', () => {
    const clusters = mergeReports(
      [
        talks('set', day('2025-05-03'), { status: 'planned', published: '2025-04-28', place: 'rome' }),
        talks('new', day('2025-05-11'), { status: 'planned', published: '2025-05-09', place: 'muscat', evidence: said('The postponed round will be held in Muscat on Sunday.') }),
        talks('held', day('2025-05-11'), { published: '2025-05-11', place: 'muscat' }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson)).toMatchObject({ date: { value: '2025-05-11' }, place: 'muscat' });
  });

  it('does not take a postponed round into an earlier one of the same people already reported held', () => {
    const clusters = mergeReports(
      [
        talks('held', day('2025-04-12'), { published: '2025-04-12', place: 'muscat' }),
        talks('new', day('2025-05-11'), { status: 'planned', published: '2025-05-09', place: 'muscat', evidence: said('The postponed round will be held in Muscat on Sunday.') }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('dates an event by the day inside the month another report gives, not by the month', () => {
    const clusters = mergeReports(
      [talks('plan', day('2025-07-28'), { status: 'planned', published: '2025-07-27' }), talks('day', day('2025-07-28'), { status: 'planned', published: '2025-07-28' }), talks('month', { value: '2025-07', start: '2025-07-01', end: '2025-07-31', precision: 'month' }, { published: '2025-09-10' })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2025-07-28');
  });

  it('does not join another plan of the same people a week away when nothing says it moved', () => {
    const clusters = mergeReports([talks('a', day('2026-02-01'), { status: 'planned' }), talks('b', day('2026-02-08'), { status: 'planned' })], within, isPerson);
    expect(clusters).toHaveLength(2);
  });

  it('joins a month to a day in it when the same people are named', () => {
    const clusters = mergeReports([talks('a', day('2026-03-05')), talks('b', { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' })], within, isPerson);
    expect(clusters).toHaveLength(1);
  });

  it('joins a call its article names only by countries to the call it names the leaders of, on that day', () => {
    const clusters = mergeReports(
      [report({ article: 'a', kind: 'call', participants: ['united-states'] }), report({ article: 'a', kind: 'call', participants: ['vladimir-putin', 'donald-trump'] })],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(1);
  });
});

describe('mergeReports: a trip put off, then held', () => {
  const plan = report({
    article: 'a',
    kind: 'talks',
    status: 'planned',
    published: '2025-07-14',
    date: day('2025-07-16'),
    participants: ['maros-sefcovic', 'howard-lutnick'],
    mentions: ['brussels', 'maros-sefcovic', 'washington', 'howard-lutnick'],
    evidence: said('Maros Sefcovic will travel to Washington on Wednesday for talks with Howard Lutnick.'),
  });
  const held = (text: string) =>
    report({ article: 'b', kind: 'meeting', published: '2025-07-24', date: day('2025-07-23'), participants: ['howard-lutnick'], place: 'washington', mentions: ['howard-lutnick', 'washington'], evidence: said(text) });

  it('joins the plan that said only where it was going to the round held a week later ("a week later than first planned")', () => {
    expect(mergeReports([plan, held('Maros Sefcovic met Howard Lutnick in Washington on Wednesday, a week later than first planned.')], within, isPerson)).toHaveLength(1);
  });

  it('does not when nothing says the plan moved, or the round is somewhere the plan did not name', () => {
    expect(mergeReports([plan, held('Maros Sefcovic met Howard Lutnick in Washington on Wednesday.')], within, isPerson)).toHaveLength(2);
    const elsewhere = { ...held('Maros Sefcovic met Howard Lutnick in Chicago on Wednesday, a week later than first planned.'), place: 'chicago', mentions: ['howard-lutnick', 'chicago'] };
    expect(mergeReports([plan, elsewhere], within, isPerson)).toHaveLength(2);
  });
});

describe('mergeReports: a call report naming only the countries on the line', () => {
  // Macron's country is not known (no description, no affiliation): it rules nothing out.
  const sideOf = (p: string) => ({ 'volodymyr-zelenskyy': 'ukraine', 'mark-carney': 'canada' })[p];
  const call = (article: string, participants: string[], sides: string[] = []) =>
    report({ article, kind: 'call', date: day('2025-11-22'), participants, roles: { parties: [], mediators: [], present: [], mentioned: [], sides } });
  const zelensky = call('a', ['emmanuel-macron', 'volodymyr-zelenskyy']);
  const carney = call('b', ['mark-carney', 'emmanuel-macron']);
  const kyiv = call('c', ['ukraine'], ['france']);

  it('joins the one call of its day a speaker of which speaks for one of them ("the call with the French president, officials in Kyiv said")', () => {
    const articles = mergeReports([zelensky, carney, kyiv], within, isPerson, sideOf).map((c) => c.members.map((m) => m.article).join(' ')).sort();
    expect(articles).toEqual(['a c', 'b']);
  });

  it('joins neither of two calls its countries fit as well, nor a call whose known speakers speak for none of them', () => {
    const trump = call('d', ['donald-trump', 'volodymyr-zelenskyy']);
    expect(mergeReports([zelensky, trump, kyiv], within, isPerson, sideOf)).toHaveLength(3);
    expect(mergeReports([carney, call('e', ['russia'])], within, isPerson, (p) => ({ 'mark-carney': 'canada', 'emmanuel-macron': 'france' })[p])).toHaveLength(2);
  });
});

describe('mergeReports: places named at different levels', () => {
  const inCountry = (p: string) => ({ miami: 'united-states', 'hallandale-beach': 'united-states', geneva: 'switzerland', riyadh: 'saudi-arabia' })[p];
  const met = (article: string, place: string, participants = ['steve-witkoff', 'rustem-umerov']) => report({ article, kind: 'talks', place, participants });

  it('joins one gathering of the same people in two places of one country (an outlet names the nearest big city)', () => {
    expect(mergeReports([met('a', 'miami'), met('b', 'hallandale-beach')], inCountry, isPerson)).toHaveLength(1);
  });

  it('keeps apart two places of one country with one person in common, and places in two countries whoever is there', () => {
    expect(mergeReports([met('a', 'miami'), met('b', 'hallandale-beach', ['steve-witkoff', 'kirill-dmitriev'])], inCountry, isPerson)).toHaveLength(2);
    expect(mergeReports([met('a', 'geneva'), met('b', 'riyadh')], inCountry, isPerson)).toHaveLength(2);
  });
});

describe('mergeReports: a gathering named by its country, its city or its venue', () => {
  const chain = (p: string) => ({ istanbul: 'turkiye', ankara: 'turkiye' })[p];
  const onMap = (p: string) => p !== 'dolmabahce-palace';
  const sideOf = (p: string) => ({ 'rustem-umerov': 'ukraine', 'vladimir-medinsky': 'russia', 'volodymyr-zelenskyy': 'ukraine' })[p];
  const plan = report({ article: 'plan', kind: 'talks', status: 'planned', date: day('2025-05-16'), participants: ['russia', 'ukraine'], place: 'istanbul' });
  const inTurkey = report({ article: 'recap', kind: 'meeting', date: { value: '2025-05', start: '2025-05-01', end: '2025-05-31', precision: 'month' }, participants: ['russia', 'ukraine'], place: 'turkiye' });

  it('compares a report with the most precise place of the others: Ankara is not the Istanbul of "met in Turkey"', () => {
    const ankara = report({ article: 'ankara', kind: 'meeting', date: day('2025-05-16'), participants: ['volodymyr-zelenskyy', 'erdogan'], place: 'ankara' });
    const clusters = mergeReports([plan, inTurkey, ankara], chain, isPerson, sideOf, onMap);
    expect(clusters.map((c) => c.members.map((m) => m.article).sort().join(' ')).sort()).toEqual(['ankara', 'plan recap']);
  });

  it('joins the people of a round at a venue no town places to the plan that names only its countries', () => {
    const held = report({ article: 'held', kind: 'talks', date: day('2025-05-16'), participants: ['rustem-umerov', 'vladimir-medinsky'], place: 'dolmabahce-palace' });
    expect(mergeReports([plan, held], chain, isPerson, sideOf, onMap)).toHaveLength(1);
    // One of the two countries spoken for is not the table; nor is a venue that is on the map elsewhere.
    expect(mergeReports([plan, { ...held, participants: ['rustem-umerov', 'steve-witkoff'] }], chain, isPerson, sideOf, onMap)).toHaveLength(2);
    expect(mergeReports([plan, { ...held, place: 'ankara' }], chain, isPerson, sideOf, onMap)).toHaveLength(2);
  });
});

describe('mergeReports: a call that lost its people', () => {
  const call = (article: string, participants: string[], mentions: string[] = participants) => report({ article, kind: 'call', participants, mentions });
  const putin = call('kremlin', ['vladimir-putin', 'donald-trump']);
  const zelenskyy = call('kyiv', ['volodymyr-zelenskyy', 'donald-trump']);

  it('joins the one call of that day whose speakers its sentence all names', () => {
    const faceless = call('wire', ['united-states'], ['united-states', 'donald-trump', 'vladimir-putin']);
    expect(mergeReports([putin, zelenskyy, faceless], within, isPerson).map((c) => c.members.map((m) => m.article).sort())).toEqual([['kremlin', 'wire'], ['kyiv']]);
    const first = { ...faceless, published: '2026-02-24' };
    expect(mergeReports([putin, zelenskyy, first], within, isPerson).map((c) => c.members.map((m) => m.article).sort())).toEqual([['kremlin', 'wire'], ['kyiv']]);
  });

  it('stays apart when its sentence names the speakers of two calls', () => {
    const faceless = call('wire', ['united-states'], ['united-states', 'donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy']);
    expect(mergeReports([putin, zelenskyy, faceless], within, isPerson)).toHaveLength(3);
  });

  it('does not join a report that kept one speaker and names another person to the call of someone it does not name', () => {
    // Putin spoke to Netanyahu and to Pezeshkian that day; "Pezeshkian told Putin in a telephone conversation" kept only Putin.
    const netanyahu = call('kremlin', ['vladimir-putin', 'benjamin-netanyahu']);
    const kept = call('tehran', ['vladimir-putin', 'iran'], ['masoud-pezeshkian', 'vladimir-putin', 'iran']);
    const pezeshkian = call('wire', ['vladimir-putin', 'masoud-pezeshkian']);
    const person = (id: string) => isPerson(id) && !['iran', 'kremlin'].includes(id);
    const articles = (reports: CandidateEvent[]) => mergeReports(reports, within, person).map((c) => c.members.map((m) => m.article).sort());
    expect(articles([netanyahu, kept, pezeshkian])).toEqual([['kremlin'], ['tehran', 'wire']]);
    // One that names no one else is the call it kept a speaker of.
    expect(articles([netanyahu, call('tass', ['vladimir-putin'], ['vladimir-putin', 'kremlin'])])).toEqual([['kremlin', 'tass']]);
  });
});

describe('mergeReports: a call its sentences name no one on the line of', () => {
  const person = (id: string) => id.includes('-');
  const call = (article: string, participants: string[]) => report({ article, kind: 'call', participants, mentions: participants });
  const namesIn = surnameReader(['ingrid-halvorsen', 'chidi-okafor', 'marta-lindqvist']);
  const nameless = (article: string, sentence: string, text: string) => report({ article, kind: 'call', evidence: said(sentence), peopleArticleNames: namesIn(text) });
  // Events as the articles of their reports, in one order whatever the founders' order.
  const articles = (reports: CandidateEvent[]) => mergeReports(reports, within, person).map((c) => c.members.map((m) => m.article).sort().join(' ')).sort();
  const podcast = 'HOST: Two calls in one week. GUEST: The first call was Tuesday night. Halvorsen asked for it. Okafor listened and promised nothing.';
  const newsletter = 'The second conversation lasted twenty minutes, officials said. It came as Prime Minister Halvorsen pressed President Okafor over steel quotas.';

  it('joins the one call of its day whose people its article names, if only by surname (a podcast, a newsletter)', () => {
    const held = call('wire', ['ingrid-halvorsen', 'chidi-okafor']);
    expect(articles([held, nameless('podcast', 'The first call was Tuesday night.', podcast)])).toEqual(['podcast wire']);
    expect(articles([held, nameless('letter', 'The second conversation lasted twenty minutes, officials said.', newsletter)])).toEqual(['letter wire']);
  });

  it('stays apart when its article names the people of two calls of its day, or only one person of the call, or when the call is of another day', () => {
    const held = call('wire', ['ingrid-halvorsen', 'chidi-okafor']);
    const other = call('agency', ['ingrid-halvorsen', 'marta-lindqvist']);
    const both = 'The call came hours after Halvorsen spoke to Lindqvist. Okafor said little.';
    expect(articles([held, other, nameless('podcast', 'The call was short.', both)])).toEqual(['agency', 'podcast', 'wire']);
    expect(articles([held, nameless('podcast', 'The call was short.', 'Okafor said little afterwards.')])).toEqual(['podcast', 'wire']);
    const monday = report({ article: 'podcast', kind: 'call', date: day('2026-02-23'), evidence: said('The first call was Monday night.'), peopleArticleNames: namesIn(podcast) });
    expect(articles([held, monday])).toEqual(['podcast', 'wire']);
  });
});

describe('mergeReports: a gathering its sentences name no one at, between two gatherings of its day', () => {
  const person = (id: string) => id.includes('-');
  const met = (article: string, participants: string[]) => report({ article, kind: 'meeting', date: day('2031-05-15'), participants, mentions: participants });
  const namesIn = surnameReader(['ingrid-halvorsen', 'chidi-okafor', 'marta-lindqvist', 'jonas-berg']);
  const nameless = (article: string, sentence: string, text: string) => report({ article, kind: 'meeting', date: day('2031-05-15'), evidence: said(sentence), peopleArticleNames: namesIn(text) });
  const articles = (reports: CandidateEvent[]) => mergeReports(reports, within, person).map((c) => c.members.map((m) => m.article).sort().join(' ')).sort();
  const trade = met('wire', ['ingrid-halvorsen', 'chidi-okafor']);
  const defence = met('agency', ['marta-lindqvist', 'jonas-berg']);
  // A columnist's aside and a liveblog entry, each naming the table's people only by surname elsewhere.
  const column = 'Thursday was long. The meeting ran past midnight. Halvorsen wanted quotas; Okafor wanted none.';
  const liveblog = '21:40 Still no word from the palace. 23:05 The session has broken up, a spokesman says. Okafor left first, Halvorsen minutes later.';

  it.each([
    ['The meeting ran past midnight.', column],
    ['23:05 The session has broken up, a spokesman says.', liveblog],
  ])('joins the one whose people its article names: %s', (sentence, text) => {
    expect(articles([trade, defence, nameless('blog', sentence, text)])).toEqual(['agency', 'blog wire']);
    expect(articles([nameless('blog', sentence, text), defence, trade])).toEqual(['agency', 'blog wire']);
  });

  it('stays apart when its article names the people of both, or of neither', () => {
    const both = 'The meeting ran past midnight. Halvorsen and Okafor talked trade; Lindqvist and Berg, frigates.';
    expect(articles([trade, defence, nameless('blog', 'The meeting ran past midnight.', both)])).toEqual(['agency', 'blog', 'wire']);
    expect(articles([trade, defence, nameless('blog', 'The meeting ran past midnight.', 'The meeting ran past midnight. Nobody spoke.')])).toEqual(['agency', 'blog', 'wire']);
  });
});

describe('mergeReports: a happening told by its noun alone in two outlets telling one story', () => {
  const person = (id: string) => id.includes('-');
  const namesIn = surnameReader(['arvid-sollen', 'kaja-dorn', 'lina-ferrer', 'otto-brisk', 'milo-varga']);
  const truce = (article: string, sentence: string, text: string) =>
    report({ article, kind: 'other', noun: 'ceasefire', date: day('2031-05-15'), evidence: said(sentence), peopleArticleNames: namesIn(text) });
  const articles = (reports: CandidateEvent[]) => mergeReports(reports, within, person).map((c) => c.members.map((m) => m.article).sort().join(' ')).sort();

  it.each([
    [
      ['The truce came into force at midnight local time.', 'Markets rallied after President Sollen and Premier Dorn agreed to stop the shelling. The truce came into force at midnight local time.'],
      ['06:12 The ceasefire is now in force, the army confirms.', '05:50 Sollen arrives at the barracks. 06:12 The ceasefire is now in force, the army confirms. 06:30 Dorn thanks the mediators.'],
    ],
    [
      ['Guns along the river fell silent as the ceasefire took hold on Thursday.', 'Villagers of the valley went home. Guns along the river fell silent as the ceasefire took hold on Thursday. Dorn had signed it with Sollen the night before.'],
      ['The ceasefire began on Thursday, our correspondent reports.', 'Kaja Dorn and Arvid Sollen shook hands in the capital. The ceasefire began on Thursday, our correspondent reports.'],
    ],
  ])('joins two outlets whose articles name the same two people around it: %j', ([s1, t1], [s2, t2]) => {
    expect(articles([truce('daily', s1!, t1!), truce('blog', s2!, t2!)])).toEqual(['blog daily']);
    expect(articles([truce('blog', s2!, t2!), truce('daily', s1!, t1!)])).toEqual(['blog daily']);
  });

  it('keeps apart another story\'s truce of that day (one name in common), one of another noun, and one whose article names no one', () => {
    const ours = truce('daily', 'The truce came into force at midnight local time.', 'President Sollen and Premier Dorn agreed to stop the shelling.');
    // Another war's ceasefire the same day, whose article names one of the same people (a mediator) only.
    const theirs = truce('wire', 'The ceasefire in the south began at noon.', 'Ferrer and Brisk signed the truce, which Sollen had urged.');
    expect(articles([ours, theirs])).toEqual(['daily', 'wire']);
    const reopening = report({ article: 'wire', kind: 'other', noun: 'reopening', date: day('2031-05-15'), evidence: said('The crossing reopened at noon.'), peopleArticleNames: namesIn('Sollen and Dorn agreed it.') });
    expect(articles([ours, reopening])).toEqual(['daily', 'wire']);
    const noOne = truce('wire', 'The ceasefire began at midnight.', 'Nobody was named.');
    expect(articles([ours, noOne])).toEqual(['daily', 'wire']);
  });

  it('keeps apart two nameless gatherings of that day in stories naming the same two people: one story holds many meetings of a day', () => {
    const gathering = (article: string, sentence: string, text: string) =>
      report({ article, kind: 'meeting', status: 'planned', date: day('2031-05-15'), evidence: said(sentence), peopleArticleNames: namesIn(text) });
    const council = gathering('county', 'The county council will hold a public hearing on the depot on Thursday.', 'Sollen and Dorn agreed the depot deal. The county council will hold a public hearing on the depot on Thursday.');
    const envoy = gathering('podcast', "She'll meet the trade secretary on Thursday, if the flight lands.", "DORN: Sollen wants the deal. She'll meet the trade secretary on Thursday, if the flight lands.");
    expect(articles([council, envoy])).toEqual(['county', 'podcast']);
    expect(articles([envoy, council])).toEqual(['county', 'podcast']);
  });
});

describe('mergeReports: the next day in one article', () => {
  it('does not join a gathering of named people to the next day\'s gathering that names none (Davos, then Abu Dhabi)', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'meeting', date: day('2026-01-22'), participants: ['donald-trump', 'volodymyr-zelenskyy'] }),
        report({ article: 'a', kind: 'talks', date: day('2026-01-23') }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('keeps apart the next day when another country sits at the table', () => {
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', date: day('2025-12-19'), participants: ['ukraine', 'united-states'] }),
        report({ article: 'a', kind: 'talks', date: day('2025-12-20'), participants: ['russia'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });
});

describe('mergeReports: reports with little to tie them', () => {
  const held = (over: Partial<CandidateEvent> = {}) =>
    report({ article: 'plan', kind: 'talks', date: day('2025-12-04'), participants: ['steve-witkoff', 'jared-kushner', 'rustem-umerov'], place: 'miami', published: '2025-12-04', ...over });
  const undated = (published: string, over: Partial<CandidateEvent> = {}) =>
    report({ article: 'later', kind: 'meeting', published, date: day(published), datedByPublication: true, participants: ['jared-kushner', 'steve-witkoff', 'rustem-umerov'], ...over });

  it('joins a report its article dates only by publication to the same people\'s gathering of the days before, keeping the stated date', () => {
    const clusters = mergeReports([held(), undated('2025-12-06')], within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2025-12-04');
  });

  it('does not reach further back than a few days, nor join a plan the undated report is not about', () => {
    expect(mergeReports([held(), undated('2025-12-09')], within, isPerson)).toHaveLength(2);
    expect(mergeReports([held(), undated('2025-12-06', { status: 'planned' })], within, isPerson)).toHaveLength(2);
    expect(mergeReports([held(), undated('2025-12-06', { participants: ['steve-witkoff'] })], within, isPerson)).toHaveLength(2);
  });

  const february = { value: '2026-02', start: '2026-02-21', end: '2026-02-28', precision: 'month' as const, qualifier: 'late' };
  const strike = (article: string, date: CandidateEvent['date'], mentions: string[]) => report({ article, kind: 'strike', date, mentions });

  it('joins reports whose roles name no one by the names their sentences share ("late February" and 28 February)', () => {
    const clusters = mergeReports([strike('a', day('2026-02-28'), ['united-states', 'israel', 'iran']), strike('b', february, ['ukraine', 'united-states', 'iran'])], within, isPerson);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, isPerson).date.value).toBe('2026-02-28');
  });

  it('does not tie reports by one shared name, nor a day outside the part of the month written', () => {
    expect(mergeReports([strike('a', day('2026-02-28'), ['united-states', 'iran']), strike('b', february, ['ukraine', 'iran'])], within, isPerson)).toHaveLength(2);
    expect(mergeReports([strike('a', day('2026-02-03'), ['united-states', 'iran']), strike('b', february, ['united-states', 'iran'])], within, isPerson)).toHaveLength(2);
  });

  describe('a report counting several happenings of its sort ("attacks on two sites", "two nights in a row") is none of them', () => {
    const saturday = report({ article: 'a', kind: 'strike', date: day('2026-11-14'), place: 'novorossiysk', mentions: ['ukraine', 'russia', 'novorossiysk'], evidence: said("Saturday's drone attack on the Sheskharis terminal at Novorossiysk halted loadings") });
    const weekend = (text: string) => report({ article: 'b', kind: 'strike', date: day('2026-11-14', '2026-11-15'), mentions: ['ukraine', 'russia', 'novorossiysk'], evidence: said(text) });
    it.each([
      'Oil prices climbed after Ukrainian drone attacks on two Russian energy sites over the weekend',
      'Ukraine hit Russian oil facilities two nights in a row, from Novorossiysk to the Volga, the General Staff said',
      'Both strikes over the weekend, at Novorossiysk and in the Samara region, set oil facilities ablaze',
      'Russia said it had repelled three drone raids on its southern ports over the weekend',
      'The weekend saw a series of Ukrainian strikes on Russian refineries and the Novorossiysk terminal',
    ])('%s', (text) => {
      expect(mergeReports([saturday, weekend(text)], within, isPerson)).toHaveLength(2);
    });
    it('while a count of what struck, not of strikes, is one strike ("two drones hit …")', () => {
      expect(mergeReports([saturday, weekend('Two drones struck the Novorossiysk oil terminal over the weekend, setting a berth on fire')], within, isPerson)).toHaveLength(1);
      expect(mergeReports([saturday, weekend('A Ukrainian drone attack on Novorossiysk over the weekend halted loadings at the terminal')], within, isPerson)).toHaveLength(1);
    });
  });

  it('joins a report that says only where to one of the same day that says only who, and not when both say who', () => {
    const where = report({ article: 'a', kind: 'talks', date: day('2026-04-09', '2026-04-10'), place: 'istanbul' });
    const who = (participants: string[]) => report({ article: 'b', kind: 'meeting', date: day('2026-04-10'), participants });
    expect(mergeReports([who(['rustem-umerov', 'vladimir-medinsky']), where], within, isPerson)).toHaveLength(1);
    expect(mergeReports([who(['rustem-umerov']), { ...where, participants: ['jane-doe'] }], within, isPerson)).toHaveLength(2);
    expect(mergeReports([where, who(['ukraine', 'russia'])], within, isPerson)).toHaveLength(2);
  });

  it('prefers, of two clusters the names tie, the one whose sentences name its place', () => {
    const march = { value: '2026-03', start: '2026-03-01', end: '2026-03-10', precision: 'month' as const, qualifier: 'early' };
    const clusters = mergeReports(
      [
        report({ article: 'a', kind: 'talks', date: day('2026-03-04'), participants: ['volodymyr-zelenskyy'], mentions: ['volodymyr-zelenskyy', 'united-states', 'iran'] }),
        report({ article: 'b', kind: 'meeting', status: 'planned', date: day('2026-03-05', '2026-03-06'), participants: ['volodymyr-zelenskyy'], mentions: ['volodymyr-zelenskyy', 'abu-dhabi'] }),
        report({ article: 'a', kind: 'talks', status: 'planned', date: march, place: 'abu-dhabi', mentions: ['united-states', 'iran', 'volodymyr-zelenskyy', 'abu-dhabi'] }),
      ],
      within,
      isPerson,
    );
    expect(clusters.map((c) => c.members.map((m) => m.article).sort())).toEqual([['a'], ['a', 'b']]);
  });
});

describe('mergeReports: a report naming only its table, whatever was built beside it', () => {
  const countries = ['china', 'russia', 'united-states', 'india'];
  const person = (id: string) => !countries.includes(id);
  const sideOf = (p: string) => ({ 'steve-witkoff': 'united-states', 'kirill-dmitriev': 'russia', 'mikhail-mishustin': 'russia', 'li-qiang': 'china', 'narendra-modi': 'india' })[p];
  const met = (article: string, participants: string[], sides: string[], text: string) =>
    report({ article, kind: 'meeting', date: day('2026-11-17'), participants, roles: { parties: [], mediators: [], present: [], mentioned: [], sides }, evidence: said(text) });

  // Met first, a report of one side in common takes it in; a report of that day seating both its
  // countries may come only later (another outlet, another set of articles built beside it).
  it.each([
    ['china', 'russia', "The Russian premier's talks with his Chinese counterpart in eastern China on Tuesday covered energy."],
    ['russia', 'china', 'Chinese and Russian heads of government held talks on Tuesday, state media said.'],
  ])('joins the event of its day seating both its countries, not the first one sharing one side with it (%s, side %s)', (country, side, text) => {
    const table = met('table', [country], [side], text);
    const envoys = met('envoys', ['steve-witkoff', 'kirill-dmitriev', 'russia'], [], 'Witkoff hosted Dmitriev on Tuesday.');
    const leaders = met('leaders', ['mikhail-mishustin', 'li-qiang'], [], 'Mishustin and Li met on Tuesday.');
    const seated = met('seated', ['mikhail-mishustin', 'li-qiang', 'china', 'russia'], [], 'Russian Prime Minister Mikhail Mishustin met Chinese Premier Li Qiang on Tuesday.');
    // Named so that the table report is met before or after every other report of its day.
    for (const names of [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], ['b', 'a', 'd', 'c']]) {
      const [t, e, l, s] = [table, envoys, leaders, seated].map((r, i) => ({ ...r, article: names[i]! }));
      const clusters = mergeReports([t!, e!, l!, s!], within, person, sideOf);
      expect(clusters.map((c) => c.members.map((m) => m.article).sort().join('+')).sort()).toEqual([names[1], [names[0], names[2], names[3]].sort().join('+')].sort());
    }
  });

  it('stays with the event it joined when no other of its day fits it better', () => {
    const table = met('a', ['india'], ['russia'], 'The Indian premier held talks with the Russian side on Tuesday.');
    const envoys = met('b', ['steve-witkoff', 'kirill-dmitriev', 'russia'], [], 'Witkoff hosted Dmitriev on Tuesday.');
    const leaders = met('c', ['mikhail-mishustin', 'li-qiang', 'china', 'russia'], [], 'Mishustin met Li on Tuesday.');
    const clusters = mergeReports([envoys, table, leaders], within, person, sideOf);
    expect(clusters.find((c) => c.members.includes(table))!.members).not.toContain(leaders);
  });
});

describe('mergeReports: the next day somewhere else', () => {
  const towns: Record<string, string> = { geneva: 'switzerland', lausanne: 'switzerland', miami: 'florida', florida: 'united-states', paris: 'france' };
  const inside = (p: string) => towns[p];
  const person = (id: string) => !(id in towns) && id !== 'united-states';
  const envoys = ['steve-witkoff', 'kirill-dmitriev'];
  const geneva = report({ article: 'a', kind: 'meeting', date: day('2026-11-16'), participants: envoys, place: 'geneva', evidence: said('The talks began in Geneva on Monday.') });
  const nextDay = (text: string, mentions: string[]) => report({ article: 'b', kind: 'meeting', date: day('2026-11-17'), participants: envoys, mentions: [...envoys, ...mentions], evidence: said(text) });

  it.each([
    ['Witkoff hosted Dmitriev at his Miami office on Tuesday.', 'miami'],
    ['Dmitriev was received by Witkoff at a Paris hotel on Tuesday.', 'paris'],
  ])('does not take a report of the next day giving no place, whose sentence names a town of another country, for the gathering going on: %s', (text, town) => {
    expect(mergeReports([geneva, nextDay(text, [town])], inside, person)).toHaveLength(2);
  });

  it('still does when the town it names is of the gathering\'s country, or when it names none', () => {
    expect(mergeReports([geneva, nextDay('Witkoff and Dmitriev talked on at a hotel near Lausanne on Tuesday.', ['lausanne'])], inside, person)).toHaveLength(1);
    expect(mergeReports([geneva, nextDay('Witkoff and Dmitriev talked on through Tuesday.', [])], inside, person)).toHaveLength(1);
  });
});

describe('mergeReports: sides named by adjective or delegation', () => {
  const sided = (article: string, participants: string[], sides: string[], over: Partial<CandidateEvent> = {}) =>
    report({ article, kind: 'talks', participants, roles: { parties: [], mediators: [], present: [], mentioned: [], sides }, ...over });

  it('reconciles a table named by countries with one named by adjectives and its host\'s word ("the UAE said")', () => {
    const wire = sided('wire', ['united-arab-emirates'], ['united-states', 'russia', 'ukraine'], { place: 'abu-dhabi', date: day('2026-01-24') });
    const kremlin = sided('kremlin', ['ukraine', 'united-states'], ['russia'], { date: day('2026-01-23', '2026-01-24') });
    expect(mergeReports([wire, kremlin], within, isPerson)).toHaveLength(1);
  });

  it('ties two reports of the same day by two countries in common, one of them named only as a side', () => {
    const a = sided('a', ['united-arab-emirates'], ['united-states', 'russia']);
    expect(mergeReports([a, sided('b', ['russia', 'united-states'], [])], within, isPerson)).toHaveLength(1);
    expect(mergeReports([a, sided('b', ['ukraine', 'united-states'], [])], within, isPerson)).toHaveLength(2);
  });

  it('does not take a report that names its sides for an anonymous one: another table the same day stays apart', () => {
    const usRussia = sided('a', [], ['united-states', 'russia'], { kind: 'meeting', status: 'planned' });
    expect(mergeReports([usRussia, sided('b', ['united-states'], ['ukraine'])], within, isPerson)).toHaveLength(2);
    expect(mergeReports([sided('a', [], ['united-states']), sided('b', ['united-states'], ['ukraine'])], within, isPerson)).toHaveLength(1);
  });

  it('names an event of sides alone by its sides, and one of named people by them', () => {
    const [sides] = mergeReports([sided('a', ['united-states'], ['ukraine'], { named: ['united-states'] })], within, isPerson);
    expect(summarise(sides!, depth, isPerson).principals).toEqual(['united-states', 'ukraine']);
    const [people] = mergeReports([sided('a', ['rustem-umerov'], ['ukraine'], { named: ['rustem-umerov'] })], within, isPerson);
    expect(summarise(people!, depth, isPerson).principals).toEqual(['rustem-umerov']);
  });

  it('leaves out of its name the people who brokered it or only spoke of it', () => {
    const roles = { parties: [], mediators: ['steve-witkoff'], present: ['rustem-umerov', 'vladimir-medinsky'], mentioned: ['dmitry-peskov'], sides: [] };
    const named = ['steve-witkoff', 'rustem-umerov', 'vladimir-medinsky', 'dmitry-peskov'];
    const [round] = mergeReports([report({ article: 'a', kind: 'talks', participants: named, named, roles })], within, isPerson);
    expect(summarise(round!, depth, isPerson).principals).toEqual(['rustem-umerov', 'vladimir-medinsky']);
  });

  it('keeps apart the US–Ukraine table of one day and the US–Russia table of the next in one city, their second sides named by adjective', () => {
    const ukrainians = sided('a', ['united-states'], ['ukraine'], { kind: 'meeting', place: 'riyadh', date: day('2025-03-23') });
    const russians = sided('b', ['united-states'], ['russia'], { place: 'riyadh', date: day('2025-03-24'), evidence: said('The talks ended on Monday.') });
    expect(mergeReports([ukrainians, russians], within, isPerson)).toHaveLength(2);
    expect(mergeReports([ukrainians, { ...russians, roles: { ...russians.roles!, sides: ['ukraine'] } }], within, isPerson)).toHaveLength(1);
  });

  it('joins a round that began between sides one day to its end between their envoys the next, in the same place', () => {
    const sideOf = (person: string) => ({ 'steve-witkoff': 'united-states', 'kirill-dmitriev': 'russia', 'rustem-umerov': 'ukraine' })[person];
    const began = sided('a', [], ['united-states', 'russia'], { place: 'geneva', date: day('2026-02-17'), evidence: said('The talks began on Tuesday.') });
    const ended = (participants: string[]) => sided('b', participants, [], { place: 'geneva', date: day('2026-02-18') });
    expect(mergeReports([began, ended(['steve-witkoff', 'kirill-dmitriev'])], within, isPerson, sideOf)).toHaveLength(1);
    expect(mergeReports([began, ended(['steve-witkoff', 'rustem-umerov'])], within, isPerson, sideOf)).toHaveLength(2);
    expect(mergeReports([began, ended(['steve-witkoff', 'kirill-dmitriev'])], within, isPerson)).toHaveLength(2);
  });

  it('keeps apart a table due to meet again the next day that does not say where (Miami: Ukraine–US on the 19th and 21st, Russia–US on the 20th and due again on the 21st)', () => {
    const sideOf = (person: string) => ({ 'steve-witkoff': 'united-states', 'rustem-umerov': 'ukraine' })[person];
    const mentions = ['ukraine', 'united-states', 'russia', 'miami'];
    const round = sided('a', ['ukraine', 'united-states', 'rustem-umerov', 'steve-witkoff'], [], { place: 'miami', date: day('2025-12-21'), mentions });
    const first = sided('a', [], ['ukraine', 'united-states'], { kind: 'meeting', place: 'miami', date: day('2025-12-19'), mentions });
    const russians = sided('a', [], ['russia', 'united-states'], { place: 'miami', date: day('2025-12-20'), mentions });
    const again = sided('a', [], ['russia', 'united-states'], { status: 'planned', place: null, date: day('2025-12-21'), mentions });
    const clusters = mergeReports([round, first, russians, again], within, isPerson, sideOf);
    expect(clusters.map((c) => c.members.map((m) => m.date.start).join(' ')).sort()).toEqual(['2025-12-19', '2025-12-20', '2025-12-21', '2025-12-21']);
  });

  it('does not carry the next day\'s round of one table on from a plan of another table that joined the round held that day', () => {
    const sideOf = (person: string) => ({ 'steve-witkoff': 'united-states', 'rustem-umerov': 'ukraine' })[person];
    const round = sided('a', ['ukraine', 'united-states', 'rustem-umerov', 'steve-witkoff'], [], { place: 'miami', date: day('2025-12-21') });
    const russians = sided('a', [], ['russia', 'united-states'], { place: 'miami', date: day('2025-12-20') });
    const due = (participants: string[], sides: string[]) => sided('a', participants, sides, { kind: 'meeting', status: 'planned', place: null, date: day('2025-12-21') });
    const days = (clusters: ReturnType<typeof mergeReports>) => clusters.map((c) => c.members.map((m) => `${m.date.start}${m.status === 'planned' ? ' plan' : ''}`).join(' + ')).sort();
    // Its extraction gave the plan a person of the round, but its table, Russia named as a side, is another: it stays apart.
    expect(days(mergeReports([round, russians, due(['united-states', 'rustem-umerov'], ['russia'])], within, isPerson, sideOf))).toEqual(['2025-12-20', '2025-12-21', '2025-12-21 plan']);
    // With both its countries taking part, the plan is of another table than the round.
    expect(days(mergeReports([round, russians, due(['russia', 'united-states'], [])], within, isPerson, sideOf))).toEqual(['2025-12-20', '2025-12-21', '2025-12-21 plan']);
  });

  it('keeps apart a bigger table the next day in the same place (Ukraine and the US "again" after the Russian–American day, Russia named beside them)', () => {
    const russians = sided('a', [], ['united-states', 'russia'], { place: 'riyadh', date: day('2025-03-24'), evidence: said('The talks began on Monday.') });
    const again = sided('b', [], ['ukraine', 'united-states', 'russia'], { kind: 'meeting', place: 'riyadh', date: day('2025-03-25') });
    expect(mergeReports([russians, again], within, isPerson)).toHaveLength(2);
    expect(mergeReports([russians, { ...again, roles: { ...again.roles!, sides: ['united-states', 'russia'] } }], within, isPerson)).toHaveLength(1);
  });

  it('keeps apart two tables of one city and day named only by their sides (Abu Dhabi: American and Russian officials; the Ukrainian delegation and the U.S. side)', () => {
    const russians = sided('a', [], ['united-states', 'russia'], { place: 'abu-dhabi', date: day('2025-11-25') });
    const ukrainians = sided('a', ['ukraine'], ['united-states'], { kind: 'meeting', place: 'abu-dhabi', date: day('2025-11-25') });
    const kyiv = sided('b', ['united-states'], ['ukraine'], { place: 'abu-dhabi', date: day('2025-11-25') });
    const moscow = sided('c', [], ['russia', 'united-states'], { kind: 'meeting', place: 'abu-dhabi', date: day('2025-11-25') });
    const tables = mergeReports([russians, ukrainians, kyiv, moscow], within, isPerson).map((c) => c.members.map((m) => m.article).join(' ')).sort();
    expect(tables).toEqual(['a b', 'a c']);
    // One table inside the other (the host's word beside the three sides) is one table.
    const host = sided('d', ['united-arab-emirates'], ['russia', 'ukraine', 'united-states'], { place: 'abu-dhabi', date: day('2025-11-25') });
    const three = sided('e', ['russia', 'ukraine', 'united-states'], [], { place: 'abu-dhabi', date: day('2025-11-25') });
    expect(mergeReports([host, three], within, isPerson)).toHaveLength(1);
  });

  it('seats no broker at the table ("the Doha talks of October 18 and 19, mediated by Qatar and Turkey" are the Pakistani–Afghan round)', () => {
    const person = (id: string) => !['pakistan', 'afghanistan', 'qatar', 'turkiye'].includes(id);
    const round = sided('a', ['pakistan', 'afghanistan'], [], { place: 'doha', date: day('2025-10-18', '2025-10-19') });
    const brokered = report({ article: 'b', kind: 'talks', participants: ['qatar', 'turkiye'], roles: { parties: [], mediators: ['qatar', 'turkiye'], present: [], mentioned: [], sides: [] }, place: 'doha', date: day('2025-10-18', '2025-10-19') });
    expect(mergeReports([round, brokered], within, person)).toHaveLength(1);
    // Named as taking part, the same two countries are another table.
    expect(mergeReports([round, { ...brokered, roles: { ...brokered.roles!, mediators: [], parties: ['qatar', 'turkiye'] } }], within, person)).toHaveLength(2);
  });

  it('makes one call of two days a line straddles midnight, dated one day, and keeps the next call of one of its ends apart', () => {
    const people = (id: string) => id.includes('-');
    const call = (article: string, on: string, participants: string[], text: string) => report({ article, kind: 'call', date: day(on), participants, mentions: participants, evidence: said(text) });
    const washington = call('a', '2026-09-06', ['donald-trump', 'xi-jinping'], 'Trump spoke with Xi late on Sunday night.');
    const beijing = call('b', '2026-09-07', ['xi-jinping', 'donald-trump'], 'Xi had a phone conversation with Trump on Monday morning.');
    const tokyo = call('c', '2026-09-07', ['sanae-takaichi', 'donald-trump'], 'Takaichi spoke by telephone with Trump on Monday morning.');
    const clusters = mergeReports([washington, beijing, tokyo], within, people);
    expect(clusters.map((c) => c.members.map((m) => m.article))).toEqual([['a', 'b'], ['c']]);
    expect(summarise(clusters[0]!, depth, people).date.precision).toBe('day');
  });

  it('dates a round from its first day to the counted day a report gives ("the third day of talks")', () => {
    const people = (id: string) => id.includes('-');
    const opened = report({ article: 'a', kind: 'talks', place: 'muscat', date: day('2026-08-24'), participants: ['abbas-araghchi', 'steve-witkoff'], evidence: said('Negotiators opened a new round of talks in Muscat on Monday.') });
    const third = report({ article: 'b', kind: 'talks', place: 'muscat', date: day('2026-08-26'), participants: ['abbas-araghchi'], evidence: said('Negotiators met for the third day of talks in Muscat on Wednesday.') });
    const clusters = mergeReports([opened, third], within, people);
    expect(clusters).toHaveLength(1);
    expect(summarise(clusters[0]!, depth, people).date).toMatchObject({ start: '2026-08-24', end: '2026-08-26', precision: 'span' });
  });

  it('never reconciles other tables on following days through sides', () => {
    const first = sided('a', ['ukraine', 'united-states'], ['russia'], { place: 'miami', date: day('2025-12-19') });
    const next = sided('a', ['russia'], ['united-states'], { place: 'miami', date: day('2025-12-20') });
    expect(mergeReports([first, next], within, isPerson)).toHaveLength(2);
  });

  it('joins a signing told in a building to the one told in its town when the signers are the same, never another pair signing there that day', () => {
    const signing = (article: string, participants: string[], place: string | null, text: string) =>
      report({ article, kind: 'other', noun: 'Agreement signed', date: day('2026-03-06'), participants, place, evidence: said(text) });
    const inTown = signing('agency', ['ana-tesk', 'jon-halm'], 'geneva', 'Foreign Minister Ana Tesk signed on Friday in Geneva, with Jon Halm, a peace agreement.');
    const inBuilding = signing('podcast', ['jon-halm', 'ana-tesk'], null, 'On Friday Jon Halm and Ana Tesk signed the peace accord at the Palace of Nations.');
    const inRoom = signing('daily', ['ana-tesk', 'jon-halm'], null, 'Tesk and Halm put their names to the accord in the Council Chamber Hall on Friday.');
    const otherPair = signing('wire', ['pia-roth', 'ivan-kral'], null, 'Pia Roth and Ivan Kral signed a fisheries memorandum at the Palace of Nations on Friday.');
    for (const reports of [[inTown, inBuilding, inRoom, otherPair], [otherPair, inRoom, inBuilding, inTown]]) {
      const clusters = mergeReports(reports, within, isPerson);
      expect(clusters.map((c) => c.members.map((m) => m.article).sort())).toEqual(expect.arrayContaining([['agency', 'daily', 'podcast'], ['wire']]));
      expect(clusters).toHaveLength(2);
    }
  });

  it('keeps two whole tables of two in one town on one day apart when no person and no country is in common, not one delegation told by other envoys', () => {
    const sides: Record<string, string> = { 'pia-roth': 'austria', 'ivan-kral': 'slovakia', 'ana-ruiz': 'spain', 'joao-costa': 'portugal', 'lea-varga': 'hungary', 'tom-berg': 'sweden', 'rustem-umerov': 'ukraine', 'steve-witkoff': 'united-states', 'andriy-hnatov': 'ukraine', 'jared-kushner': 'united-states' };
    const sideOf = (p: string) => sides[p];
    const met = (article: string, participants: string[], text: string, extra: Partial<CandidateEvent> = {}) =>
      report({ article, kind: 'meeting', date: day('2026-03-10'), participants, place: 'geneva', evidence: said(text), ...extra });
    const ministers = met('wire', ['pia-roth', 'ivan-kral'], 'Foreign Minister Pia Roth of Austria met her Slovak counterpart Ivan Kral in Geneva on Tuesday.', { roles: { parties: [], mediators: [], present: ['pia-roth', 'ivan-kral'], mentioned: [], sides: ['slovakia'] } });
    const health = met('paper', ['ana-ruiz', 'joao-costa'], 'Spanish Health Minister Ana Ruiz met Portuguese Health Minister João Costa in Geneva on Tuesday, her office said.');
    const trade = met('tv', ['tom-berg', 'lea-varga'], 'Trade ministers Tom Berg and Lea Varga held talks on the sidelines in Geneva on Tuesday.');
    // One delegation told by other envoys, in a town of its own that day: still one table.
    const envoys = met('agency', ['rustem-umerov', 'steve-witkoff'], 'Umerov met Witkoff in Miami on Tuesday.', { place: 'miami' });
    const others = met('daily', ['jared-kushner', 'andriy-hnatov'], 'Kushner and Hnatov held talks with the other delegation in Miami on Tuesday.', { place: 'miami' });
    for (const reports of [[ministers, health, trade, envoys, others], [others, envoys, trade, health, ministers]]) {
      const clusters = mergeReports(reports, within, isPerson, sideOf);
      expect(clusters.map((c) => c.members.map((m) => m.article).sort()).sort()).toEqual([['agency', 'daily'], ['paper'], ['tv'], ['wire']]);
    }
  });
});

describe('mergeReports: a strike of a night, told on the evening and on the morning after', () => {
  const strike = (article: string, on: string, place: string | null, ...texts: string[]) =>
    report({ article, kind: 'strike', date: day(on), place, evidence: texts.map((text, sentence) => said(text, sentence)[0]!) });
  const overnight = strike('a', '2026-10-02', null, 'The defence ministry said it had downed thirty drones over the region.', 'Drones hit the fuel depot at Tuapse overnight, starting a fire.');
  const nextDay = strike('b', '2026-10-03', 'tuapse', "Friday's drone strike on the Tuapse depot halted rail loadings.");

  it('joins the overnight report whose sentences name the place to the next day\'s report of a strike there, whichever comes first', () => {
    expect(mergeReports([overnight, nextDay], within, isPerson)).toHaveLength(1);
    expect(mergeReports([nextDay, overnight], within, isPerson)).toHaveLength(1);
    const lateNight = strike('c', '2026-10-02', 'ust-luga', 'Late on Thursday night, drones struck the terminal at Ust-Luga.');
    expect(mergeReports([lateNight, strike('d', '2026-10-03', null, 'The attack halted loadings at the Ust-Luga port on Friday.')], within, isPerson)).toHaveLength(1);
    const early = strike('e', '2026-10-03', 'kryvyi-rih', 'Missiles struck the rail yard in Kryvyi Rih early on Friday.');
    expect(mergeReports([strike('f', '2026-10-02', 'kryvyi-rih', "Thursday's missile attack on Kryvyi Rih's rail yard."), early], within, isPerson)).toHaveLength(1);
  });

  it('keeps apart the next night\'s strike elsewhere, one whose sentences name no place, one two days on, and following days told with no night', () => {
    expect(mergeReports([overnight, strike('g', '2026-10-03', 'syzran', 'Saturday\'s strike on the Syzran refinery.')], within, isPerson)).toHaveLength(2);
    expect(mergeReports([strike('h', '2026-10-02', null, 'Drones struck a fuel depot overnight.'), nextDay], within, isPerson)).toHaveLength(2);
    expect(mergeReports([overnight, { ...nextDay, date: day('2026-10-04') }], within, isPerson)).toHaveLength(2);
    expect(mergeReports([strike('i', '2026-10-02', 'tuapse', 'Drones hit the fuel depot at Tuapse on Thursday.'), nextDay], within, isPerson)).toHaveLength(2);
  });

  it('keeps apart two strikes one article tells a night apart, even in one sentence', () => {
    const sentence = 'Jets struck depots near Tuapse overnight, and militia fighters fired rockets at Tuapse at dawn on Friday, the army said.';
    expect(mergeReports([strike('j', '2026-10-02', 'tuapse', sentence), strike('j', '2026-10-03', 'tuapse', sentence)], within, isPerson)).toHaveLength(2);
    expect(mergeReports([strike('k', '2026-10-02', null, 'Drones hit the fuel depot at Tuapse overnight.'), strike('k', '2026-10-03', 'tuapse', "Friday's strike on the Tuapse depot was the second in two days.")], within, isPerson)).toHaveLength(2);
  });
});
