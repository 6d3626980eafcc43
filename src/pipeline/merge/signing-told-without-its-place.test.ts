// A signing one outlet tells with its town (a gathering there, family.ts toldByItsAct) and another without it (kind `other`):
// one signing, whichever is met first, when they share its signers; two when each names other people.
import { describe, expect, it } from 'vitest';
import { day, report, said } from '../../../tests/support/reports.ts';
import { mergeReports } from './merge-reports.ts';

// People have a hyphen in their ids; countries and towns have none.
const isPerson = (id: string) => id.includes('-');
const within = (place: string) => (place === 'corvin' ? 'velmark' : undefined);

const placed = report({
  article: 'wire',
  kind: 'other',
  noun: 'Agreement signed',
  date: day('2031-05-11'),
  participants: ['aldo-vance', 'ines-oduya'],
  place: 'corvin',
  evidence: said('Premier Aldo Vance and Ms Ines Oduya signed a peace accord in Corvin on Sunday.', 1),
});

const unplaced = (participants: string[], evidence: string) =>
  report({ article: 'letters', kind: 'other', noun: 'Agreement signed', date: day('2031-05-11'), participants, place: null, evidence: said(evidence, 3) });

describe('a signing told without its place', () => {
  it('is the signing another outlet tells with its town, by its signers', () => {
    const letter = unplaced(['aldo-vance', 'ines-oduya'], 'The accord, signed by Premier Vance and Ms Oduya on Sunday, leaves the river out.');
    for (const order of [[placed, letter], [letter, placed]]) expect(mergeReports(order, within, isPerson).map((c) => c.members.length)).toEqual([2]);
  });

  it('is not a signing of that day by other people', () => {
    const other = unplaced(['pia-lund', 'omar-taleb'], 'Ms Lund and Mr Taleb signed a fisheries accord on Sunday.');
    for (const order of [[placed, other], [other, placed]]) expect(mergeReports(order, within, isPerson)).toHaveLength(2);
  });

  it('is no meeting of its day there', () => {
    const talks = report({ article: 'agency', kind: 'talks', date: day('2031-05-11'), participants: ['aldo-vance', 'ines-oduya'], place: null, evidence: said('Vance held talks with Oduya on Sunday.', 2) });
    const letter = unplaced(['aldo-vance', 'ines-oduya'], 'The accord, signed by Premier Vance and Ms Oduya on Sunday, leaves the river out.');
    for (const order of [[talks, letter], [letter, talks]]) expect(mergeReports(order, within, isPerson)).toHaveLength(2);
  });
});
