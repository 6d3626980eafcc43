import { describe, expect, it } from 'vitest';
import { asideAround, boundaryBetween, type DateOwnership, inOtherClause, inOtherClauseThanDate, type NameOwnership, ownerOfDate, ownerOfName, segmentClauses, type Span, strongBoundaryBetween } from './sentence-clauses.ts';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The span of the `nth` occurrence of `words` in `text`. */
function at(text: string, words: string, nth = 1): Span {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`"${words}" is not ${nth} times in "${text}"`);
  return { start, end: start + words.length };
}

interface Trigger extends Span {
  words: string;
}

/** Who owns the date `date` among the triggers `triggers` (words of the text), with the rule that decided; every other date of the sentence in `others`. */
function owner(text: string, date: string, triggers: string[], others: string[] = []): { owner?: string; rule: DateOwnership<Trigger>['rule']; aside?: string } {
  const found = triggers.map((words) => ({ ...at(text, words), words }));
  const result = ownerOfDate(segmentClauses(text), at(text, date), found, { newDay: false, dates: [date, ...others].map((d) => at(text, d)) });
  return { owner: result.owner?.words, rule: result.rule, ...(result.aside ? { aside: text.slice(result.aside.start, result.aside.end) } : {}) };
}

describe('segmenting a sentence into clauses', () => {
  it('finds a subordinate clause from its opening word to the next boundary', () => {
    const frozen = 'Talks have been frozen since the strikes began in late February.';
    expect(inOtherClause(segmentClauses(frozen), at(frozen, 'late February'), at(frozen, 'Talks'))).toBe(true);
    const since = 'Since the war began in 2022, Oslo has hosted 20 rounds of talks.';
    expect(inOtherClause(segmentClauses(since), at(since, '2022'), at(since, 'talks'))).toBe(true);
    const held = 'Talks were held on Monday after a pause.';
    expect(inOtherClause(segmentClauses(held), at(held, 'Monday'), at(held, 'Talks'))).toBe(false);
  });

  it('takes a clause opening the sentence with "when" or "while" for a subordinate one, not one inside it', () => {
    const text = 'When they met in Madrid in March, Weber and Duarte agreed to hold talks in Lisbon in June.';
    expect(inOtherClause(segmentClauses(text), at(text, 'March'), at(text, 'talks'))).toBe(true);
    expect(owner(text, 'March', ['met', 'talks'])).toEqual({ owner: 'met', rule: 'own-clause' });
    const whilst = 'While in Madrid in March for talks, Weber met Kowal on Friday.';
    expect(owner(whilst, 'Friday', ['talks', 'met'])).toEqual({ owner: 'met', rule: 'own-clause' });
    const midway = 'Weber met Duarte in Madrid in March when they agreed on talks.';
    expect(inOtherClause(segmentClauses(midway), at(midway, 'March'), at(midway, 'met'))).toBe(false);
  });

  it('tells a date and a trigger in different clauses apart, either of them subordinate', () => {
    const host = 'Oslo will host Zelensky on Monday, a week after his call with Putin.';
    const clauses = segmentClauses(host);
    expect(inOtherClauseThanDate(clauses, at(host, 'Monday'), at(host, 'call'))).toBe(true);
    expect(inOtherClauseThanDate(clauses, at(host, 'Monday'), at(host, 'host'))).toBe(false);
    expect(inOtherClause(clauses, at(host, 'Monday'), at(host, 'call'))).toBe(false);
  });

  it('finds a relative aside set off by commas, to its closing comma or the end', () => {
    const talks = 'The talks, which ended on Friday, produced a deal.';
    const aside = asideAround(segmentClauses(talks), at(talks, 'Friday'))!;
    expect(talks.slice(aside.start, aside.end)).toBe(', which ended on Friday,');
    const planned = 'He postponed his trip to Oslo, planned for Thursday, as talks stalled.';
    expect(asideAround(segmentClauses(planned), at(planned, 'Thursday'))).toBeDefined();
    expect(asideAround(segmentClauses(planned), at(planned, 'talks'))).toBeUndefined();
  });

  it('knows the boundaries between two offsets, a semicolon or a dash as strong ones', () => {
    const text = 'They met in 2025 — the previous meeting was in April, officials said; talks went on.';
    const clauses = segmentClauses(text);
    expect(boundaryBetween(clauses, 0, text.indexOf('the previous'))).toBe(true);
    expect(strongBoundaryBetween(clauses, 0, text.indexOf('the previous'))).toBe(true);
    expect(boundaryBetween(clauses, text.indexOf('the previous'), text.indexOf('April'))).toBe(false);
    expect(strongBoundaryBetween(clauses, text.indexOf('April'), text.indexOf('officials'))).toBe(false);
    expect(boundaryBetween(clauses, text.indexOf('April'), text.indexOf('officials'))).toBe(true);
    // A boundary must lie wholly inside the stretch: the comma alone is not one.
    expect(boundaryBetween(clauses, text.indexOf('April'), text.indexOf(', officials') + 1)).toBe(false);
  });

  it('takes the dashes of an aside wholly between two offsets for no strong boundary, but either dash alone for one', () => {
    const text = 'On 2 April — "Liberation Day", as the White House called it — Trump put a tariff on EU goods.';
    const clauses = segmentClauses(text);
    expect(strongBoundaryBetween(clauses, at(text, '2 April').end, at(text, 'tariff').start)).toBe(false);
    expect(strongBoundaryBetween(clauses, at(text, 'Liberation').start, at(text, 'tariff').start)).toBe(true);
    expect(strongBoundaryBetween(clauses, at(text, '2 April').end, at(text, 'Liberation').start)).toBe(true);
  });
});

