import { describe, expect, it } from 'vitest';
import { eventId, nameFromId, slugify } from './event-id.ts';

const day = { value: '2026-02-25', start: '2026-02-25', end: '2026-02-25', precision: 'day' as const };
const person = (name: string) => ({ name, type: 'person' as const });

describe('eventId', () => {
  it('is made of the date, the main participants and the kind', () => {
    expect(eventId({ date: day, kind: 'call', participants: [person('Donald Trump'), person('Volodymyr Zelenskyy')], place: null })).toBe('2026-02-25-trump-zelenskyy-call');
  });

  it('names a person written surname first by the word articles call them by alone', () => {
    const xi = { name: 'Xi Jinping', type: 'person' as const, aliases: ['Xi'] };
    expect(eventId({ date: day, kind: 'meeting', participants: [xi, person('Donald Trump')], place: null })).toBe('2026-02-25-trump-xi-meeting');
    const lammy = { name: 'David Lammy', type: 'person' as const, aliases: ['Lammy'] };
    expect(eventId({ date: day, kind: 'meeting', participants: [lammy], place: null })).toBe('2026-02-25-lammy-meeting');
  });

  it('does not depend on the order the participants were named in', () => {
    expect(eventId({ date: day, kind: 'call', participants: [person('Volodymyr Zelenskyy'), person('Donald Trump')], place: null })).toBe('2026-02-25-trump-zelenskyy-call');
  });

  it('keeps the precision of the date: month, week, year, span', () => {
    const base = { kind: 'talks' as const, participants: [{ name: 'Russia', type: 'country' as const }], place: null };
    expect(eventId({ ...base, date: { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' } })).toBe('2026-03-russia-talks');
    expect(eventId({ ...base, date: { value: '2025-W47', start: '2025-11-17', end: '2025-11-23', precision: 'week' } })).toBe('2025-w47-russia-talks');
    expect(eventId({ ...base, date: { value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' } })).toBe('2026-02-17-russia-talks');
  });

  it('falls back to the place, and to the noun of an "other" event', () => {
    expect(eventId({ date: day, kind: 'other', participants: [], place: 'Lincoln Memorial', noun: 'Rally' })).toBe('2026-02-25-lincoln-memorial-rally');
  });
});

describe('slugify', () => {
  it('folds accents and special letters', () => {
    expect(slugify('Jonas Gahr Støre à Genève')).toBe('jonas-gahr-store-a-geneve');
  });
});

describe('eventId without names', () => {
  it('is told apart by the report’s own words, never a bare "<date>-talks"', () => {
    const date = { value: '2026-01-23', start: '2026-01-23', end: '2026-01-23', precision: 'day' as const };
    expect(eventId({ date, kind: 'talks', participants: [], place: null, phrase: 'first direct three-way talks' })).toBe('2026-01-23-first-direct-three-way-talks');
  });

  it('uses a name the gazetteer lacks, read from its id', () => {
    const date = { value: '2025-12-04', start: '2025-12-04', end: '2025-12-04', precision: 'day' as const };
    expect(eventId({ date, kind: 'talks', participants: [nameFromId('andrii-hnatov')], place: null })).toBe('2025-12-04-andrii-hnatov-talks');
  });
});
