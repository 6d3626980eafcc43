import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { surnameReader } from './article-people.ts';
import { addMember, newEntry, probeOf, type World } from './cluster-index.ts';
import { keysOfMember, keysToMeet, mayTie, Pair, TIE_NAMES, type TieName, tied } from './ties.ts';
import { day, report, said } from '../../../tests/support/reports.ts';

const world: World = {
  within: (p) => ({ istanbul: 'turkiye', ankara: 'turkiye' })[p],
  isPerson: (id) => !['ukraine', 'russia', 'united-states', 'turkiye'].includes(id),
  sideOf: (p) => ({ 'rustem-umerov': 'ukraine', 'vladimir-medinsky': 'russia', 'steve-witkoff': 'united-states' })[p],
  onMap: () => true,
  seatOf: (p) => ({ ankara: 'turkiye' })[p],
};

function pairFor(members: CandidateEvent[], incoming: CandidateEvent) {
  const entry = newEntry(0);
  for (const m of members) addMember(entry, m, world);
  return { entry, probe: probeOf(incoming, world) };
}

// One pair for each tie.
const talks = (over: Partial<CandidateEvent>) => report({ article: 'b', kind: 'talks', ...over });
const handover = (over: Partial<CandidateEvent>) => report({ article: 'b', kind: 'other', noun: 'Presidency handed over', ...over });
const election = (over: Partial<CandidateEvent>) => report({ article: 'b', kind: 'other', noun: 'Election', ...over });
const PAIRS: [string, CandidateEvent[], CandidateEvent][] = [
  ['article', [report({ article: 'a', kind: 'call', participants: ['donald-trump', 'vladimir-putin'] })], report({ article: 'a', kind: 'call', participants: ['russia', 'united-states'] })],
  ['anonymousDate', [talks({ article: 'a', participants: ['russia'] })], talks({})],
  ['participant', [talks({ article: 'a', participants: ['rustem-umerov'] })], talks({ participants: ['rustem-umerov', 'steve-witkoff'] })],
  ['table', [talks({ article: 'a', participants: ['ukraine', 'united-states'] })], talks({ participants: ['ukraine'], roles: { sides: ['united-states'] } as CandidateEvent['roles'] })],
  ['names', [talks({ article: 'a', mentions: ['iran', 'israel', 'tehran'] })], talks({ participants: ['x-person'], mentions: ['iran', 'israel'] })],
  ['speakers', [report({ article: 'a', kind: 'call', participants: ['donald-trump', 'vladimir-putin'] })], report({ article: 'b', kind: 'call', mentions: ['donald-trump', 'vladimir-putin'] })],
  ['namedByItsArticle', [report({ article: 'a', kind: 'call', participants: ['donald-trump', 'vladimir-putin'] })], report({ article: 'b', kind: 'call', peopleArticleNames: surnameReader(['donald-trump', 'vladimir-putin'])('Putin asked for the call. Trump listened.') })],
  ['spokenFor', [report({ article: 'a', kind: 'call', participants: ['rustem-umerov', 'emmanuel-macron'] })], report({ article: 'b', kind: 'call', participants: ['ukraine'], roles: { sides: ['france'] } as CandidateEvent['roles'] })],
  ['place', [talks({ article: 'a', place: 'istanbul', participants: ['rustem-umerov'] })], talks({ place: 'turkiye', participants: ['hakan-fidan'] })],
  ['peopleForTheTable', [talks({ article: 'a', place: 'istanbul', participants: ['russia', 'ukraine'] })], talks({ place: 'dolmabahce-palace', participants: ['rustem-umerov', 'vladimir-medinsky'] })],
  // One act of one day both give to the day, told by its countries and by the people who speak for them, neither saying where.
  ['peopleForTheTable', [handover({ article: 'a', participants: ['russia', 'ukraine'] })], handover({ participants: ['rustem-umerov', 'vladimir-medinsky'] })],
  ['placeTold', [report({ article: 'a', kind: 'strike', evidence: said('Drones struck the port of Ust-Luga overnight.') })], report({ article: 'b', kind: 'strike', place: 'ust-luga' })],
  // Each tells the other's person by pronoun or office alone, as the entities stage marks it (toldUnnamed).
  ['halves', [talks({ article: 'a', kind: 'meeting', participants: ['recep-erdogan'], mentions: ['recep-erdogan', 'turkiye'], toldUnnamed: true, evidence: said('On Thursday we queued in Istanbul while he was meeting President Erdoğan.') })], talks({ kind: 'meeting', participants: ['leo'], mentions: ['leo', 'turkiye'], toldUnnamed: true, evidence: said("The Pope landed in Turkey on Thursday and met the country's president.") })],
  // One gives the capital as its place, the other writes the capital for its country.
  ['capital', [talks({ article: 'a', date: day('2026-02-25'), participants: ['turkiye'], evidence: said('Ankara hosted the round on Wednesday.') })], talks({ date: day('2026-02-25'), place: 'ankara' })],
  ['whoAndWhere', [talks({ article: 'a', date: day('2026-02-25'), participants: ['rustem-umerov', 'vladimir-medinsky'] })], talks({ date: day('2026-02-25'), place: 'istanbul' })],
  // One meeting of one day naming no one, both seating the unions and the employer by their nouns.
  ['labourTable', [talks({ article: 'a', kind: 'meeting', evidence: said('Shop stewards will meet the managers again on Tuesday.') })], talks({ kind: 'meeting', evidence: said('Management and the unions met on Tuesday.') })],
  // Two elections of one day naming the one house they filled, and no one in common.
  ['house', [election({ article: 'a', participants: ['oren-valtis'], evidence: said('Oren Valtis had resisted calls to quit ever since the upper-house election of 25 February.') })], election({ participants: ['anna-rhee'], evidence: said('Anna Rhee said the party had lost its majority in the upper house in the election of 25 February.') })],
];

