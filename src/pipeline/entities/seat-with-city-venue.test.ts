import { describe, expect, it } from 'vitest';
import { townNamedNear } from './venue-town.ts';

// "Dublin City" is the seat written with "City"; in "Dublin City Hall", "Dublin City University" or "London City Airport"
// the "City" is part of a venue's or body's name: the town is the seat as GeoNames names it, not a town shown as "… City".
describe('a seat written with "City" before a venue or a body', () => {
  it('is the seat under its own name', () => {
    expect(townNamedNear(['They met at the palace.', 'He flew to London City Airport.'], 0)?.name).toBe('London');
    expect(townNamedNear(['They met at the palace.', 'She spoke in Dublin City Hall.'], 0)?.name).toBe('Dublin');
    expect(townNamedNear(['They met at the palace.', 'He came from Dublin City University.'], 0)?.name).toBe('Dublin');
  });

  it('is still the seat as written when nothing follows, and a town named in full keeps "City" before a venue', () => {
    expect(townNamedNear(['They met at the palace.', 'He flew to Dublin City.'], 0)?.name).toBe('Dublin City');
    expect(townNamedNear(['They met at the palace.', 'He flew to Mexico City Airport.'], 0)?.name).toBe('Mexico City');
  });
});