describe('which trigger a date belongs to', () => {
  it('own-clause: a trigger in the date’s own clause goes first', () => {
    const text = 'Putin received Witkoff at the Kremlin on Friday, aide Yuri Ushakov told reporters.';
    expect(owner(text, 'Friday', ['received', 'told'])).toEqual({ owner: 'received', rule: 'own-clause' });
  });

  it('no-strong-boundary: then one that no dash or semicolon sets apart', () => {
    const text = 'It was their fifth encounter, held in 2025 — the previous meeting was in April.';
    expect(owner(text, '2025', ['encounter', 'meeting'])).toEqual({ owner: 'encounter', rule: 'no-strong-boundary' });
    expect(owner(text, 'April', ['encounter', 'meeting'])).toEqual({ owner: 'meeting', rule: 'own-clause' });
  });

  it('nearest: else the nearest trigger, whatever stands between', () => {
    const text = 'Talks; then on Monday — nothing.';
    expect(owner(text, 'Monday', ['Talks'])).toEqual({ owner: 'Talks', rule: 'nearest' });
  });

  it('a date in a subordinate clause is not the main clause’s trigger’s', () => {
    const text = 'Oslo will host Zelensky on Monday, a week after his call with Putin on Tuesday.';
    expect(owner(text, 'Monday', ['host', 'call'])).toEqual({ owner: 'host', rule: 'own-clause' });
    expect(owner(text, 'Tuesday', ['host', 'call'])).toEqual({ owner: 'call', rule: 'own-clause' });
  });

  it('a date before a second predicate closes the clause of the trigger before it', () => {
    const text = 'The leaders spoke by phone on Thursday and agreed to meet.';
    expect(owner(text, 'Thursday', ['spoke', 'meet'])).toEqual({ owner: 'spoke', rule: 'own-clause' });
    const after = 'The leaders spoke by phone and on Thursday agreed to meet.';
    expect(owner(after, 'Thursday', ['spoke', 'meet']).owner).toBe('meet');
  });

  it('a date in a second predicate ("then", "and" and a verb in the past, past a semicolon) is not the day of a trigger before it that a day of its own dates, however far an aside sets that day off', () => {
    const text = 'On 2 April, which the White House called "Liberation Day", Trump put a tariff on EU goods, then halved it on 9 April.';
    expect(owner(text, '9 April', ['tariff'], ['2 April'])).toEqual({ rule: 'none' });
    expect(owner(text, '2 April', ['tariff'], ['9 April'])).toEqual({ owner: 'tariff', rule: 'no-strong-boundary' });
    const dashes = 'On 2 April — "Liberation Day", as the White House called it — Trump put a tariff on EU goods, and then he halved it on 9 April.';
    expect(owner(dashes, '9 April', ['tariff'], ['2 April'])).toEqual({ rule: 'none' });
    const past = 'On 2 April, which the White House called "Liberation Day", Trump put a tariff on EU goods, and halved it on 9 April.';
    expect(owner(past, '9 April', ['tariff'], ['2 April'])).toEqual({ rule: 'none' });
    const semicolon = 'On 2 April, which the White House called "Liberation Day", Trump put a tariff on EU goods; on 9 April he halved it.';
    expect(owner(semicolon, '9 April', ['tariff'], ['2 April'])).toEqual({ rule: 'none' });
    expect(owner('Trump put a tariff on EU goods; on 9 April he halved it.', '9 April', ['tariff'])).toEqual({ owner: 'tariff', rule: 'nearest' });
    const itsDay = 'On 2 April, which the White House called "Liberation Day", Trump put a tariff on EU goods, and on 9 April halved it.';
    expect(owner(itsDay, '9 April', ['tariff'], ['2 April'])).toEqual({ rule: 'none' });
    // With no day of its own, the trigger still takes the later day; nor does an office held then ("then a senator") open a second predicate.
    const undated = 'Trump put a tariff on EU goods, then halved it on 9 April.';
    expect(owner(undated, '9 April', ['tariff']).owner).toBe('tariff');
    const office = 'In 2019 the premier met Lund, then a senator, on 4 March.';
    expect(owner(office, '4 March', ['met'], ['2019']).owner).toBe('met');
  });

  it('aside-describes-noun: a date in a relative aside tells of the noun before it', () => {
    const text = 'The talks, which ended on Friday, produced a deal.';
    expect(owner(text, 'Friday', ['talks', 'deal'])).toEqual({ owner: 'talks', rule: 'aside-describes-noun', aside: ', which ended on Friday,' });
    const summit = 'Carney flew west on Sunday before the G7 summit, which opens on Monday.';
    expect(owner(summit, 'Monday', ['flew', 'summit'], ['Sunday']).owner).toBe('summit');
  });

  it('own-aside: unless the aside tells of its own event', () => {
    const text = 'Both sides want to restore the dialogue, which had been cut off in 2021 after talks collapsed.';
    expect(owner(text, '2021', ['dialogue', 'cut off'])).toEqual({ owner: 'cut off', rule: 'own-aside', aside: ', which had been cut off in 2021 after talks collapsed.' });
  });

  it('aside-dated-by-main-clause: nor of the noun when the main clause goes on to date it', () => {
    const text = 'The talks, which were in doubt last night, went ahead this morning.';
    expect(owner(text, 'last night', ['talks'], ['this morning'])).toEqual({ rule: 'aside-dated-by-main-clause' });
  });

  it('none: no trigger may take the date', () => {
    expect(owner('Nothing happened on Monday.', 'Monday', [])).toEqual({ rule: 'none' });
  });
});

