import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { day, report, said } from '../../../tests/support/reports.ts';
import { mergeReports } from './merge-reports.ts';
import { summitPart } from './side-meetings.ts';
import { summarise } from './summarise.ts';

const PEOPLE = ['vladimir-putin', 'narendra-modi', 'xi-jinping', 'ursula-von-der-leyen', 'donald-trump', 'tayyip-erdogan'];
const isPerson = (id: string) => PEOPLE.includes(id);
const sideOf = (p: string) => ({ 'vladimir-putin': 'russia', 'narendra-modi': 'india', 'xi-jinping': 'china', 'ursula-von-der-leyen': 'european-union', 'donald-trump': 'united-states' })[p];
const world = { within: () => undefined, isPerson, sideOf, onMap: () => true, seatOf: () => undefined };
const within = () => undefined;

const summit = (article: string, text: string, participants: string[], date = day('2025-08-31', '2025-09-01')) =>
  report({ article, kind: 'summit', published: '2025-09-02', date, place: 'tianjin', participants, evidence: said(text) });
const sideline = report({
  article: 'side',
  kind: 'summit',
  published: '2025-09-01',
  date: day('2025-09-01'),
  place: 'tianjin',
  participants: ['vladimir-putin', 'narendra-modi'],
  evidence: said('Vladimir Putin met Narendra Modi in Tianjin on Monday on the sidelines of the Shanghai Cooperation Organisation summit.'),
});

describe('summitPart', () => {
  it('reads a report held on the sidelines as a side meeting, whatever kind the summit word gave it', () => {
    expect(summitPart(sideline, world)).toBe('side');
  });

  it('reads the summit of a forum, of three leaders or more, or of no one named, as the plenary', () => {
    expect(summitPart(summit('a', 'Leaders of the Group of 20 opened a two-day summit in Johannesburg on Saturday.', ['g20']), world)).toBe('plenary');
    expect(summitPart(summit('b', 'The two-day SCO summit, which ended on Monday: Xi, Putin and Modi.', ['xi-jinping', 'vladimir-putin', 'narendra-modi']), world)).toBe('plenary');
    expect(summitPart(summit('c', "The summit's declaration will be adopted on Monday.", []), world)).toBe('plenary');
  });

  it('reads a summit of two as neither: Trump and Putin in Alaska, or the EU president and Xi', () => {
    expect(summitPart(summit('d', 'The two leaders held a summit in Anchorage.', ['donald-trump', 'vladimir-putin']), world)).toBeUndefined();
    expect(summitPart(summit('e', 'Xi hosted the EU-China summit with von der Leyen.', ['xi-jinping', 'ursula-von-der-leyen', 'european-union']), world)).toBeUndefined();
    expect(summitPart(report({ article: 'f', kind: 'meeting', participants: ['donald-trump', 'vladimir-putin'] }), world)).toBeUndefined();
  });
});

describe('a gathering of many leaders told by another noun than summit', () => {
  const session = (article: string, text: string, participants: string[]) =>
    report({ article, kind: 'meeting', published: '2025-09-01', date: day('2025-09-01'), place: 'tianjin', participants, evidence: said(text) });
  const leaders = session('leaders', 'Leaders of the ten member states meet at 10 a.m. in Tianjin for a session planned to last three hours.', ['narendra-modi']);
  const heads = session('heads', 'On 1 September, SCO heads of state and government meeting in Tianjin adopted a declaration on trade.', ['xi-jinping', 'sco']);

  it("is not the plenary when its leaders are told by their continent's adjective: some of the summit's leaders, a table of their own", () => {
    expect(summitPart(session('europeans', 'Putin and Modi talked in a corridor before European leaders met on Monday to discuss the plan.', ['vladimir-putin', 'narendra-modi', 'xi-jinping']), world)).toBeUndefined();
    expect(summitPart(session('africans', 'African leaders met in Tianjin on Monday on the debt plan.', []), world)).toBeUndefined();
  });

  it('is the plenary, whatever its verb; two heads of state are a pair', () => {
    expect(summitPart(leaders, world)).toBe('plenary');
    expect(summitPart(heads, world)).toBe('plenary');
    expect(summitPart(session('pair', 'The two heads of state met in Tianjin on Monday.', ['xi-jinping', 'narendra-modi']), world)).toBeUndefined();
  });

  it('keeps a meeting on its sidelines apart though they share a leader, and joins its reports to each other', () => {
    for (const reports of [
      [sideline, leaders, heads],
      [heads, leaders, sideline],
    ]) {
      const clusters = mergeReports(reports, within, isPerson, sideOf);
      expect(clusters.map((c) => c.members.map((m) => m.article).sort()).sort()).toEqual([['heads', 'leaders'], ['side']]);
    }
  });
});

