import type { Source, Timeline, TimelineEvent } from '../../src/pipeline/types.ts';

/** A small hand-made timeline for export tests. Test-only: never copy into content/. */
export function testTimeline(): Timeline {
  return {
    events: [geneva(), call(), summit()],
    articles: [],
    entities: [],
    undated: [],
    redirects: [{ from: '2026-02-25-talks', to: '2026-02-25-geneva-talks' }],
    warnings: [],
  };
}

function source(article: string, published: string, text: string): Source {
  return {
    article,
    title: `Report ${article}`,
    outlet: 'Example Wire',
    published,
    url: `https://news.example/${article}`,
    quotes: [{ text, start: 10, end: 10 + text.length, sentence: 1 }],
  };
}

function geneva(): TimelineEvent {
  return {
    id: '2026-02-25-geneva-talks',
    title: 'Witkoff and Araghchi hold talks in Geneva',
    summary: 'Talks began in Geneva and ran late, wire-a reported.',
    kind: 'talks',
    status: 'occurred',
    tier: 'key',
    date: { value: '2026-02-25', start: '2026-02-25', end: '2026-02-25', precision: 'day', text: '25 February 2026' },
    participants: [
      { id: 'steve-witkoff', name: 'Steve Witkoff' },
      { id: 'abbas-araghchi', name: 'Abbas Araghchi' },
    ],
    place: { id: 'geneva', name: 'Geneva' },
    sources: [
      source('wire-b', '2026-02-26T08:00:00+01:00', 'The envoys met in Geneva on Wednesday, the "first" round.'),
      source('wire-a', '2026-02-25T18:30:00Z', 'Talks began in Geneva <today> & ran late.'),
    ],
    disagreements: [{ field: 'duration', claims: [{ article: 'wire-a', value: '3 hours' }, { article: 'wire-b', value: '5 hours' }] }],
    aliases: ['2026-02-25-talks'],
    datedByPublication: false,
    lifecycle: [],
    statusAsOf: { stage: 'occurred', asOf: '2026-02-26', article: 'wire-b', overdue: false, text: 'occurred (reported 26 February 2026)' },
  };
}

function call(): TimelineEvent {
  return {
    id: '2026-02-17-phone-call',
    title: 'Phone call between the foreign ministers',
    summary: 'They spoke by phone last week, wire-a reported.',
    kind: 'call',
    status: 'occurred',
    tier: 'context',
    date: { value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span', text: '17–18 February 2026' },
    participants: [],
    place: null,
    sources: [source('wire-a', '2026-02-25T18:30:00Z', 'They spoke by phone last week.')],
    disagreements: [],
    aliases: [],
    datedByPublication: false,
    lifecycle: [],
    statusAsOf: { stage: 'occurred', asOf: '2026-02-26', article: 'wire-b', overdue: false, text: 'occurred (reported 26 February 2026)' },
  };
}

function summit(): TimelineEvent {
  return {
    id: '2026-03-summit',
    title: 'Summit planned in Oman',
    summary: 'A summit is expected in early March, wire-b reported.',
    kind: 'summit',
    status: 'planned',
    tier: 'key',
    date: { value: '2026-03~', start: '2026-03-01', end: '2026-03-10', precision: 'month', qualifier: 'early', text: 'early March 2026' },
    participants: [{ id: 'steve-witkoff', name: 'Steve Witkoff' }],
    place: { id: 'muscat', name: 'Muscat' },
    sources: [source('wire-b', '2026-02-26T08:00:00+01:00', 'A summit is expected in early March.')],
    disagreements: [],
    aliases: [],
    datedByPublication: false,
    lifecycle: [],
    statusAsOf: { stage: 'occurred', asOf: '2026-02-26', article: 'wire-b', overdue: false, text: 'occurred (reported 26 February 2026)' },
  };
}
