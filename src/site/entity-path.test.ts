import { describe, expect, it } from 'vitest';
import { entityPaths } from './entity-path.ts';

describe('entityPaths', () => {
  const path = entityPaths([
    { id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: [], events: [] },
    { id: 'nato', name: 'NATO', type: 'organization', aliases: [], events: [] },
    { id: 'geneva', name: 'Geneva', type: 'place', aliases: [], events: [] },
    { id: 'ukraine', name: 'Ukraine', type: 'country', aliases: [], events: [] },
  ]);

  it('puts people and organisations under people/, places and countries under places/', () => {
    expect(['donald-trump', 'nato', 'geneva', 'ukraine'].map(path)).toEqual(['people/donald-trump/', 'people/nato/', 'places/geneva/', 'places/ukraine/']);
  });

  it('names the missing entity and the file to add it to', () => {
    expect(() => path('nobody')).toThrow(/nobody.*gazetteer\.yaml/);
  });
});