describe('a summit and its side meetings', () => {
  const plenary = summit('plenary', 'The two-day SCO summit in Tianjin, which ended on Monday, was about the pictures: Xi, Putin and Modi.', ['xi-jinping', 'vladimir-putin', 'narendra-modi']);

  it('keeps a meeting held on the sidelines out of the summit of its days and city, whichever comes first', () => {
    for (const reports of [
      [sideline, plenary],
      [plenary, sideline],
    ]) {
      const clusters = mergeReports(reports, within, isPerson, sideOf);
      expect(clusters.map((c) => c.members.map((m) => m.article))).toHaveLength(2);
    }
  });

  it('still joins two reports of the summit, and two of the side meeting', () => {
    const opened = summit('opened', 'Leaders of the Shanghai Cooperation Organisation meet in Tianjin on August 31 and September 1.', ['xi-jinping', 'shanghai-cooperation-organisation']);
    const again = report({ ...sideline, article: 'again', kind: 'meeting', evidence: said("Monday's meeting in Tianjin between Putin and Modi lasted almost an hour.") });
    const clusters = mergeReports([sideline, plenary, opened, again], within, isPerson, sideOf);
    expect(clusters.map((c) => c.members.map((m) => m.article).sort())).toEqual([['again', 'side'], ['opened', 'plenary']]);
  });
});

describe('the kind of a side meeting', () => {
  it('is a meeting, though its sentence names the summit it was held beside', () => {
    const draft = summarise({ members: [sideline] }, () => 0, isPerson);
    expect(draft.kind).toBe('meeting');
    expect(summarise({ members: [summit('s', 'The two-day SCO summit in Tianjin.', [])] }, () => 0, isPerson).kind).toBe('summit');
  });
});

describe('a summit of many leaders and a meeting naming a country it never names', () => {
  const riyadh = (article: string, kind: CandidateEvent['kind'], text: string, participants: string[], mentions: string[]) =>
    report({ article, kind, published: '2025-05-14', date: day('2025-05-14'), place: 'riyadh', participants, mentions, evidence: said(text) });
  const gulf = riyadh('gulf', 'summit', 'Leaders of the Gulf Cooperation Council met Donald Trump at a summit in Riyadh on Wednesday hosted by the crown prince.', ['donald-trump', 'mohammed-bin-salman'], ['gulf-cooperation-council', 'donald-trump', 'mohammed-bin-salman', 'riyadh']);
  const syria = riyadh('syria', 'meeting', "Donald Trump met Syria's president Ahmed al-Sharaa in Riyadh on Wednesday, with the crown prince at the table.", ['donald-trump', 'ahmed-al-sharaa', 'mohammed-bin-salman', 'syria'], ['donald-trump', 'syria', 'ahmed-al-sharaa', 'mohammed-bin-salman', 'riyadh']);
  const people = ['donald-trump', 'mohammed-bin-salman', 'ahmed-al-sharaa'];
  const isOne = (id: string) => people.includes(id);

  it('keeps them apart, whichever comes first, though two people sat at both', () => {
    for (const reports of [
      [gulf, syria],
      [syria, gulf],
    ]) expect(mergeReports(reports, within, isOne)).toHaveLength(2);
  });

  it('joins the meeting to a summit that names its country, and a report of leaders meeting to the summit', () => {
    const withSyria = { ...gulf, mentions: [...gulf.mentions!, 'syria'] };
    expect(mergeReports([withSyria, syria], within, isOne)).toHaveLength(1);
    const leaders = riyadh('leaders', 'meeting', 'Gulf leaders met in Riyadh with Trump, and Syria was on the agenda.', ['donald-trump'], ['donald-trump', 'syria', 'riyadh']);
    expect(mergeReports([gulf, leaders], within, isOne)).toHaveLength(1);
  });
});