describe('a date in a relative clause on a place with a subject of its own', () => {
  it('belongs to no trigger outside the clause, before it or after it', () => {
    const port = 'The minister stood in silence at the harbour of Velm, where the blast of August 2049 killed more than 200 people, and met families of the victims.';
    expect(owner(port, 'August 2049', ['met'])).toEqual({ rule: 'place-clause' });
    const square = 'On Monday the envoy prayed at the square in Orsa, where a bomb killed 40 people in March 2051, and then met the mayor.';
    expect(owner(square, 'March 2051', ['met'], ['Monday'])).toEqual({ rule: 'place-clause' });
  });
  it('belongs to a trigger inside it, and a clause of the main actor is no clause of its own', () => {
    const summit = 'Lund flew to Orsa, where the summit opens on Monday.';
    expect(owner(summit, 'Monday', ['flew', 'summit'])).toEqual({ owner: 'summit', rule: 'place-clause' });
    const her = 'Lund flew to Orsa, where she met the mayor on Monday.';
    expect(owner(her, 'Monday', ['flew', 'met'])).toEqual({ owner: 'met', rule: 'own-clause' });
  });
  it('leaves the main clause its own day', () => {
    expect(extractOne('2063-03-16', 'On Monday the envoy prayed at the square in Orsa, where a bomb killed 40 people in March 2051, and then met the mayor.\n').candidates.map((c) => `${c.kind} ${c.date.value}`)).toContain('meeting 2063-03-12');
  });
});

describe('which trigger a person or a place belongs to', () => {
  const sayings = new Set(['told', 'said']);
  function nameOwner(text: string, name: string, triggers: string[]): string | undefined {
    return nameOwnership(text, name, triggers).owner;
  }
  function nameOwnership(text: string, name: string, triggers: string[], place = false): { owner?: string; rule: NameOwnership<Trigger>['rule'] } {
    const found = triggers.map((words) => ({ ...at(text, words), words }));
    const result = ownerOfName(segmentClauses(text), at(text, name), found, (m) => sayings.has(m.words), { place });
    return { owner: result.owner?.words, rule: result.rule };
  }

  it('is the nearest trigger', () => {
    expect(nameOwnership('Umerov met Witkoff in Oslo.', 'Witkoff', ['met'])).toEqual({ owner: 'met', rule: 'nearest' });
    expect(nameOwner('Umerov met Witkoff, Brandt said.', 'Brandt', ['met', 'said'])).toBe('said');
    expect(nameOwnership('Witkoff was in Oslo.', 'Witkoff', [])).toEqual({ rule: 'none' });
  });

  it('is the event told before a saying that closes the sentence after a comma, however near the saying stands', () => {
    const text = 'Umerov met Tomas Petraitis in Riga, she told reporters.';
    expect(nameOwnership(text, 'Riga', ['met', 'told'])).toEqual({ owner: 'met', rule: 'before-attribution' });
    // …not across a full stop, nor for the speaker after the comma.
    expect(nameOwnership('Umerov met Petraitis. Lis was in Riga, she told reporters.', 'Riga', ['met', 'told'])).toEqual({ owner: 'told', rule: 'nearest' });
    expect(nameOwner('Umerov met Petraitis in Riga, spokesman Pawel Lis told reporters.', 'Pawel Lis', ['met', 'told'])).toBe('told');
  });

  it('is the reported event for a name in a reported clause, not the saying', () => {
    const text = 'Adviser Lena Brandt told reporters that Tobias Gruber and Martin Kral had spoken.';
    expect(nameOwner(text, 'Lena Brandt', ['told', 'spoken'])).toBe('told');
    expect(nameOwnership(text, 'Tobias Gruber', ['told', 'spoken'])).toEqual({ owner: 'spoken', rule: 'reported-clause' });
    // …up to the end of the reported clause.
    const ended = 'Brandt told reporters that Gruber was recovering at home; the talks were over.';
    expect(nameOwner(ended, 'Gruber', ['told', 'talks'])).toBe('told');
  });
});

