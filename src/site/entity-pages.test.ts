import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../pipeline/types.ts';
import { ENTITIES_PER_PAGE, entityListings, sectionIndex, sectionIndexPages, variants } from './entity-pages.ts';
import { testEvent } from '../../tests/support/events.ts';

const entity = (id: string, type: EntityEntry['type'], events: string[], name = id): EntityEntry => ({ id, name, type, aliases: [], events });

describe('sectionIndex', () => {
  const entities = [
    entity('zelenskyy', 'person', ['e1'], 'Volodymyr Zelenskyy'),
    entity('trump', 'person', ['e1'], 'Donald Trump'),
    entity('rubio', 'person', [], 'Marco Rubio'),
    entity('nato', 'organization', ['e1'], 'NATO'),
    entity('geneva', 'place', ['e1'], 'Geneva'),
    entity('ukraine', 'country', ['e1'], 'Ukraine'),
    entity('france', 'country', [], 'France'),
  ];

  it('lists people, then organisations, by name, leaving out those without events', () => {
    expect(sectionIndex(entities, 'people').map((g) => [g.heading, g.entities.map((e) => e.id)])).toEqual([
      ['People', ['trump', 'zelenskyy']],
      ['Organisations', ['nato']],
    ]);
  });

  it('lists places, then countries, and drops a kind with no entity', () => {
    expect(sectionIndex(entities, 'places').map((g) => [g.heading, g.entities.map((e) => e.id)])).toEqual([
      ['Places', ['geneva']],
      ['Countries', ['ukraine']],
    ]);
    expect(sectionIndex([entities[4]!], 'places').map((g) => g.heading)).toEqual(['Places']);
  });
});

describe('sectionIndexPages', () => {
  const people = Array.from({ length: 5000 }, (_, i) => entity(`person-${i}`, 'person', ['e1'], `Person ${String(i).padStart(4, '0')}`));
  const organisations = Array.from({ length: 150 }, (_, i) => entity(`org-${i}`, 'organization', ['e1'], `Organisation ${String(i).padStart(3, '0')}`));
  const pages = sectionIndexPages([...organisations, ...people, entity('silent', 'person', [])], 'people');

  it('cuts 5,150 names into pages of at most ENTITIES_PER_PAGE, each name once, in the index order', () => {
    expect(pages).toHaveLength(Math.ceil(5150 / ENTITIES_PER_PAGE));
    for (const page of pages) expect(page.groups.flatMap((g) => g.entities).length).toBeLessThanOrEqual(ENTITIES_PER_PAGE);
    const listed = pages.flatMap((page) => page.groups.flatMap((g) => g.entities.map((e) => e.id)));
    expect(listed).toEqual(sectionIndex([...people, ...organisations], 'people').flatMap((g) => g.entities.map((e) => e.id)));
  });

  it('gives each page its path, its kinds as headings and its first and last name', () => {
    expect(pages.map((p) => p.path).slice(0, 3)).toEqual(['people/', 'people/page/2/', 'people/page/3/']);
    expect(pages[0]).toMatchObject({ number: 1, first: 'Person 0000', last: `Person ${String(ENTITIES_PER_PAGE - 1).padStart(4, '0')}` });
    // The page where people end and organisations begin shows both headings.
    const turn = pages.find((p) => p.groups.length === 2)!;
    expect(turn.groups.map((g) => g.heading)).toEqual(['People', 'Organisations']);
    expect(pages.at(-1)!.last).toBe('Organisation 149');
  });

  it('keeps a small index on one page, and gives an empty one a page too', () => {
    expect(sectionIndexPages(people.slice(0, 3), 'people').map((p) => [p.path, p.first, p.last])).toEqual([['people/', 'Person 0000', 'Person 0002']]);
    expect(sectionIndexPages([], 'places')).toEqual([{ number: 1, path: 'places/', groups: [], first: '', last: '' }]);
  });

  it('refuses more pages than page numbers can take without meeting an entity’s year pages', () => {
    expect(() => sectionIndexPages(people, 'people', 5)).toThrow(/Raise ENTITIES_PER_PAGE/);
  });
});

describe('variants', () => {
  it('lists the other names once each, leaving out the name itself in any capitals', () => {
    const washington = { ...entity('washington', 'place', [], 'Washington'), aliases: ['Washington, D.C.', 'WASHINGTON', 'the US capital', 'The US Capital'] };
    expect(variants(washington)).toEqual(['Washington, D.C.', 'the US capital']);
  });
});

describe('entityListings', () => {
  const events = [testEvent('a', '2024-05-01'), testEvent('b', '2025-03-02'), testEvent('c', '2026-01-10'), testEvent('d', '2026-02-11')];

  it('gives each entity with events a page in its section listing all of them', () => {
    const listings = entityListings({ events, entities: [entity('geneva', 'place', ['a', 'c']), entity('oslo', 'place', []), entity('trump', 'person', ['b'])] }, 'places');
    expect(listings.map((l) => [l.path, l.shown.map((e) => e.id), l.years])).toEqual([['places/geneva/', ['a', 'c'], []]]);
  });

  it('keeps the latest periods on the page and moves everything to year pages when there are too many', () => {
    const [listing] = entityListings({ events, entities: [entity('geneva', 'place', ['a', 'b', 'c', 'd'])] }, 'places', 2);
    expect(listing?.shown.map((e) => e.id)).toEqual(['c', 'd']);
    expect(listing?.years.map((y) => [y.path, y.count])).toEqual([
      ['places/geneva/2024/', 1],
      ['places/geneva/2025/', 1],
      ['places/geneva/2026/', 2],
    ]);
    expect(listing?.periodPages.map((p) => [p.path, p.title, p.events.map((e) => e.id)])).toEqual([
      ['places/geneva/2024/', 'geneva: 2024', ['a']],
      ['places/geneva/2025/', 'geneva: 2025', ['b']],
      ['places/geneva/2026/', 'geneva: 2026', ['c', 'd']],
    ]);
  });

  it('names the entity and the event when an event is missing from the timeline', () => {
    expect(() => entityListings({ events, entities: [entity('geneva', 'place', ['nope'])] }, 'places')).toThrow(/geneva.*nope/);
  });
});
