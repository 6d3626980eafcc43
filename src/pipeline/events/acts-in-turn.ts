import type { EntityMention } from '../entities/recognise.ts';
import type { Sentence } from '../types.ts';
import { persons } from './event-entities.ts';
import { NEXT_IN_TURN_CLAUSE, NEXT_IN_TURN_SENTENCE, SIGNED_IN_TURN } from './lexicon.ts';
import { addToMention, type Mention } from './mention.ts';

/** A trigger that tells the first of acts in turn ("Wagner signed first"), read from where it stands. */
const FIRST_IN_TURN = new RegExp(String.raw`^${SIGNED_IN_TURN}`, 'i');

/** The mentions told as the first of acts in turn. */
function firstsInTurn(found: Mention[]): Mention[] {
  return found.filter((m) => FIRST_IN_TURN.test(m.sentence.text.slice(m.start)));
}

/** The people named between `from` and `to` of a sentence, bystanders left out: who did the next act. */
function subjectBetween(named: EntityMention[], text: string, from: number, to: number): string[] {
  return persons(
    named.filter((e) => e.start >= from && e.end <= to),
    text,
  );
}

/**
 * "Wagner of Congo signed first; Nduhungirehe of Rwanda followed", "Brandt signed first, and Marek did the same": the one who
 * signed after the first, told in the next clause of the sentence by his act alone (NEXT_IN_TURN_CLAUSE), signed the same text
 * at the same table: he is among the people of the first's act, which stays one.
 */
export function nextInTurnInItsSentence(found: Mention[], named: EntityMention[], text: string): void {
  for (const m of firstsInTurn(found)) {
    const next = NEXT_IN_TURN_CLAUSE.exec(text.slice(m.end));
    const at = next?.indices?.groups?.subject;
    if (at) addToMention(m, 'persons', subjectBetween(named, text, m.end + at[0], m.end + at[1]));
  }
}

/**
 * A sentence the in-turn reading needs: the next signer of an act the sentence before told in turn. It is that act's evidence, not an
 * act of its own (acts-of-named-doers.ts asks it nothing).
 */
export function isNextInTurnOfTheSentenceBefore(sentence: Sentence, before: Mention[]): boolean {
  return firstsInTurn(before).length > 0 && NEXT_IN_TURN_SENTENCE.test(sentence.text);
}

/**
 * "Brandt of Kessel signed first. Marek of Varno followed a minute later.", "… Then Marek signed too.": a sentence of the same
 * paragraph telling only the next signer's act (NEXT_IN_TURN_SENTENCE) seats its subject at the act the sentence before told in
 * turn, and is its evidence.
 */
export function nextInTurnOfTheSentenceBefore(sentence: Sentence, before: Mention[], recognise: () => EntityMention[]): void {
  const first = firstsInTurn(before).at(-1);
  const next = first ? NEXT_IN_TURN_SENTENCE.exec(sentence.text) : null;
  const at = next?.indices?.groups?.subject;
  if (!first || !at) return;
  const subject = subjectBetween(recognise(), sentence.text, at[0], at[1]);
  if (subject.length === 0) return;
  addToMention(first, 'persons', subject);
  first.nextInTurn = sentence;
}
