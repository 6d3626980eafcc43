import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own. Talks the lead tells by their sides ("US and Peruvian negotiators said talks … had been
// productive"), and a later sentence, with no day of its own, telling who met whom there: a meeting is a report of
// the talks (one gathering), and a side it names is one the talks were told by, so its people took part.
const talksOf = (body: string) => timelineWithoutGazetteer([article('talks', '2041-06-04', body)]).events.find((e) => e.kind === 'talks');
const LEAD = 'US and Peruvian negotiators said talks in Norway on Monday had been productive.\n\n';

describe('the people of a later report of the talks', () => {
  it('take part in them when it names a side the talks were told by', () => {
    const talks = talksOf(`${LEAD}Rosa Quispe, who leads Peru's delegation, met envoy Tomas Vial and adviser Mark Dolan at a hotel in Bergen for four hours.\n`);
    expect(talks?.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['rosa-quispe', 'tomas-vial', 'mark-dolan', 'united-states', 'peru']));
    expect(talks?.place?.id).toBe('bergen');
  });

  it('stay out of them when it shares no one and no side with them', () => {
    const talks = talksOf(`${LEAD}Envoy Tomas Vial met Ana Ruiz of Chile at a hotel in Bergen for four hours.\n`);
    expect(talks?.participants.map((p) => p.id).sort()).toEqual(['peru', 'united-states']);
  });
});
