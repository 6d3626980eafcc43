import { describe, expect, it } from 'vitest';
import type { UndatedCandidate } from '../events/candidate.ts';
import { attachUndated } from './attach-undated.ts';
import { mergeReports } from './merge-reports.ts';
import { day, report } from '../../../tests/support/reports.ts';

const isPerson = (id: string) => !['russia', 'ukraine', 'united-states'].includes(id);
const published = (article: string) => ({ call: '2026-03-09', later: '2026-03-10', much: '2026-03-20', other: '2026-03-10', before: '2026-03-02', early: '2026-02-20' })[article] ?? '2026-03-09';
const call = () => mergeReports([report({ article: 'call', kind: 'call', published: '2026-03-09', date: day('2026-03-09'), participants: ['vladimir-putin', 'donald-trump', 'united-states'] })], () => undefined, isPerson);
const undated = (over: Partial<UndatedCandidate> = {}): UndatedCandidate => ({
  article: 'later',
  kind: 'call',
  status: 'occurred',
  participants: ['russia', 'ukraine'],
  place: null,
  mentions: ['donald-trump', 'vladimir-putin', 'russia', 'ukraine'],
  evidence: { sentence: 3, text: 'Trump said his “very good call” with Vladimir Putin had covered Ukraine.', start: 0, end: 70 },
  ...over,
});

