import { GENDER_OBJECT_AFTER, GENDER_OF_SUBJECT_AFTER, GENDER_WORD_BEFORE_NAME, PRONOUNS_OF_OTHERS } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

export type Gender = 'female' | 'male';

/** The gender "she" or "he" tells; "they" tells none. */
export function genderOfPronoun(word: string): Gender | undefined {
  return /^she$/i.test(word) ? 'female' : /^he$/i.test(word) ? 'male' : undefined;
}

/**
 * What the sentences read tell of each person's gender, by entity id: a word before the name (GENDER_WORD_BEFORE_NAME), the
 * subject's pronoun after it (GENDER_OF_SUBJECT_AFTER), an object pronoun right after it (GENDER_OBJECT_AFTER), or "she" or "he"
 * already read as them. A person told as both is told as neither: one of the readings was of someone else.
 */
export function gendersTold(read: { mention: EntityMention; text: string }[]): Map<string, Gender> {
  const told = new Map<string, Gender | null>();
  for (const { mention, text } of read) {
    if (mention.entity.type !== 'person') continue;
    const gender = mention.refersBack ? genderOfPronoun(mention.text) : genderInSentence(mention, text, read);
    if (gender === undefined) continue;
    const known = told.get(mention.entity.id);
    told.set(mention.entity.id, known === undefined || known === gender ? gender : null);
  }
  return new Map([...told].filter((entry): entry is [string, Gender] => entry[1] !== null));
}

function genderInSentence(person: EntityMention, text: string, read: { mention: EntityMention; text: string }[]): Gender | undefined {
  const before = text.slice(Math.max(0, person.start - 40), person.start);
  const titled = `${before}${person.text.replace(/\S+$/u, '')}`;
  for (const gender of ['female', 'male'] as const) if (GENDER_WORD_BEFORE_NAME[gender].test(titled)) return gender;
  const others = read.filter((r) => r.text === text && r.mention.entity.type === 'person' && r.mention.entity.id !== person.entity.id).map((r) => r.mention);
  const next = Math.min(text.length, ...others.filter((m) => m.start >= person.end).map((m) => m.start));
  const object = GENDER_OBJECT_AFTER.exec(text.slice(person.end, next))?.groups;
  if (object) return object.female ? 'female' : 'male';
  // Only the sentence's first person is the one its own pronouns are of.
  if (others.some((m) => m.start < person.start)) return undefined;
  const subject = GENDER_OF_SUBJECT_AFTER.exec(text.slice(person.end).replace(PRONOUNS_OF_OTHERS, (m) => ' '.repeat(m.length)))?.groups;
  return subject ? (subject.female ? 'female' : 'male') : undefined;
}
