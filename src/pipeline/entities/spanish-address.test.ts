import { describe, expect, it } from 'vitest';
import { discoverNames } from './discover.ts';

const people = (sentence: string): string[] => discoverNames(sentence).filter((s) => s.kind === 'person').map((s) => s.text);

describe('"Don" before a given name and two surnames', () => {
  it('is a form of address, not the name', () => {
    expect(people("Paraguay's foreign minister, Don Esteban Giménez Ruiz, met his Bolivian counterpart.")).toEqual(['Esteban Giménez Ruiz']);
    expect(people('Don Rafael Correa Delgado met the Chilean envoy in Quito.')).toEqual(['Rafael Correa Delgado']);
  });

  it('is the English given name before one surname or two names', () => {
    expect(people('Rep. Don Bacon met Don Lee in Omaha.')).toEqual(['Don Bacon', 'Don Lee']);
    expect(people('Don Bacon met the Chilean envoy.')).toEqual(['Don Bacon']);
  });
});
