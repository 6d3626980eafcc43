import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import type { EventKind } from '../types.ts';
import type { Entity } from './gazetteer.ts';
import { withRoles } from './event-roles.ts';

const entity = (id: string, type: Entity['type']): Entity => ({ id, name: id, type, aliases: [], roles: [] });
const entities = new Map([entity('ana-ruiz', 'person'), entity('chile', 'country'), entity('peru', 'country'), entity('norway', 'country')].map((e) => [e.id, e]));
const report = (kind: EventKind, sides: string[], mediators: string[] = []): CandidateEvent => ({
  article: 'a',
  published: '2031-05-04',
  kind,
  status: 'occurred',
  date: { value: '2031-05-04', start: '2031-05-04', end: '2031-05-04', precision: 'day' },
  datedByPublication: false,
  participants: [],
  named: [],
  place: null,
  roles: { parties: [], mediators, present: [], mentioned: [], sides },
  evidence: [],
});
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
const ref = (id: string) => ({ id, name: id });

describe('an event’s roles from all its reports', () => {
  it('makes the sides its reports name by adjective parties, and the side of each person present', () => {
    const { roles, participants } = withRoles([report('talks', ['chile']), report('talks', ['chile', 'norway'], ['norway'])], ['ana-ruiz'], entities, new Map([['ana-ruiz', 'peru']]), ref);
    expect(ids(roles.parties)).toEqual(['peru', 'chile']);
    expect(ids(roles.mediators)).toEqual(['norway']);
    expect(ids(participants)).toEqual(['ana-ruiz', 'peru', 'chile', 'norway']);
  });

  it('gives a statement no parties from the adjectives of its sentence', () => {
    expect(withRoles([report('statement', ['chile'])], ['ana-ruiz'], entities, new Map(), ref).roles.parties).toEqual([]);
  });
});
