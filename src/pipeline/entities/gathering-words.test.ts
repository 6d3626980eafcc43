import { describe, expect, it } from 'vitest';
import { discoverNames } from './discover.ts';

// What a heading or a name calls a gathering ("Summit Meeting", "Leaders' Summit") is a gathering, never a person.
const people = (sentence: string): string[] => discoverNames(sentence).filter((s) => s.kind === 'person').map((s) => s.text);
const names = (sentence: string): string[] => discoverNames(sentence).map((s) => s.text);

describe('the words a gathering is called by', () => {
  it('name no one', () => {
    expect(people("Leaders gathered for the Nordic Leaders' Summit in Bergen.")).toEqual([]);
    expect(names('Norway-Republic of Iceland Summit Meeting')).toEqual(['Norway', 'Republic of Iceland']);
    expect(names('Summit Meeting')).toEqual([]);
  });

  it('leave the people named beside them', () => {
    expect(people('At the Summit Meeting, Prime Minister Ola Brekke received President Einar Thorsson.')).toEqual(['Ola Brekke', 'Einar Thorsson']);
  });
});
