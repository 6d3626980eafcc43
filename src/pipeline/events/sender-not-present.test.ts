import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: one whose greetings or message a guest brings is not at the meeting.
const atTheMeeting = (body: string): string[][] =>
  timelineWithoutGazetteer([article('greetings', '2062-03-16', body)])
    .events.filter((e) => e.kind === 'meeting')
    .map((e) => e.participants.map((p) => p.id).sort());

describe('a sender named by the possessive of what a guest brings', () => {
  it('is not at the meeting: greetings, a message, with an adjective or none', () => {
    expect(atTheMeeting('Minister Ana Lopes met Governor Ruth Vale on Tuesday and conveyed President Omar Sall’s greetings.\n')).toEqual([['ana-lopes', 'ruth-vale']]);
    expect(atTheMeeting("Envoy Dara Kell met Prime Minister Sami Roth on Tuesday and passed on Chancellor Ute Brand's personal message.\n")).toEqual([['dara-kell', 'sami-roth']]);
  });

  it('keeps one named at the table without such a possessive', () => {
    expect(atTheMeeting('Minister Ana Lopes met Governor Ruth Vale on Tuesday and President Omar Sall on Wednesday.\n').flat()).toContain('omar-sall');
  });
});
