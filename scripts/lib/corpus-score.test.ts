import { describe, expect, it } from 'vitest';
import { type CorpusInput, type Gold, type GoldEvent, type ScoredEvent, family, formatScore, knownNames, onGoldDate, scoreCorpus } from './corpus-score.ts';
import { parseGazetteer } from '../../src/pipeline/entities/gazetteer.ts';

const TEXT_A = 'Smith and Jones held talks in Oslo on Monday. The two will meet again on Friday. A photo from 2019 shows them laughing. The exchange may follow.';
const TEXT_B = 'Officials said Monday’s talks in Oslo were “useful”. The ministers spoke by phone afterwards.';
const TEXT_C = 'On Tuesday Mayor Ilse Varn stood in silence at the harbour of Dellport, before an open-air service on the quay.';
const TEXT_D = 'Varn bowed her head at the harbour on Tuesday.';

function gold(overrides: Partial<GoldEvent> = {}): GoldEvent {
  return {
    label: 'Smith–Jones talks in Oslo',
    tier: 'key',
    date: '2026-03-02',
    kind: 'talks',
    status: 'occurred',
    participants: ['Ann Smith', 'Bo Jones'],
    place: 'Oslo',
    sources: ['a.txt', 'b.txt'],
    evidence: ['Smith and Jones held talks in Oslo on Monday', 'Monday’s talks in Oslo were “useful”'],
    ...overrides,
  };
}

function event(id: string, date: string, quotes: Record<string, string[]>, overrides: Partial<ScoredEvent> = {}): ScoredEvent {
  return {
    id,
    kind: 'talks',
    title: id,
    date: { value: date, start: date.split('/')[0]!, end: date.split('/').at(-1)! },
    participants: [
      { id: 'ann-smith', name: 'Ann Smith' },
      { id: 'bo-jones', name: 'Bo Jones' },
    ],
    place: { id: 'oslo', name: 'Oslo' },
    sources: Object.entries(quotes).map(([article, texts]) => ({ article, quotes: texts.map((text) => ({ text })) })),
    ...overrides,
  };
}

function input(g: Gold, events: ScoredEvent[], articles = ['a', 'b']): CorpusInput {
  const texts: Record<string, string> = { a: TEXT_A, b: TEXT_B, c: TEXT_C, d: TEXT_D };
  return {
    gold: g,
    timeline: { events, undated: [] },
    articleOf: new Map(articles.map((a) => [`${a}.txt`, a])),
    textOf: new Map(articles.map((a) => [a, texts[a]!])),
  };
}

const BOTH = { a: ['Smith and Jones held talks in Oslo on Monday.'], b: ['Officials said Monday’s talks in Oslo were "useful".'] };

