// What is said at a gathering is a statement of its speaker on the gathering's day, not more
// evidence of the gathering: "Obi told the opening session", "said the minister in his
// intervention in the first session on Saturday", "In her speech to the plenary session …".
// And a gathering over days whose first day is its ministers' is the leaders' on the days after.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Kind, day and people of every candidate an article gives (Wednesday 2058-03-13 is its day). */
const found = (body: string) => extractOne('2058-03-13', `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.participants.filter((p) => !p.includes('ukraine')).join('+')]);

describe('a saying told to a session is its speaker’s statement of the session’s day', () => {
  it.each([
    // A wire: the quotation first, the audience after the verb; the summit opened the day before the story.
    ['Zelenskyy opened the two-day summit in Geneva on Tuesday morning. "We must stand together," Zelenskyy told the opening session.', 'volodymyr-zelenskyy', '2058-03-12'],
    // A plain report: the summit's day told before, the closing session its last day.
    ['Leaders met for a summit in Geneva on Monday and Tuesday. Putin told the closing session that the region must act.', 'vladimir-putin', '2058-03-12'],
    // A foreign daily's inversion, the day of its own.
    ['Leaders gathered in Geneva on Tuesday for a summit. "The poor need a voice," said Zelenskyy in his intervention in the first session on Tuesday.', 'volodymyr-zelenskyy', '2058-03-12'],
    // A speech to the plenary, its day given.
    ['Leaders gathered in Geneva on Tuesday for a summit. In his speech to the plenary session on Wednesday, Trump warned of tariffs.', 'donald-trump', '2058-03-13'],
  ])('%s', (body, speaker, day) => {
    const events = found(body);
    expect(events).toContainEqual(['statement', day, speaker]);
    // The gathering does not cite the saying's sentence as its own.
    const gatherings = extractOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.kind !== 'statement');
    expect(gatherings.flatMap((c) => c.evidence.map((e) => e.sentence))).not.toContain(1);
  });

  it.each([
    // The press told of a summit: the summit is a report of its own.
    ['Zelenskyy told the press the summit would open in Geneva on Friday.', 'summit'],
    // A session that happened, no one speaking to it.
    ['Putin chaired the opening session of the summit in Geneva on Tuesday.', 'summit'],
  ])('a gathering not spoken to stays one: %s', (body, kind) => {
    expect(found(body).map(([k]) => k)).toContain(kind);
  });
});

describe('a gathering whose first day is its ministers’ is the leaders’ on the days after', () => {
  it.each([
    // A regional paper's plan.
    ['Geneva will host an emergency summit of regional leaders on Sunday and Monday, with foreign ministers meeting first.', '2058-03-18'],
    // A preview's dates and a ministers' meeting to open with.
    ['The summit in Geneva, on 17 and 18 March, opens with a meeting of finance ministers.', '2058-03-18'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'summit').map(([, d]) => d)).toEqual([day]);
  });

  it('the ministers’ meeting it opens with is the first day', () => {
    expect(found('The summit in Geneva, on 17 and 18 March, opens with a meeting of finance ministers.')).toContainEqual(['meeting', '2058-03-17', '']);
  });

  it('ministers only attending leave the days as told', () => {
    expect(found('Geneva will host a summit of regional leaders on Sunday and Monday, with foreign ministers attending.').filter(([kind]) => kind === 'summit').map(([, d]) => d)).toEqual(['2058-03-17/2058-03-18']);
  });
});

describe('a session listened to is no meeting of its own', () => {
  it.each([
    // A photo caption's present.
    'Argentine Foreign Minister Umerov listens to a session in Geneva on Tuesday.',
    // A wire's past, the session named by its day of the gathering.
    'Delegates from Ukraine listened to the opening session in Geneva on Tuesday.',
  ])('%s', (body) => {
    expect(found(body).map(([kind]) => kind).filter((kind) => kind === 'meeting')).toEqual([]);
  });

  it('a session held still is one', () => {
    expect(found('Umerov chaired a session of the council in Geneva on Tuesday.').map(([kind]) => kind)).toContain('meeting');
  });
});