describe('attachUndated', () => {
  it('gives an undated report the event its own sentence leads with a date, not another it names', () => {
    const sentence = 'Xi Jinping met Sanae Takaichi in Gyeongju on Friday, their first talks since she took office.';
    const clusters = mergeReports(
      [
        report({ article: 'before', kind: 'meeting', published: '2025-10-30', date: day('2025-10-30'), participants: ['lee-jae-myung', 'sanae-takaichi'], place: 'gyeongju' }),
        report({ article: 'later', kind: 'meeting', published: '2025-10-31', date: day('2025-10-31'), participants: ['xi-jinping', 'sanae-takaichi'], place: 'gyeongju', evidence: [{ sentence: 0, text: sentence, start: 0, end: sentence.length }] }),
      ],
      () => undefined,
      isPerson,
    );
    const talks = undated({ article: 'later', kind: 'talks', participants: ['sanae-takaichi'], place: 'gyeongju', mentions: ['xi-jinping', 'sanae-takaichi', 'gyeongju'], evidence: { sentence: 0, text: sentence, start: 0, end: sentence.length } });
    expect(attachUndated(clusters, [talks], (a) => (a === 'before' ? '2025-10-30' : '2025-10-31'), isPerson)).toEqual([]);
    expect(clusters.map((c) => c.members.map((m) => m.article))).toEqual([['before'], ['later', 'later']]);
  });

  it('makes an undated report of the day after its evidence, without giving it a date or people', () => {
    const clusters = call();
    expect(attachUndated(clusters, [undated()], published, isPerson)).toEqual([]);
    const added = clusters[0]!.members[1]!;
    expect(added).toMatchObject({ article: 'later', datedByPublication: true, participants: [], evidence: [{ sentence: 3 }] });
  });

  it('leaves it undated when it names one of the people, speaks of a plan, is of another sort, or comes long after', () => {
    for (const other of [undated({ mentions: ['donald-trump', 'russia'] }), undated({ status: 'planned' }), undated({ kind: 'meeting' }), undated({ article: 'much' })]) {
      const clusters = call();
      expect(attachUndated(clusters, [other], published, isPerson)).toEqual([other]);
      expect(clusters[0]!.members).toHaveLength(1);
    }
  });

  it('ties a report naming one of the event\'s people and its place', () => {
    const clusters = mergeReports([report({ article: 'call', kind: 'meeting', published: '2026-03-09', date: day('2026-03-09'), participants: ['abbas-araghchi', 'david-lammy'], place: 'geneva' })], () => undefined, isPerson);
    const after = undated({ kind: 'meeting', participants: ['abbas-araghchi'], place: 'geneva', mentions: ['abbas-araghchi', 'geneva'] });
    expect(attachUndated(clusters, [after], published, isPerson)).toEqual([]);
    const elsewhere = undated({ kind: 'meeting', participants: ['abbas-araghchi'], place: null, mentions: ['abbas-araghchi', 'muscat'] });
    expect(attachUndated(clusters, [elsewhere], published, isPerson)).toEqual([elsewhere]);
  });

  it('leaves it undated when its sentence names a town of another country than the event\'s', () => {
    const royal = (id: string) => id === 'alaric-iv' || id === 'queen-mira';
    const arrival = () => mergeReports([report({ article: 'call', kind: 'other', published: '2026-03-09', date: day('2026-03-09'), participants: ['alaric-iv', 'queen-mira'], place: 'lusk' })], () => undefined, royal);
    const within = (place: string) => ({ lusk: 'norland', kessel: 'estmark', 'war-memorial': 'lusk' })[place];
    const flewHome = undated({ kind: 'other', participants: [], mentions: ['alaric-iv', 'queen-mira', 'war-memorial', 'kessel'] });
    expect(attachUndated(arrival(), [flewHome], published, royal, undefined, within)).toEqual([flewHome]);
    const atTheMemorial = undated({ kind: 'other', participants: [], mentions: ['alaric-iv', 'queen-mira', 'war-memorial'] });
    expect(attachUndated(arrival(), [atTheMemorial], published, royal, undefined, within)).toEqual([]);
  });

  it('leaves it undated when two events fit it equally', () => {
    const clusters = mergeReports(
      [
        report({ article: 'call', kind: 'call', date: day('2026-03-07'), participants: ['vladimir-putin', 'donald-trump'] }),
        report({ article: 'call', kind: 'call', date: day('2026-03-09'), participants: ['vladimir-putin', 'donald-trump'] }),
      ],
      () => undefined,
      isPerson,
    );
    expect(clusters).toHaveLength(2);
    expect(attachUndated(clusters, [undated()], published, isPerson)).toHaveLength(1);
  });

  it('makes an undated plan of the days before evidence of the event its people then held, and no plan from too long before', () => {
    const plan = undated({ article: 'before', status: 'planned', evidence: { sentence: 1, text: 'Trump will speak with Putin by phone, the White House said.', start: 0, end: 58 } });
    const clusters = call();
    expect(attachUndated(clusters, [plan], published, isPerson)).toEqual([]);
    expect(clusters[0]!.members[1]).toMatchObject({ article: 'before', status: 'planned', datedByPublication: true });
    const stale = { ...plan, article: 'early' };
    expect(attachUndated(call(), [stale], published, isPerson)).toEqual([stale]);
  });

  it('ties a report naming no people by the place and two countries at the table, to that table and not the one of the day before', () => {
    const table = (date: string, participants: string[], sides: string[]) =>
      report({ article: 'call', kind: 'talks', date: day(date), participants, place: 'riyadh', roles: { parties: [], mediators: [], present: [], mentioned: [], sides } });
    const clusters = mergeReports([table('2026-03-08', ['united-states'], ['ukraine']), table('2026-03-09', ['united-states'], ['russia'])], () => undefined, isPerson);
    const lasted = undated({ kind: 'talks', participants: [], mentions: ['russia', 'united-states', 'riyadh'], evidence: { sentence: 0, text: 'The talks between the Russian and American delegations in Riyadh lasted 12 hours.', start: 0, end: 80 } });
    expect(attachUndated(clusters, [lasted], published, isPerson)).toEqual([]);
    expect(clusters.map((c) => c.members.length)).toEqual([1, 2]);
    expect(attachUndated(clusters, [{ ...lasted, mentions: ['russia', 'united-states'] }], published, isPerson)).toHaveLength(1);
  });

  it('ties a report naming the place and one side, named or as a person\'s side, also days later; one naming no place only in the few days after', () => {
    const onlyPerson = (id: string) => id === 'asaad-al-shaibani';
    const table = () => mergeReports([report({ article: 'call', kind: 'talks', date: day('2026-03-09'), participants: ['israel', 'syria'], place: 'baku' })], () => undefined, onlyPerson);
    const sideOf = (person: string) => (person === 'asaad-al-shaibani' ? 'syria' : undefined);
    const serious = undated({ article: 'much', kind: 'talks', participants: ['asaad-al-shaibani'], place: 'baku', mentions: ['asaad-al-shaibani', 'baku'], evidence: { sentence: 0, text: 'Al-Shaibani said the first round in Baku had shown both sides were serious.', start: 0, end: 74 } });
    const clusters = table();
    expect(attachUndated(clusters, [serious], published, onlyPerson, sideOf)).toEqual([]);
    expect(clusters[0]!.members.map((m) => m.article)).toEqual(['call', 'much']);
    // Without the side of the person it names, or without the place, it stays undated.
    expect(attachUndated(table(), [serious], published, onlyPerson)).toEqual([serious]);
    const unplaced = { ...serious, place: null, mentions: ['asaad-al-shaibani', 'israel', 'syria'] };
    expect(attachUndated(table(), [unplaced], published, onlyPerson, sideOf)).toEqual([unplaced]);
    // A report of the place and one side in the days after ties as well.
    expect(attachUndated(table(), [{ ...serious, article: 'later', participants: [], mentions: ['syria', 'baku'] }], published, onlyPerson)).toEqual([]);
  });

  it.each([
    ['Diplomats in Velk say the next step is a summit of Presidents Arlov and Brenn at the Palace of Nations in Lusk.'],
    ['Arlov and Brenn, the two presidents, met in Lusk to open the peace conference, an aide recalled.'],
  ])('ties no gathering of other people to a signing told with its place, by the place and the signing countries alone: %s', (text) => {
    const person = (id: string) => id.includes('-');
    const sideOf = (p: string) => ({ 'mara-arlov': 'velmark', 'ivo-brenn': 'estmark', 'ana-tesk': 'velmark', 'jon-halm': 'estmark' })[p];
    const signing = () =>
      mergeReports(
        [report({ article: 'call', kind: 'other', noun: 'Agreement signed', date: day('2026-03-06'), participants: ['ana-tesk', 'jon-halm', 'velmark', 'estmark'], place: 'lusk', evidence: [{ sentence: 0, text: 'Foreign Ministers Ana Tesk and Jon Halm signed on Friday in Lusk a peace agreement.', start: 0, end: 80 }] })],
        () => undefined,
        person,
        sideOf,
      );
    const summit = undated({ article: 'later', kind: 'summit', participants: ['mara-arlov', 'ivo-brenn'], place: 'lusk', mentions: ['mara-arlov', 'ivo-brenn', 'lusk'], evidence: { sentence: 2, text, start: 0, end: text.length } });
    expect(attachUndated(signing(), [summit], published, person, sideOf)).toEqual([summit]);
    // One of its signers named with the town ties as before ("Tesk said after the signing in Lusk …").
    const signer = { ...summit, kind: 'meeting' as const, participants: ['ana-tesk'], mentions: ['ana-tesk', 'lusk'] };
    expect(attachUndated(signing(), [signer], published, person, sideOf)).toEqual([]);
  });
});
