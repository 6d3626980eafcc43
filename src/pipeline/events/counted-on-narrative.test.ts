import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each event of one report as "kind status day". */
const told = (published: string, body: string): string[] => extractOne(published, body).candidates.map((c) => `${c.kind} ${c.status} ${c.date.value}`);

// Wednesday 16 April 2053: the Monday is the 14th, the day after it the 15th.
describe('a past story counted on from a day it told', () => {
  it('keeps "the next day" of a past story in the past, whatever its purpose clause', () => {
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday. They met the next day in the old town to sign the accord.\n')).toEqual(['talks occurred 2053-04-14', 'meeting occurred 2053-04-15']);
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday. The delegations met again the next morning to finalise the text.\n')).toEqual(['talks occurred 2053-04-14', 'meeting occurred 2053-04-15']);
  });

  it('counts a deed told as done inside its paragraph on from the last deed, not from a plan told ahead after it', () => {
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday.\n\nThe envoys are expected to meet again in Lusk on Friday.\n\nThe mood was calm. The same day, the two delegations spoke by phone.\n')).toEqual(['talks occurred 2053-04-14', 'meeting planned 2053-04-18', 'call occurred 2053-04-14']);
    expect(told('2053-04-16', 'Ana Ruiz signed the decree in Lusk on Monday.\n\nThe council is due to vote on it on Friday.\n\nThe mayors were not told. The same day, Ruiz also met the mayors of the region.\n')).toEqual(['other occurred 2053-04-14', 'other planned 2053-04-18', 'meeting occurred 2053-04-14']);
  });

  it('still plans "the next day" of a plan', () => {
    expect(told('2053-04-16', 'Umerov will hold talks with Witkoff in Geneva on Friday. They will meet again the next day to sign the accord.\n')).toEqual(['talks planned 2053-04-18', 'meeting planned 2053-04-19']);
  });

  it('counts a part of the next day on from the day told, in a paragraph of its own', () => {
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday.\n\nUmerov and Witkoff met the following morning at a hotel.\n')).toEqual(['talks occurred 2053-04-14', 'meeting occurred 2053-04-15']);
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday.\n\nThe two envoys spoke by phone the next evening.\n')).toEqual(['talks occurred 2053-04-14', 'call occurred 2053-04-15']);
  });

  it('counts "two days before," with nothing named after it back from the day told', () => {
    expect(told('2053-04-16', 'Umerov met Witkoff at the town hall on Tuesday. Two days before, their officials had held talks by video link.\n')).toEqual(['meeting occurred 2053-04-15', 'talks occurred 2053-04-13']);
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Tuesday.\n\nA week before, the two envoys had spoken by phone.\n')).toEqual(['talks occurred 2053-04-15', 'call occurred 2053-04-08']);
  });

  it('counts "a day later" at the head of a sentence with no comma after it', () => {
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Monday. A day later the negotiators met again.\n')).toEqual(['talks occurred 2053-04-14', 'meeting occurred 2053-04-15']);
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Sunday.\n\nTwo days later the envoys spoke by phone.\n')).toEqual(['talks occurred 2053-04-13', 'call occurred 2053-04-15']);
    // Its stretch is the time it counts to, not the length of the call.
    expect(told('2053-04-16', 'Umerov held talks with Witkoff in Geneva on Sunday. Two days later she spoke by phone with the mayor.\n')).toEqual(['talks occurred 2053-04-13', 'call occurred 2053-04-15']);
  });
});
