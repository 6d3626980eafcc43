import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a later sentence about the same gathering says who else was there.
const timeline = timelineWithoutGazetteer([
  article('also-attended', '2039-06-02', 'Moldovan and Romanian ministers held talks in Chisinau on Monday on the bridge. Romanian state secretary Dan Popa also attended the talks, the ministry said.\n'),
  article('joined-later', '2039-06-04', 'Uruguayan President Ana Ruiz hosted Paraguayan President Luis Benitez in Montevideo on Tuesday. Paraguayan Foreign Minister Rosa Gimenez joined the talks later in the day.\n'),
  article('said-after', '2039-06-06', 'Tunisian and Algerian negotiators met in Tunis on Wednesday. Algerian envoy Karim Haddad said after the meeting that both sides would meet again.\n'),
  article('commented', '2039-06-08', 'Tunisian and Algerian negotiators met in Algiers on Friday. Tunisian President Sami Ben Ali said on Saturday that the meeting had been useful.\n'),
]);
const gatheringOf = (source: string) => timeline.events.filter((e) => (e.kind === 'talks' || e.kind === 'meeting') && e.sources.some((s) => s.article === source));

describe('people a later sentence puts at the gathering', () => {
  it('adds who "also attended" or "joined" it to the one gathering, not to another', () => {
    expect(gatheringOf('also-attended')).toHaveLength(1);
    expect(idsOf(gatheringOf('also-attended')[0]!.roles?.present)).toEqual(['dan-popa']);
    expect(gatheringOf('joined-later')).toHaveLength(1);
    expect(idsOf(gatheringOf('joined-later')[0]!.roles?.present)).toContain('rosa-gimenez');
  });

  it('adds who spoke right after it, but not who only commented on it', () => {
    expect(idsOf(gatheringOf('said-after')[0]!.roles?.present)).toEqual(['karim-haddad']);
    expect(idsOf(gatheringOf('commented')[0]!.roles?.present)).not.toContain('sami-ben-ali');
  });
});

const summits = timelineWithoutGazetteer([
  article('sidelines-after', '2039-06-10', 'Leaders gathered in Dakar on Sunday for the West African summit. Ghanaian President Kofi Mensah met Ivorian President Alassane Kone on the sidelines.\n'),
  article('sidelines-before', '2039-06-12', 'The water summit opened in Dushanbe on Monday. On the sidelines, Danish Minister Lars Berg held talks with Finnish Minister Anni Virta.\n'),
  article('no-sidelines', '2039-06-14', 'Leaders gathered in Dakar on Sunday for the West African summit. Ghanaian President Kofi Mensah met Ivorian President Alassane Kone on Tuesday.\n'),
]);
const meetingOf = (source: string) => summits.events.find((e) => (e.kind === 'talks' || e.kind === 'meeting') && e.sources.some((s) => s.article === source))!;

describe('a meeting on the sidelines', () => {
  it('is where the gathering told just before or beside it is', () => {
    expect(meetingOf('sidelines-after').place?.id).toBe('dakar');
    expect(meetingOf('sidelines-before').place?.id).toBe('dushanbe');
  });

  it('is not placed there without the sidelines', () => {
    expect(meetingOf('no-sidelines').place).toBeFalsy();
  });
});
