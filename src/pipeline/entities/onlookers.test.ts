import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: an act done before onlookers, told in three wordings, each read alone.
const wordings = new Map([
  ['looking-on', 'The foreign ministers of Chile and Peru signed a fisheries accord in Lima on Sunday, with Brazilian President Ana Ruiz and Norwegian Prime Minister Ola Berget looking on at the opening of the regional summit.\n'],
  ['looked-on', 'Chile and Peru signed a fisheries accord in Lima on Sunday, as Brazilian President Ana Ruiz looked on.\n'],
  ['presence', 'Chile and Peru signed a fisheries accord in Lima on Sunday in the presence of Brazilian President Ana Ruiz.\n'],
]);
const reportOf = (id: string) => firstReportedIn(timelineWithoutGazetteer([article(id, '2041-03-12', wordings.get(id)!)]), id);
const ids = (refs: { id: string }[] | undefined) => (refs ?? []).map((r) => r.id).sort();

describe('onlookers of an act', () => {
  it('are present at the act, not at the gathering their clause goes on to name', () => {
    expect(ids(reportOf('looking-on').roles?.present)).toEqual(['ana-ruiz', 'ola-berget']);
    expect(ids(reportOf('looked-on').roles?.present)).toEqual(['ana-ruiz']);
    expect(ids(reportOf('presence').roles?.present)).toEqual(['ana-ruiz']);
  });

  it('sign for no side: only the signers’ states are parties', () => {
    for (const source of wordings.keys()) expect(ids(reportOf(source).roles?.parties)).toEqual(['chile', 'peru']);
  });
});
