/**
 * "N days later" as TimeML and TimeBank write it (tests/fixtures/own-conventions.md): the count
 * alone is the expression, a DURATION, "later" its signal; counted from a day its sentence or the
 * one before names, the stretch carries the day it ends on (TimeML's anchored duration, its end
 * point), which is the date of the event it times. From no such day it carries none.
 */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const countedOn = (text: string, reference: string) => {
  const found = findTemporalExpressions(text, reference).find((e) => /\sdays$/i.test(e.text));
  return found && { text: found.text, type: found.type, value: found.value, day: found.date?.start };
};

describe('days counted on', () => {
  it.each([
    ['Dock workers walked out on Monday, and three days later the operator offered a raise.', '2025-11-14', 'three days', 'P3D', '2025-11-13'],
    ['A crash in training on Saturday had left her bruised. Two days later she was on the podium.', '2026-02-09', 'Two days', 'P2D', '2026-02-09'],
    ['The trial opened on May 18, and the defense rested nine days later.', '1998-06-10', 'nine days', 'P9D', '1998-05-27'],
    ['The vote is on Monday, and two days later the results will be published.', '2025-11-12', 'two days', 'P2D', '2025-11-19'],
  ])('%s', (text, reference, expression, value, day) => {
    expect(countedOn(text, reference)).toEqual({ text: expression, type: 'DURATION', value, day });
  });

  it('carries no day when counted from no day near', () => {
    expect(countedOn('The plant reopened three days later.', '2000-02-13')).toEqual({ text: 'three days', type: 'DURATION', value: 'P3D', day: undefined });
  });
});