describe('ties', () => {
  it('lets through every pair a tie holds for', () => {
    for (const [name, members, incoming] of PAIRS) {
      const { entry, probe } = pairFor(members, incoming);
      expect(tied(new Pair(entry, probe, world), name as TieName), name).toBe(true);
      for (const fit of ['overlap', 'adjacent'] as const) expect(mayTie(entry, probe, world, fit), `${name} ${fit}`).toBe(true);
    }
  });

  it('on its own days lets a report no one takes part in by a cluster only when its article names every person of it', () => {
    // Dated a day apart, so no tie of the same date holds (which days fit is the index's question, not this one).
    const members = [report({ article: 'a', kind: 'call', date: day('2026-02-25'), participants: ['donald-trump', 'vladimir-putin'] })];
    const nameless = (text: string) => pairFor(members, report({ article: 'b', kind: 'call', date: day('2026-02-26'), peopleArticleNames: surnameReader(['donald-trump', 'vladimir-putin'])(text) }));
    const oneNamed = nameless('Trump said the first call was on Monday night.');
    expect(mayTie(oneNamed.entry, oneNamed.probe, world, 'overlap')).toBe(false);
    expect(tied(new Pair(oneNamed.entry, oneNamed.probe, world), 'namedByItsArticle')).toBe(false);
    // On other days a summit going on or a plan moved there is asked of it (compatible.ts otherDaysScore): it is let by as before.
    expect(mayTie(oneNamed.entry, oneNamed.probe, world, 'adjacent')).toBe(true);
    const bothNamed = nameless('The call ran long, a Kremlin aide said. Putin spoke first; Trump listened.');
    expect(mayTie(bothNamed.entry, bothNamed.probe, world, 'overlap')).toBe(true);
  });

  it('finds by its keys every cluster a report of no place may tie with on its own days, and only those it keys', () => {
    // Every report above against every cluster above: a key missing for a tie's `may` fails here.
    const [met, keyed, apart] = [[] as string[], [] as string[], [] as string[]];
    for (const [clusterName, members] of PAIRS) {
      const entry = newEntry(0);
      const filed = new Set<string>();
      for (const m of members) {
        addMember(entry, m, world);
        for (const key of keysOfMember(entry, m, world)) filed.add(key);
      }
      for (const [reportName, , incoming] of PAIRS) {
        const probe = probeOf(incoming, world);
        const keys = keysToMeet(probe);
        if (keys === undefined) continue;
        const found = keys.some((key) => filed.has(key));
        const pair = `${reportName} report, ${clusterName} cluster`;
        if (mayTie(entry, probe, world, 'overlap')) (found ? met : keyed).push(pair);
        else if (!found) apart.push(pair);
      }
    }
    expect(keyed).toEqual([]);
    // A report of people saying no place, and a cluster saying only where (whoAndWhere), met by its key.
    expect(met).toContain('participant report, peopleForTheTable cluster');
    expect(met.length).toBeGreaterThan(10);
    expect(apart.length).toBeGreaterThan(10);
  });

  it('ties people to the countries they speak for without a place only for one act both give to one day', () => {
    const countries = [handover({ article: 'a', participants: ['russia', 'ukraine'] })];
    const byPeople = (over: Partial<CandidateEvent>) => pairFor(countries, handover({ participants: ['rustem-umerov', 'vladimir-medinsky'], ...over }));
    const tiedBy = ({ entry, probe }: ReturnType<typeof pairFor>) => tied(new Pair(entry, probe, world), 'peopleForTheTable');
    expect(tiedBy(byPeople({}))).toBe(true);
    expect(tiedBy(byPeople({ date: day('2026-02-26') }))).toBe(false);
    expect(tiedBy(byPeople({ date: day('2026-02-24', '2026-02-26') }))).toBe(false);
    expect(tiedBy(byPeople({ datedByPublication: true }))).toBe(false);
    expect(tiedBy(byPeople({ noun: 'Agreement signed' }))).toBe(false);
    expect(tiedBy(byPeople({ participants: ['rustem-umerov', 'vladimir-medinsky', 'steve-witkoff'] }))).toBe(false);
    expect(tiedBy(pairFor([talks({ article: 'a', participants: ['russia', 'ukraine'] })], talks({ participants: ['rustem-umerov', 'vladimir-medinsky'] })))).toBe(false);
  });

  it('keys no report saying where or of a strike: a place ties at any level, and a strike by a place told', () => {
    expect(keysToMeet(probeOf(talks({ place: 'istanbul', participants: ['rustem-umerov'] }), world))).toBeUndefined();
    expect(keysToMeet(probeOf(report({ article: 'b', kind: 'strike', participants: ['russia'] }), world))).toBeUndefined();
    expect(keysToMeet(probeOf(talks({ participants: ['rustem-umerov'] }), world))).toContain('someone:rustem-umerov');
  });

  it('spells a key as its kind and value, alike for every report and member that gives it', () => {
    const entry = newEntry(0);
    const first = report({ article: 'a', kind: 'call', participants: ['rustem-umerov', 'ukraine'], mentions: ['turkiye'] });
    addMember(entry, first, world);
    const again = report({ article: 'a', kind: 'call', participants: ['rustem-umerov', 'ukraine'], mentions: ['turkiye'] });
    const keys = keysOfMember(entry, first, world);
    expect(keys).toEqual(['article:a', 'span:2026-02-25/2026-02-25', 'value:2026-02-25', 'kind:call', 'someone:rustem-umerov', 'spokenFor:ukraine', 'someone:ukraine', 'country:ukraine', 'mention:turkiye', 'firstPerson:rustem-umerov']);
    expect(keysOfMember(entry, again, world)).toEqual(keys);
    expect(keysToMeet(probeOf(talks({ participants: ['rustem-umerov'] }), world))).toEqual(keysToMeet(probeOf(talks({ participants: ['rustem-umerov'] }), world)));
  });

  it('has a pair above for every tie it knows', () => {
    expect(TIE_NAMES.filter((t) => !PAIRS.some(([name]) => name === t))).toEqual([]);
  });

  it('reads a place told with its marks as the id that folds them, and no other place', () => {
    const strikeIn = (place: string, text: string) => pairFor([report({ article: 'a', kind: 'strike', evidence: said(text) })], report({ article: 'b', kind: 'strike', place }));
    const told = (place: string, text: string) => {
      const { entry, probe } = strikeIn(place, text);
      return tied(new Pair(entry, probe, world), 'placeTold');
    };
    expect(told('krakow', 'Drones struck a depot near Kraków overnight.')).toBe(true);
    expect(told('lodz', 'A missile hit a warehouse in Łódź.')).toBe(true);
    expect(told('krakow', 'Drones struck a depot near KRAKOW overnight.')).toBe(true);
    expect(told('krakow', 'Drones struck a depot near Krakowiec overnight.')).toBe(false);
  });

  it('takes the countries at the table for who when no one says who by a person', () => {
    const truce = (over: Partial<CandidateEvent>) => report({ article: 'b', kind: 'other', noun: 'Ceasefire', ...over });
    const whoAndWhere = (members: CandidateEvent[], incoming: CandidateEvent) => {
      const { entry, probe } = pairFor(members, incoming);
      return mayTie(entry, probe, world, 'overlap') && tied(new Pair(entry, probe, world), 'whoAndWhere');
    };
    expect(whoAndWhere([truce({ article: 'a', participants: ['ukraine', 'russia'] })], truce({ place: 'istanbul' }))).toBe(true);
    expect(whoAndWhere([truce({ article: 'a', place: 'istanbul' })], truce({ participants: ['ukraine', 'russia'] }))).toBe(true);
    // Met by its key: a report of countries saying no place, an event saying only where.
    const entry = newEntry(0);
    const placed = truce({ article: 'a', place: 'istanbul' });
    addMember(entry, placed, world);
    expect(keysToMeet(probeOf(truce({ participants: ['ukraine'] }), world))?.some((k) => keysOfMember(entry, placed, world).includes(k))).toBe(true);
    // Not when both say who, or both where.
    expect(whoAndWhere([truce({ article: 'a', participants: ['ukraine'], place: 'ankara' })], truce({ participants: ['russia'] }))).toBe(false);
    expect(whoAndWhere([truce({ article: 'a', participants: ['ukraine'] })], truce({ participants: ['russia'], place: 'istanbul' }))).toBe(false);
  });

  it('turns down a report with nothing in common with the cluster', () => {
    const { entry, probe } = pairFor([talks({ article: 'a', place: 'ankara', participants: ['recep-erdogan'] })], talks({ place: 'istanbul', participants: ['rustem-umerov'] }));
    expect(mayTie(entry, probe, world, 'overlap')).toBe(false);
    expect(TIE_NAMES.filter((t) => tied(new Pair(entry, probe, world), t))).toEqual([]);
  });
});
