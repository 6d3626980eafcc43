// A synthetic, news-like corpus with a fixed seed: for measuring the pipeline and the
// site at sizes the real content will only reach in years. Same seed, same corpus.
import type { Article } from '../../src/pipeline/types.ts';

const FIRST = ['Anna', 'Boris', 'Clara', 'Dmytro', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karim', 'Lena', 'Marek', 'Nadia', 'Oskar', 'Petra', 'Rafael', 'Sofia', 'Tomas', 'Vera'];
const LAST = ['Adler', 'Brandt', 'Cerny', 'Dahl', 'Eriksen', 'Falk', 'Gruber', 'Horvat', 'Ivanova', 'Jensen', 'Kovac', 'Lund', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Schulz', 'Toth'];
/**
 * People the gazetteer lacks (GeneratorOptions.unknownNames): the tagger (compromise) reads
 * them, as it reads the names of real articles, where the known names leave it nothing to do.
 */
const UNKNOWN_FIRST = ['Adaeze', 'Bilal', 'Chiara', 'Dariusz', 'Esra', 'Fumiko', 'Gaurav', 'Hamid', 'Ingrid', 'Joaquim', 'Kateryna', 'Lucian', 'Mirela', 'Nnamdi', 'Olesya', 'Pavlo', 'Rustam', 'Saoirse', 'Tariq', 'Yusuf'];
const UNKNOWN_LAST = ['Abubakar', 'Bondarenko', 'Castellanos', 'Demir', 'Eze', 'Fitzgerald', 'Galanis', 'Haddad', 'Iwasaki', 'Jankowski', 'Kariuki', 'Lindqvist', 'Mahmoud', 'Nakamura', 'Okonkwo', 'Pereira', 'Quispe', 'Rahimi', 'Szabo', 'Tkachenko'];
const PLACES = ['Geneva', 'Vienna', 'Oslo', 'Helsinki', 'Istanbul', 'Doha', 'Riyadh', 'Warsaw', 'Brussels', 'Ankara', 'Cairo', 'Rome', 'Madrid', 'Prague', 'Tallinn'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'Analysts said the outcome remained uncertain and that both sides would need to make concessions.',
  'The talks come amid rising pressure from allies to reach a settlement before the end of the year.',
  'Officials declined to give details of the agenda, citing the sensitivity of the negotiations.',
  'Critics argued that a rushed agreement could leave key questions about security unanswered.',
  'Markets reacted calmly to the news, with energy prices little changed in early trading.',
  'Diplomats described the atmosphere as constructive but cautioned against expecting a breakthrough.',
];

/** Mulberry32: a tiny, well-known seeded generator, so the corpus never changes between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCorpus {
  articles: Article[];
  /** content/gazetteer.yaml for the corpus's people and places. */
  gazetteer: string;
}

export function syntheticPeople(): string[] {
  return FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
}

export interface GeneratorOptions {
  /**
   * The share (0–1) of the people named who are not in the gazetteer. 0, the default, gives
   * the corpus every figure so far was taken on; above it draws more numbers from the seed,
   * so it is another corpus.
   */
  unknownNames?: number;
}

export function generateCorpus(count: number, seed = 20260225, { unknownNames = 0 }: GeneratorOptions = {}): SyntheticCorpus {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const people = syntheticPeople();
  const strangers = UNKNOWN_FIRST.flatMap((f) => UNKNOWN_LAST.map((l) => `${f} ${l}`));
  const person = (): string => (unknownNames > 0 && next() < unknownNames ? pick(strangers) : pick(people));
  const start = Date.UTC(2020, 0, 6);
  const articles: Article[] = [];
  for (let i = 0; i < count; i += 1) {
    const published = new Date(start + Math.floor(next() * 2300) * 86_400_000);
    const day = published.toISOString().slice(0, 10);
    const [a, b, c] = [person(), person(), person()];
    const place = pick(PLACES);
    const month = MONTHS[(published.getUTCMonth() + 1) % 12]!;
    const paragraphs = [
      `${a} held a phone call with ${b} on ${pick(WEEKDAYS)}, according to officials in ${place}.`,
      `${a} and ${c} are scheduled to meet in ${place} on ${pick(WEEKDAYS)} to prepare the next round of talks.`,
      pick(FILLER),
      `Negotiators began two days of talks in ${place} on ${pick(WEEKDAYS)}. ${pick(FILLER)}`,
      `${c} told reporters on ${pick(MONTHS)} ${1 + Math.floor(next() * 27)} that a deal was still possible.`,
      `A further round of negotiations is expected in early ${month}. ${pick(FILLER)}`,
      pick(FILLER),
    ];
    const id = `${day}-synthetic-${String(i).padStart(5, '0')}`;
    articles.push({
      id,
      file: `content/articles/${id}.md`,
      title: `${a} and ${b} speak as talks in ${place} near`,
      titleSource: 'article',
      outlet: 'Synthetic Wire',
      published: day,
      language: 'en',
      body: `${paragraphs.join('\n\n')}\n`,
    });
  }
  const gazetteer = [
    'people:',
    ...people.map((name) => `  ${slug(name)}: { name: ${name}, aliases: [${name.split(' ')[1]}] }`),
    'places:',
    ...PLACES.map((name) => `  ${slug(name)}: { name: ${name} }`),
    '',
  ].join('\n');
  return { articles, gazetteer };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
