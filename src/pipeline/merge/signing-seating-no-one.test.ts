import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { day, report, said } from '../../../tests/support/reports.ts';
import { mergeReports } from './merge-reports.ts';

// People have a hyphen in their ids; countries and towns have none.
const isPerson = (id: string) => id.includes('-');
const within = (place: string) => (place === 'corvin' ? 'velmark' : undefined);

/** The two premiers' signing, told by their countries: it seats no one, and its sentence names the onlookers. */
const signing = report({
  article: 'wire',
  kind: 'other',
  noun: 'Agreement signed',
  date: day('2031-05-11'),
  participants: ['velmark', 'estmark'],
  place: 'corvin',
  mentions: ['corvin', 'velmark', 'estmark', 'ivo-dorn', 'lena-marsh'],
  evidence: said('The prime ministers of Velmark and Estmark signed a peace accord in Corvin on Sunday, with President Ivo Dorn and Chancellor Lena Marsh looking on.', 1),
});

const gathering = (over: Partial<CandidateEvent> & Pick<CandidateEvent, 'article' | 'kind'>) => report({ date: day('2031-05-11'), ...over });

describe('a signing that seats no one is read by the people its sentence names', () => {
  it('keeps apart talks its article tells with someone it never names, later that day', () => {
    const talks = gathering({
      article: 'wire',
      kind: 'talks',
      status: 'planned',
      participants: ['paulo-sollen'],
      mentions: ['paulo-sollen', 'lena-marsh'],
      evidence: said("He was to hold talks with Brazil's President Paulo Sollen later on Sunday, and to attend a dinner given by Marsh.", 4),
    });
    for (const order of [[signing, talks], [talks, signing]]) expect(mergeReports(order, within, isPerson)).toHaveLength(2);
  });

  it("keeps apart another outlet's summit of that day whose people it never names", () => {
    const summit = gathering({ article: 'agency', kind: 'summit', participants: ['mika-ito'], mentions: ['mika-ito'], evidence: said('The regional summit with Prime Minister Mika Ito was held on Sunday afternoon.', 2) });
    for (const order of [[signing, summit], [summit, signing]]) expect(mergeReports(order, within, isPerson)).toHaveLength(2);
  });

  it('but joins a report of the signing that names one of them, and the same table going on later that day', () => {
    const witnessed = gathering({
      article: 'daily',
      kind: 'other',
      noun: 'Agreement signed',
      participants: ['ivo-dorn'],
      place: 'corvin',
      mentions: ['ivo-dorn', 'corvin'],
      evidence: said('Dorn witnessed the signing of the accord in Corvin on Sunday.', 3),
    });
    expect(mergeReports([signing, witnessed], within, isPerson)).toHaveLength(1);
    const goingOn = gathering({ article: 'wire', kind: 'talks', participants: ['ivo-dorn', 'lena-marsh'], mentions: ['ivo-dorn', 'lena-marsh', 'corvin'], place: 'corvin', evidence: said('Later on Sunday, Dorn and Marsh held talks with both premiers in Corvin.', 5) });
    expect(mergeReports([signing, goingOn], within, isPerson)).toHaveLength(1);
  });
});
