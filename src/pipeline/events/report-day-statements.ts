import type { TemporalExpression } from '../dates/index.ts';
import type { EntityMention } from '../entities/recognise.ts';
import type { Sentence } from '../types.ts';
import { agreeWithModality, isQuoted, reportVerbAt } from './clause.ts';
import { claimOf } from './event-dates.ts';
import { isBystander } from './event-entities.ts';
import { OBJECT_OF_PREPOSITION, PASSIVE_BEFORE } from './lexicon.ts';
import { type Mention, toMention } from './mention.ts';
import { SAYING } from './triggers.ts';

/** How far before its verb a speaker may stand ("Dmitry Peskov, the Kremlin spokesman, said on Friday"). */
const SPEAKER_REACH = 60;

/**
 * "Lavrov said earlier Sunday that …", "On Tuesday Lavrov made clear …": a date beside a verb of
 * saying is the day of a statement by whoever says it, when a person or an institution does.
 */
export function statementsOnReportDays(sentence: Sentence, times: TemporalExpression[], named: EntityMention[], found: Mention[], day: string): Mention[] {
  const text = sentence.text;
  const statements: Mention[] = [];
  for (const time of times) {
    const claim = claimOf(time);
    const verb = claim && !isQuoted(text, time.start) ? reportVerbAt(text, time) : undefined;
    if (!verb || found.some((m) => m.rule.kind === 'statement' && m.start < verb.end + 20 && verb.start < m.end + 20)) continue;
    // Saying that something took place, or will before the saying ("… will meet He Lifeng on May 10, the Treasury said on Tuesday"), is the report of that event, not a statement of its own.
    if (found.some((m) => m.rule.kind !== 'statement' && !m.reference && (m.tookPlace || (m.presentPlan && m.end <= verb.start)))) continue;
    // The speaker: the name nearest before the verb ("Lavrov said on …"), or between a leading date and it ("On Tuesday Lavrov made clear").
    // A passive verb has no speaker before it ("was leaked on Tuesday"); nor is the object of a preposition one ("a call between Witkoff and Ushakov, leaked …").
    if (PASSIVE_BEFORE.test(text.slice(0, verb.start))) continue;
    const from = verb.start - SPEAKER_REACH;
    const speaker = named
      .filter((e) => e.end <= verb.start && e.start >= from && !isBystander(e, text) && !OBJECT_OF_PREPOSITION.test(text.slice(Math.max(0, e.start - 60), e.start)) && (e.entity.type === 'person' || e.entity.type === 'organization'))
      .at(-1);
    if (!speaker) continue;
    const mention = toMention({ rule: SAYING, start: verb.start, end: verb.end }, sentence);
    const person = speaker.entity.type === 'person';
    mention.persons = person ? [speaker.entity.id] : [];
    mention.parties = person ? [] : [speaker.entity.id];
    mention.roles = { parties: [], mediators: [], present: [speaker.entity.id], mentioned: [], sides: [] };
    mention.date = agreeWithModality(claim!, time, 'past', day);
    mention.mood = 'past';
    mention.future = false;
    statements.push(mention);
  }
  return statements;
}