describe('scoreCorpus', () => {
  it('finds a key event on its date, merged from every source, with its people and place', () => {
    const score = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', BOTH)]));
    expect(score).toMatchObject({ key: { hit: 1, of: 1 }, merged: { hit: 1, of: 1 }, wrongDates: 0, duplicates: 0, participants: { hit: 2, of: 2 }, places: { hit: 1, of: 1 } });
  });

  it('finds a party under either name of its state, but not another state', () => {
    const states = (participants: ScoredEvent['participants']) => event('e1', '2026-03-02', BOTH, { participants });
    const parties = (names: string[], found: ScoredEvent['participants']) => scoreCorpus(input({ events: [gold({ participants: [], parties: names })] }, [states(found)])).parties;
    expect(parties(['Türkiye', 'Czech Republic'], [{ id: 'turkiye', name: 'Turkey' }, { id: 'czechia', name: 'Czechia' }])).toEqual({ hit: 2, of: 2 });
    expect(parties(['Burma'], [{ id: 'myanmar', name: 'Myanmar' }])).toEqual({ hit: 1, of: 1 });
    expect(parties(['Turkey'], [{ id: 'greece', name: 'Greece' }])).toEqual({ hit: 0, of: 1 });
  });

  it('finds a person the gold spells as one of the gazetteer aliases of the person found, and no one else by an alias', () => {
    const known = knownNames(parseGazetteer('people:\n  oksana-hrytsenko:\n    name: Oksana Hrytsenkova\n    aliases: [Oksana Grytsenko, Hrytsenko]\n', 'test.yaml'));
    const people = (names: string[], found: ScoredEvent['participants']) =>
      scoreCorpus({ ...input({ events: [gold({ participants: names })] }, [event('e1', '2026-03-02', BOTH, { participants: found })]), known }).participants;
    expect(people(['Oksana Grytsenko', 'Bo Jones'], [{ id: 'oksana-hrytsenko', name: 'Oksana Hrytsenkova' }, { id: 'bo-jones', name: 'Bo Jones' }])).toEqual({ hit: 2, of: 2 });
    expect(people(['Hrytsenko'], [{ id: 'oksana-hrytsenko', name: 'Oksana Hrytsenkova' }])).toEqual({ hit: 1, of: 1 });
    expect(people(['Oksana Grytsenko'], [{ id: 'olena-hrytsenko', name: 'Olena Hrytsenkova' }])).toEqual({ hit: 0, of: 1 });
    expect(scoreCorpus(input({ events: [gold({ participants: ['Oksana Grytsenko'] })] }, [event('e1', '2026-03-02', BOTH, { participants: [{ id: 'oksana-hrytsenko', name: 'Oksana Hrytsenkova' }] })])).participants).toEqual({ hit: 0, of: 1 });
  });

  it('finds a monarch or pope the gold writes with a regnal number under the name found without it, and no other of that name', () => {
    const people = (names: string[], found: ScoredEvent['participants']) => scoreCorpus(input({ events: [gold({ participants: names })] }, [event('e1', '2026-03-02', BOTH, { participants: found })])).participants;
    expect(people(['Pope Leo XIV', 'King Charles III'], [{ id: 'leo', name: 'Leo' }, { id: 'charles', name: 'Charles' }])).toEqual({ hit: 2, of: 2 });
    expect(people(['Queen Margrethe'], [{ id: 'margrethe-ii', name: 'Margrethe II' }])).toEqual({ hit: 1, of: 1 });
    expect(people(['Pope Leo XIII'], [{ id: 'leo-xiv', name: 'Leo XIV' }])).toEqual({ hit: 0, of: 1 });
    expect(people(['Wang Li'], [{ id: 'li', name: 'Li' }])).toEqual({ hit: 1, of: 1 });
  });

  it('counts an event that cites two gold events of its day through a sentence of each as mixed, but not through one sentence about both', () => {
    const other = gold({ label: 'Smith–Jones call', kind: 'talks', sources: ['b.txt'], evidence: ['The ministers spoke by phone afterwards'] });
    const swallowing = event('e1', '2026-03-02', { a: BOTH.a, b: ['The ministers spoke by phone afterwards.'] });
    expect(scoreCorpus(input({ events: [gold({ sources: ['a.txt'], evidence: [gold().evidence[0]!] }), other] }, [swallowing])).mixed).toBe(1);
    const both = gold({ label: 'Second meeting', sources: ['a.txt'], evidence: ['Smith and Jones held talks in Oslo'] });
    expect(scoreCorpus(input({ events: [gold({ sources: ['a.txt'], evidence: [gold().evidence[0]!] }), both] }, [event('e1', '2026-03-02', { a: BOTH.a })])).mixed).toBe(0);
  });

  it('counts a report of each source as two events: a duplicate, not merged, not found once', () => {
    const score = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', { a: BOTH.a }), event('e2', '2026-03-02', { b: BOTH.b })]));
    expect(score).toMatchObject({ key: { hit: 0, of: 1 }, merged: { hit: 0, of: 1 }, duplicates: 1 });
  });

  describe('one sentence telling two gold events of a day and family (a silence kept at a harbour before a service on its quay)', () => {
    const varn = [{ id: 'ilse-varn', name: 'Ilse Varn' }];
    const told = (label: string, evidence: string[], sources: string[]) =>
      gold({ label, date: '2026-03-03', kind: 'other', participants: ['Ilse Varn'], place: 'Dellport', sources, evidence });
    const golds: Gold = {
      events: [
        told('Varn’s silence at the harbour', ['stood in silence at the harbour of Dellport', 'Varn bowed her head at the harbour'], ['c.txt', 'd.txt']),
        told('Open-air service on the quay', ['before an open-air service on the quay'], ['c.txt']),
      ],
    };
    const SENTENCE = [TEXT_C];
    const happening = (id: string, quotes: Record<string, string[]>) => event(id, '2026-03-03', quotes, { kind: 'other', participants: varn, place: { id: 'dellport', name: 'Dellport' } });
    const silence = happening('silence', { c: SENTENCE, d: [TEXT_D] });
    const service = happening('service', { c: SENTENCE });
    const score = (events: ScoredEvent[]) => scoreCorpus(input(golds, events, ['c', 'd']));

    it('gives each gold event the event of its own: both found, no duplicate', () => {
      expect(score([silence, service])).toMatchObject({ key: { hit: 2, of: 2 }, merged: { hit: 1, of: 1 }, duplicates: 0, mixed: 0, places: { hit: 2, of: 2 } });
      expect(score([service, silence])).toMatchObject({ key: { hit: 2, of: 2 }, merged: { hit: 1, of: 1 }, duplicates: 0 });
    });

    it('still counts a second report of one of them as a duplicate of that one alone', () => {
      const again = happening('again', { d: [TEXT_D] });
      const found = score([silence, service, again]);
      expect(found).toMatchObject({ key: { hit: 1, of: 2 }, merged: { hit: 0, of: 1 }, duplicates: 1 });
      expect(found.misses).toContainEqual({ label: 'Varn’s silence at the harbour', why: 'reported 2 times: silence, again' });
    });

    it('lets one event report one of them, not both', () => {
      const found = score([silence]);
      expect(found).toMatchObject({ key: { hit: 1, of: 2 }, duplicates: 0 });
      expect(found.misses).toContainEqual({ label: 'key: Open-air service on the quay', why: 'not found: silence reports “Varn’s silence at the harbour”' });
    });

    it('gives an event citing as much of both to the one at its place, not the one elsewhere', () => {
      const onTheQuay: Gold = { events: [golds.events[0]!, { ...golds.events[1]!, place: 'Quayside' }] };
      const alone = event('service', '2026-03-03', { c: SENTENCE }, { kind: 'other', participants: varn, place: { id: 'quayside', name: 'Quayside' } });
      const found = scoreCorpus(input(onTheQuay, [alone], ['c', 'd']));
      expect(found.misses).toContainEqual({ label: 'key: Varn’s silence at the harbour', why: 'not found: service reports “Open-air service on the quay”' });
    });
  });

  it('calls an event citing the evidence on another day a wrong date, and an accepted day right', () => {
    const wrong = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-03', BOTH)]));
    expect(wrong).toMatchObject({ key: { hit: 0 }, wrongDates: 1 });
    expect(wrong.misses.map((m) => m.label)).toContain('wrong date: e1');
    const accepted = scoreCorpus(input({ events: [gold({ accept: ['2026-03-03'] })] }, [event('e1', '2026-03-03', BOTH)]));
    expect(accepted).toMatchObject({ key: { hit: 1 }, wrongDates: 0 });
  });

  it('calls a second event of a found gold event’s sentences unmatched, and evidence taken onto another day a wrong date', () => {
    // "… held talks in Oslo on Monday and will meet again on Friday": the Friday meeting is another happening of the same sentence.
    const friday = event('e2', '2026-03-06', { a: BOTH.a });
    const second = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', BOTH), friday]));
    expect(second).toMatchObject({ key: { hit: 1 }, wrongDates: 0, unmatched: 1 });
    expect(second.misses.map((m) => m.label)).toContain('unmatched: e2 (talks 2026-03-06)');
    // The found event does not cite the sentence the other one takes: that evidence is on the wrong day.
    const taken = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', { b: BOTH.b }), event('e2', '2026-03-06', BOTH)]));
    expect(taken).toMatchObject({ wrongDates: 1, unmatched: 0 });
    // Nothing found on the gold's date: still a wrong date.
    expect(scoreCorpus(input({ events: [gold()] }, [friday]))).toMatchObject({ wrongDates: 1, unmatched: 0 });
  });

  it('ties events to gold only within a kind family', () => {
    expect(family('meeting')).toBe(family('summit'));
    expect(family('exchange')).toBe('other');
    const call = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', BOTH, { kind: 'call' })]));
    expect(call).toMatchObject({ key: { hit: 0 }, wrongDates: 0, unmatched: 1 });
  });

  it('scores a split against the sources and evidence in it', () => {
    const score = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', { a: BOTH.a })], ['a']));
    expect(score).toMatchObject({ key: { hit: 1, of: 1 }, merged: { hit: 0, of: 0 } });
    expect(scoreCorpus(input({ events: [gold({ sources: ['b.txt'] })] }, [], ['a'])).key.of).toBe(0);
  });

  it('compares spans, months and years as precisely as the gold gives them', () => {
    const span = { value: '2026-03-02/2026-03-03', start: '2026-03-02', end: '2026-03-03' };
    expect(onGoldDate(span, { date: { start: '2026-03-02', end: '2026-03-03' } })).toBe(true);
    expect(onGoldDate(span, { date: '2026-03-02' })).toBe(false);
    expect(onGoldDate({ value: '2026-03~', start: '2026-03-01', end: '2026-03-31' }, { date: '2026-03' })).toBe(true);
    expect(onGoldDate({ value: '2026', start: '2026-01-01', end: '2026-12-31' }, { date: 2026 })).toBe(true);
  });

  it('tells two events on one day in one sentence apart by who took part', () => {
    const other = event('e2', '2026-03-02', { a: BOTH.a }, { participants: [{ id: 'cy-lee', name: 'Cy Lee' }] });
    const score = scoreCorpus(input({ events: [gold({ sources: ['a.txt'] })] }, [event('e1', '2026-03-02', { a: BOTH.a }), other]));
    expect(score).toMatchObject({ key: { hit: 1 }, duplicates: 0 });
  });

  it('reports missing participants and places of found key events', () => {
    const score = scoreCorpus(input({ events: [gold()] }, [event('e1', '2026-03-02', BOTH, { participants: [{ id: 'smith', name: 'Smith' }], place: null })]));
    expect(score).toMatchObject({ participants: { hit: 1, of: 2 }, places: { hit: 0, of: 1 } });
  });

  it('counts verbatim traps in any event, and described ones only in events that are not correct', () => {
    const g: Gold = { events: [gold()], not_events: ['A photo from 2019 shows them laughing', 'durations read as dates: "on Monday" (a)'] };
    const photo = event('p', '2019', { a: ['A photo from 2019 shows them laughing.'] });
    expect(scoreCorpus(input(g, [event('e1', '2026-03-02', BOTH), photo])).notEvents).toBe(1);
    expect(scoreCorpus(input(g, [event('e1', '2026-03-09', BOTH)])).notEvents).toBe(1);
  });

  it('counts the modal "may" read as May', () => {
    const may = event('m', '2026-05', { a: ['The exchange may follow.'] }, { kind: 'other' });
    expect(scoreCorpus(input({ events: [gold()] }, [may])).notEvents).toBe(1);
  });

  it('counts undated mentions given a day, and those the timeline keeps undated', () => {
    const g: Gold = { events: [gold()], undated_mentions: [{ label: 'exchange', source: 'a.txt', evidence: 'The exchange may follow' }] };
    const dated = event('x', '2026-03-02', { a: ['The exchange may follow.'] }, { kind: 'other' });
    expect(scoreCorpus(input(g, [dated]))).toMatchObject({ undatedGivenDay: 1, undatedKept: { hit: 0, of: 1 } });
    const kept = scoreCorpus({ ...input(g, []), timeline: { events: [], undated: [{ article: 'a', quote: { text: 'The exchange may follow.' } }] } });
    expect(kept).toMatchObject({ undatedGivenDay: 0, undatedKept: { hit: 1, of: 1 }, undatedAsEvidence: 0 });
  });

  it('counts an undated mention cited by the gold event it is about as kept, as evidence', () => {
    const g: Gold = { events: [gold()], undated_mentions: [{ label: 'earlier talks', source: 'b.txt', evidence: 'The ministers spoke by phone afterwards' }] };
    const talks = event('e1', '2026-03-02', { ...BOTH, b: [...BOTH.b!, 'The ministers spoke by phone afterwards.'] });
    expect(scoreCorpus(input(g, [talks]))).toMatchObject({ undatedGivenDay: 0, undatedKept: { hit: 1, of: 1 }, undatedAsEvidence: 1 });
    const wrongDay = event('e1', '2026-03-09', { ...BOTH, b: [...BOTH.b!, 'The ministers spoke by phone afterwards.'] });
    expect(scoreCorpus(input(g, [wrongDay]))).toMatchObject({ undatedGivenDay: 1, undatedKept: { hit: 0, of: 1 }, undatedAsEvidence: 0 });
    const inItsSentence: Gold = { events: [gold()], undated_mentions: [{ label: 'Oslo', source: 'a.txt', evidence: 'held talks in Oslo' }] };
    expect(scoreCorpus(input(inItsSentence, [event('e1', '2026-03-02', BOTH)]))).toMatchObject({ undatedKept: { hit: 0, of: 1 }, undatedAsEvidence: 0 });
  });

  it('prints one line of figures, and the misses when asked', () => {
    const score = scoreCorpus(input({ events: [gold()] }, []));
    expect(formatScore('tuning', score, false)).toMatch(/^tuning +key 0\/1 .* merged 0\/1 /);
    expect(formatScore('tuning', score, true).split('\n').slice(1)).toEqual(['    key: Smith–Jones talks in Oslo: not found', '    merge: Smith–Jones talks in Oslo: 2 sources in 0 events on its date ()']);
  });
});