describe('a place closing an item of a list of happenings', () => {
  const text = "The vote followed a week of protests, Korvia's air strikes on the barracks in Velmar on Tuesday, and a withdrawal of troops that night.";
  const triggers = ['protests', 'air strikes', 'withdrawal'];

  it("is that item's, not the next item's it stands nearer", () => {
    expect(ownerOfName(segmentClauses(text), at(text, 'Velmar'), triggers.map((words) => ({ ...at(text, words), words })), () => false, { place: true })).toMatchObject({ owner: { words: 'air strikes' }, rule: 'list-item' });
  });

  it("stays the nearest trigger's when it is a person, or when the next clause is no item of a list", () => {
    expect(ownerOfName(segmentClauses(text), at(text, 'Velmar'), triggers.map((words) => ({ ...at(text, words), words })), () => false, { place: false })).toMatchObject({ owner: { words: 'withdrawal' }, rule: 'nearest' });
    const clause = "Korvia's air strikes on the army barracks hit Velmar, and troops withdrew.";
    expect(ownerOfName(segmentClauses(clause), at(clause, 'Velmar'), ['air strikes', 'withdrew'].map((words) => ({ ...at(clause, words), words })), () => false, { place: true })).toMatchObject({ owner: { words: 'withdrew' }, rule: 'nearest' });
  });
});

describe('a place inside a relative aside that tells a happening of its own', () => {
  const text = 'Meanwhile Arlov, who met Premier Vance at Kessel Castle yesterday, opens a new bridge in Orsk today.';
  const triggers = ['met', 'opens'].map((words) => ({ ...at(text, words), words }));

  it("is the aside's happening's, though the main clause's verb stands nearer it", () => {
    expect(ownerOfName(segmentClauses(text), at(text, 'Kessel Castle'), triggers, () => false, { place: true })).toMatchObject({ owner: { words: 'met' }, rule: 'own-aside' });
    expect(ownerOfName(segmentClauses(text), at(text, 'Orsk'), triggers, () => false, { place: true })).toMatchObject({ owner: { words: 'opens' }, rule: 'nearest' });
  });

  it('stays the nearest trigger’s when the aside tells no happening, or for a person', () => {
    const plain = 'Arlov, who was at Kessel Castle yesterday, opens a new bridge in Orsk today.';
    expect(ownerOfName(segmentClauses(plain), at(plain, 'Kessel Castle'), [{ ...at(plain, 'opens'), words: 'opens' }], () => false, { place: true })).toMatchObject({ owner: { words: 'opens' }, rule: 'nearest' });
    expect(ownerOfName(segmentClauses(text), at(text, 'Kessel Castle'), triggers, () => false, { place: false })).toMatchObject({ owner: { words: 'opens' }, rule: 'nearest' });
  });
});

describe('a name in apposition', () => {
  const dated = (body: string) => extractOne('2062-03-16', `${body}\n`).candidates.map((c) => [c.kind, c.date.value]);

  it('ends no clause: the date after it is the event before it', () => {
    expect(dated('The delegation was received by the Oberlinde mayor, Henrike Sautter, on Tuesday afternoon, and they signed a renewed twinning charter in the town hall.')).toEqual([['meeting', '2062-03-14'], ['other', '2062-03-14']]);
    // The signing after "and the two", with no day of its own, takes the meeting's (coordinated-predicate.ts).
    expect(dated('The minister met her Ostrian counterpart, Irena Pavlek, on Monday, and the two signed a fisheries accord.')).toEqual([['meeting', '2062-03-13'], ['other', '2062-03-13']]);
  });

  it('is no list of names, whose commas still part its items', () => {
    expect(segmentClauses('Leaders of Korvia, Estmark, Ostria and Valdria met.').boundaries).toHaveLength(2);
    expect(segmentClauses('The minister met her counterpart, Irena Pavlek, in Veldora.').boundaries).toHaveLength(0);
  });
});