describe('a summit and the days either side of it', () => {
  const people = ['lee-jae-myung', 'sanae-takaichi', 'xi-jinping', 'mark-carney'];
  const isOne = (id: string) => people.includes(id);
  const gyeongju = (article: string, kind: CandidateEvent['kind'], text: string, participants: string[], date: CandidateEvent['date']) =>
    report({ article, kind, published: date.start, date, place: 'gyeongju', participants, evidence: said(text) });
  const eve = gyeongju('eve', 'meeting', 'Lee Jae-myung met Sanae Takaichi in Gyeongju on Thursday.', ['lee-jae-myung', 'sanae-takaichi'], day('2025-10-30'));
  const opened = gyeongju(
    'opened',
    'summit',
    'Leaders of the Asia-Pacific Economic Cooperation forum opened their two-day summit in Gyeongju on Friday, with Lee Jae-myung as host.',
    ['asia-pacific-economic-cooperation', 'lee-jae-myung'],
    day('2025-10-31', '2025-11-01'),
  );

  it('keeps a meeting of two of its leaders on its eve in its city apart from the summit, the forum read as an organisation', () => {
    for (const reports of [
      [eve, opened],
      [opened, eve],
    ]) expect(mergeReports(reports, within, isOne)).toHaveLength(2);
  });

  it("joins a body's summit opened one day and ended the next, whatever else each seats", () => {
    const g7 = (article: string, text: string, participants: string[], date: string, sides: string[] = []) =>
      report({ article, kind: 'summit', published: date, date: day(date), participants, roles: { parties: [], mediators: [], present: [], mentioned: [], sides }, evidence: said(text) });
    const opens = g7('opens', 'Leaders of the Group of Seven opened their summit in the Canadian Rockies on Monday, with the war between Israel and Iran on the agenda.', ['israel', 'iran'], '2025-06-16', ['g7']);
    const ends = g7('ends', 'The G7 summit in Kananaskis ended on Tuesday without a joint statement.', ['g7'], '2025-06-17');
    expect(mergeReports([opens, ends], within, isOne).map((c) => c.members.map((m) => m.article))).toEqual([['opens', 'ends']]);
  });
});

describe('the closing of a summit told as an act', () => {
  const people = ['ana-ruiz', 'tamim-bin-hamad'];
  const isOne = (id: string) => people.includes(id);
  const lima = (article: string, text: string, participants: string[], date: CandidateEvent['date']) =>
    report({ article, kind: 'summit', published: '2026-05-13', date, place: 'lima', participants, evidence: said(text) });
  const opened = lima('opened', 'Leaders of the Pacific Alliance opened their two-day summit in Lima on Monday.', ['pacific-alliance'], day('2026-05-11', '2026-05-12'));
  const closedBy = lima('closed-by', 'President Ana Ruiz closed the summit in Lima on Tuesday evening with a call for calm.', ['ana-ruiz'], day('2026-05-12'));
  const passive = lima('passive', 'The summit was formally closed by President Ruiz on Tuesday, an hour later than planned.', ['ana-ruiz'], day('2026-05-12'));
  const ceremony = lima('ceremony', 'The summit closes on Tuesday with the handing over of the chair to Chile.', [], day('2026-05-12'));
  const ended = lima('ended', 'The Pacific Alliance summit ended on Tuesday without a joint statement.', ['pacific-alliance'], day('2026-05-12'));

  it('reads a one-day report closing it, closed by someone or with its ceremony, as its closing; one of the summit that ended, as the plenary', () => {
    for (const r of [closedBy, passive, ceremony]) expect(summitPart(r, { ...world, isPerson: isOne })).toBe('closing');
    expect(summitPart(ended, { ...world, isPerson: isOne })).toBe('plenary');
    const told = lima('told', 'Ruiz opened the two-day summit on Monday; the summit was closed by her on Tuesday.', ['ana-ruiz'], day('2026-05-11', '2026-05-12'));
    expect(summitPart(told, { ...world, isPerson: isOne })).not.toBe('closing');
  });

  it('keeps the closing apart from the summit of its days, and its reports together, whichever comes first', () => {
    for (const reports of [
      [opened, closedBy, ended, passive, ceremony],
      [ceremony, passive, ended, closedBy, opened],
    ]) {
      const clusters = mergeReports(reports, within, isOne);
      expect(clusters.map((c) => c.members.map((m) => m.article).sort()).sort()).toEqual([['ceremony', 'closed-by', 'passive'], ['ended', 'opened']]);
    }
  });
});
