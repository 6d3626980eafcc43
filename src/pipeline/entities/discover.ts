import { oncePerText } from '../memo.ts';
import { ENTRY_STAMP } from '../parse/lexicon.ts';
import { agentNoun, englishWord, taggedSentences } from '../parse/tagged-terms.ts';
import { ACCORD_OR_GATHERING_AFTER_TOWN, ADDRESS_BEFORE_TWO_SURNAMES, ADDRESS_IN_CAPITALS, ADMINISTRATIVE_DIVISION, ARTICLE_BEFORE_NAME, BODYS_COMPANION_BEFORE, CAPITAL_ACTS_AFTER, CLUB_PREFIX, CRAFT_BEFORE, DESTINATION_BEFORE, ELIDED_PARTICLE, GIVEN_NAME_NOT_A_DATE, GIVEN_NAME_OF_MONTH, HONORIFIC_PAIR, INSTITUTION_NOUN, JAPANESE_BODY_HEADS, JAPANESE_PARTICLE, JOURNEY_TO, NAME_ENDS_PHRASE, NAME_PARTICLE, NOT_A_NAME, OFFICE_SECOND, PARTY_AFFILIATION, PORTFOLIO_AFTER_OFFICE, PORTFOLIO_BEFORE_NAME, PORTFOLIO_OF_OFFICE, POST_NOMINAL, REGNAL_NUMBER, RULER_BEFORE, seatOfVenue, SENTENCE_ADVERB, SHIP_PREFIX, STATE_LONG_NAME, STREET_NAME, SURNAME_FIRST, SURNAME_FIRST_GIVEN, TITLE_WORDS, TOWN_HOSTS_AFTER } from './lexicon.ts';
import { capitalOf, countryOfDemonym, findCountry, findPlace, joinedStateName } from './places.ts';
import { everyMatch } from '../gated-matches.ts';

/** `name`: a proper noun the tagger could not type; the reader decides from its company ("Witkoff, Kushner and Dmitriev"). */
export type NameKind = 'person' | 'place' | 'organization' | 'name';

/** A name compromise found in a sentence, without the title before it ("Gen.", "Defense Minister"). */
export interface NameSpan {
  kind: NameKind;
  text: string;
  start: number;
  end: number;
  /** For places: the tagger knows it as a region (a state, a province), which GeoNames' towns lack. */
  region?: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** Past this many remembered sentences the memo starts again: a bound on memory, not a tuning knob. */
const REMEMBERED_SENTENCES = 20_000;

/**
 * The people, places and organisations named in a sentence, by compromise's tagger (its
 * lexicon of given names, places and organisations and its rules for honorifics), plus a
 * rule compromise lacks: a capitalised name right after a title or an office ("Defense
 * Minister Rustem Umerov", "envoy Kirill Dmitriev") is a person whatever its origin.
 * Results are kept per sentence text: wire copy and live pages repeat sentences.
 */
export const discoverNames: (sentence: string) => NameSpan[] = oncePerText(readNames, REMEMBERED_SENTENCES);

function readNames(sentence: string): NameSpan[] {
  const terms: Term[] = taggedSentences(sentence).flatMap((s) => s.map((t) => ({ text: t.text, pre: t.pre, post: t.post, start: t.at, end: t.at + t.text.length, tags: t.tags })));
  const spans: NameSpan[] = [];
  let run: Term[] = [];
  let kind: NameKind | undefined;
  let afterTitle = false;
  /** The office open before the name was carried over "of" or "the" ("the Minister of Culture", "Leaders of the Northern Sea states"): the name is what the office is of, not its holder. */
  let afterOf = false;
  let afterLocative = false;
  let afterSaint = false;
  /** The word after a saint's name that, with it, names a state ("Saint Lucia"): read with it. */
  let saintState = false;
  /** The name being read follows an office in lower case the tagger ran into it ("chief of staff Oleh Marchenko"). */
  let officeName = false;
  const close = (): void => {
    if (afterSaint) {
      run = [];
      kind = undefined;
      afterSaint = false;
      return;
    }
    // A name the tagger cannot type is a place candidate after "in" or "at" ("in Davos"); the reader checks it against GeoNames.
    // Initials are no town's name ("at UN headquarters"), whatever GeoNames has of two letters.
    const initials = run.every((t) => INITIALS.test(t.text));
    // "Secretary-General of the United Nations Antonio Guterres", "head of the African Union Commission Moussa Faki": the body
    // an office is of ends at its last institution noun, and the words after it are the holder's name ("ministers of the
    // Shanghai Cooperation Organisation" is a body to its end).
    const bodyEnd = afterTitle && !INSTITUTION_NOUN.test(run.at(-1)!.text) && OF_BEFORE.test(sentence.slice(Math.max(0, run[0]!.start - 8), run[0]!.start)) ? run.findLastIndex((t, j) => j > 0 && j < run.length - 1 && INSTITUTION_NOUN.test(t.text)) : -1;
    if (bodyEnd > 0) {
      for (const part of [toSpan(run.slice(0, bodyEnd + 1), 'organization', sentence), toSpan(run.slice(bodyEnd + 1), 'person', sentence)]) if (part) spans.push(part);
      run = [];
      kind = undefined;
      return;
    }
    const span = toSpan(run, kind ?? (afterTitle && !afterOf ? 'person' : afterLocative && !initials ? 'place' : 'name'), sentence);
    if (span) spans.push(span);
    run = [];
    kind = undefined;
  };
  /** The word after a demonym's first word ("South Korean"): the pair names a country's people, no one. */
  let demonymEnd = false;
  /** The second word of a two-word country an office is of ("of the United States"); and the word after that country, which the tagger takes for the office's though it is the name. */
  let countryOfOffice: Term | undefined;
  const pushSpan = (span: NameSpan | undefined): void => {
    if (span) spans.push(span);
  };
  let officeCountryEnd = false;
  const longNames = stateLongNames(sentence);
  const officePlaces = officePlaceSpans(sentence);
  // "09:15\nShigeru Ishiba's cabinet …": a live entry's clock stamp opens the sentence before its first word, as a dash after it does.
  const stampEnd = ENTRY_STAMP.exec(sentence)?.[0].length;
  const portfolioWords = [...everyMatch(PORTFOLIO_AFTER_OFFICE, sentence), ...everyMatch(PORTFOLIO_BEFORE_NAME, sentence)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
  for (const [i, term] of terms.entries()) {
    const next = terms[i + 1];
    // "the Republic of Türkiye", "the Islamic Republic of Mauritania": a state's long name is the state, whatever the tagger makes of
    // its words; an office it is of stays open ("Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan").
    const longName = longNames.find((n) => term.start >= n.start && term.start < n.end);
    if (longName) {
      if (term.start === longName.start) {
        if (run.length > 0) close();
        spans.push(longName);
      }
      afterOf = false;
      continue;
    }
    // "Minister of Foreign and European Affairs of the Republic of Slovenia Tadeja Kranjc": a portfolio's words, "and" among them, continue the office's title;
    // so do a field's before its holder's name ("Minister of Culture Ana Ruiz").
    // The pattern sees the office before it, so the title is open after it whatever "for" did ("Minister for Europe and Foreign Affairs Claire Dufort").
    if (run.length === 0 && portfolioWords.some((p) => term.start >= p.start && term.start < p.end)) {
      afterTitle = true;
      afterOf = false;
      continue;
    }
    // "The governor of Kano, Abba Yusuf", "the mayor of Tromsø, Kari Holm": the place an office is of, then its holder.
    const officePlace = afterTitle && run.length === 0 ? officePlaces.find((n) => term.start >= n.start && term.start < n.end) : undefined;
    if (officePlace) {
      if (term.start === officePlace.start) spans.push(officePlace);
      afterOf = false;
      continue;
    }
    // "South Korean President Lee", "North Korean leader": a word that makes one demonym with the next is no name, nor is the next.
    if (demonymEnd || (/^\p{Lu}/u.test(term.text) && term.post === ' ' && next !== undefined && countryOfDemonym(`${term.text} ${next.text}`) !== undefined)) {
      if (run.length > 0) close();
      demonymEnd = !demonymEnd;
      continue;
    }
    // "Tan Sri Zainal Abidin", "Datuk Seri Anwar Ibrahim": a title of two words is a form of address, and the name after it a person's.
    const lastTerm = terms[i - 1];
    if ((next !== undefined && HONORIFIC_PAIR.test(`${term.text}${term.post}${next.text}`)) || (lastTerm !== undefined && HONORIFIC_PAIR.test(`${lastTerm.text}${lastTerm.post}${term.text}`))) {
      if (run.length > 0) close();
      afterTitle = true;
      afterOf = false;
      continue;
    }
    // Letters of an honour or a seat after a name ("Tinubu, GCFR", "John Smith KBE", "Tom Brown MP") end it and are no one.
    if (POST_NOMINAL.test(term.text)) {
      if (run.length > 0) close();
      afterTitle = false;
      continue;
    }
    // A saint's name names a church, a square or a town ("St. Peter's Basilica"), not someone in the news.
    // A state named for a saint is the state: "Saint Lucia's Prime Minister", "St Kitts and Nevis".
    if (saintState) {
      saintState = false;
      continue;
    }
    if (SAINT.test(term.text) && next !== undefined && findCountry(`${term.text.replace(/^St\.?$/, 'Saint')} ${next.text.replace(/['’]s$/, '')}`) !== undefined) {
      if (run.length > 0) close();
      pushSpan({ kind: 'place', text: sentence.slice(term.start, next.end).replace(/['’]s$/, ''), start: term.start, end: next.end - (/['’]s$/.test(next.text) ? 2 : 0) });
      saintState = true;
      afterTitle = false;
      continue;
    }
    if (SAINT.test(term.text)) {
      if (run.length > 0) close();
      afterSaint = true;
      continue;
    }
    // "Chief of the General Staff" names an office: a title inside it ("General") precedes no person.
    const inOffice = /\bof\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, term.start - 8), term.start));
    // "Trade Representative", "Economy Minister", "Vice Premier": a plain word before a title is the office's, no name.
    const officeWord = OFFICE_QUALIFIER.test(term.text) && next !== undefined && isTitleWord(next) && term.post === ' ';
    // "chief of staff Oleh Marchenko": the tagger takes a name after an office in lower case for part of the office; a capitalised word no office has is the name.
    const previous = terms[i - 1];
    const afterOfficeCountry = officeCountryEnd;
    officeCountryEnd = false;
    const nameInOffice: boolean = term.tags.has('Actor') && !term.tags.has('Honorific') && term.tags.has('ProperNoun') && /^\p{Lu}\p{Ll}/u.test(term.text) && !OFFICE_WORD.test(term.text) && !OFFICE_QUALIFIER.test(term.text) && !isTitleWord(term) && previous !== undefined && previous.post === ' ' && ((/^\p{Ll}/u.test(previous.text) && previous.tags.has('Actor')) || (officeName && run.length > 0) || afterOfficeCountry);
    // "Gulf Cooperation Council ministers": the tagger takes a body's words before its people for their office; a name ending in an institution's noun is the body's.
    const ahead = term.tags.has('Actor') && /^\p{Lu}/u.test(term.text) && !isTitleWord(term) ? capitalisedAhead(terms, i) : 0;
    const bodyWord = ahead > 0 && run.length + ahead >= 2 && INSTITUTION_NOUN.test(terms[i + ahead - 1]!.text);
    // Initials are a name too ("RSF", "ELN"); the reader decides what kind from their company.
    const initials = term.tags.has('Acronym') && INITIALS.test(term.text);
    // "NATO Deputy Secretary General …", "the OSCE secretary general": the tagger takes a body's initials before an office for part of it; they are the body's name.
    const bodyInitials = initials && !term.tags.has('Honorific') && !isTitleWord(term);
    // "Don Esteban Giménez Ruiz": before a given name and two surnames "Don" is a form of address, not the English given name ("Don Bacon").
    const spanishAddress = run.length === 0 && ADDRESS_BEFORE_TWO_SURNAMES.test(term.text) && term.post === ' ' && capitalisedAhead(terms, i + 1) >= 3;
    // "its partner Velmora": a body's partner is no office, and the name after it is the reader's to type (a body, name-company.ts).
    const bodysCompanion = /^\p{Ll}/u.test(term.text) && BODYS_COMPANION_BEFORE.test(sentence.slice(Math.max(0, term.start - 40), term.end));
    // "Matteo Sinner", "Harriet Butcher": a surname the tagger knows as a person's noun, after a given name, is the name's, no office.
    const agentName = agentSurnameAt(terms, i) || givenBeforeAgentSurname(terms, i);
    const title = !bodyWord && !bodyInitials && !bodysCompanion && !agentName && (term.tags.has('Honorific') || (term.tags.has('Actor') && !nameInOffice) || isTitleWord(term) || officeWord || spanishAddress) && !inOffice;
    // A hyphenated part continues the name it is joined to, whatever its case: "Lee Jae-myung", "Park Ji-won".
    const joined = run.length > 0 && (/^[-‐‑]$/.test(terms[i - 1]!.post) || (/^\p{Lu}/u.test(term.text) && /^[-‐‑]$/.test(term.post)));
    // A pronoun's spelling inside a sentence, before a name, is a surname: "Bessent and He Lifeng".
    const surname = run.length === 0 && i > 0 && term.tags.has('Pronoun') && /^\p{Lu}\p{Ll}/u.test(term.text) && /^ $/.test(term.post) && !/[.:!?"“”—–-]/.test(terms[i - 1]!.post) && next !== undefined && /^\p{Lu}/u.test(next.text) && next.tags.has('ProperNoun') && !NOT_A_NAME.has(next.text);
    // A month's name after a title and before a name is a given name: "Defence Minister Jan Kowal", "Ambassador May Chen"; "Jan" is one anywhere ("said Jan Novak").
    const given = run.length === 0 && (afterTitle ? GIVEN_NAME_OF_MONTH : GIVEN_NAME_NOT_A_DATE).test(term.text) && term.post === ' ' && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && !NOT_A_NAME.has(next.text);
    // An initial before a name is the name's: "R. Venkatesh", "S. J. Rao", "J. K. Mensah" (the second initial before a surname the tagger
    // does not know), "Ernest T. Ngiraked" (not "Plan B. Then").
    const initial = /^\p{Lu}$/u.test(term.text) && /^\.\s$/.test(term.post) && next !== undefined && /^\p{Lu}/u.test(next.text) && !NOT_A_NAME.has(next.text) && (/^\p{Lu}$/u.test(next.text) || next.tags.has('LastName') || next.tags.has('FirstName') || (afterTitle && next.tags.has('ProperNoun')) || (run.at(-1)?.tags.has('FirstName') ?? false) || (run.length > 0 && /^\p{Lu}$/u.test(run.at(-1)!.text) && next.tags.has('ProperNoun')));
    // A sentence's first word before a name is the name's too, though its capital tells the tagger nothing: "Ravi Kumar and …", "– Ryosei Akazawa met …".
    const opener = (i === 0 || /[-–—:]\s*$/.test(terms[i - 1]!.post) || term.start === stampEnd) && /^\p{Lu}\p{Ll}+$/u.test(term.text) && !FUNCTION_TAGS.some((t) => term.tags.has(t)) && !SENTENCE_ADVERB.has(term.text) && term.post === ' ' && !NOT_A_NAME.has(term.text) && !isTitleWord(term) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && (next.tags.has('Person') || next.tags.has('LastName') || next.tags.has('ProperNoun')) && !NOT_A_NAME.has(next.text) && !OFFICE_QUALIFIER.test(next.text) && !isTitleWord(next);
    // A regnal number continues the name before it, whatever the tagger makes of it: "Pope Leo XIV", "King Carl XVI Gustaf".
    const regnal = run.length > 0 && run.at(-1)!.post === ' ' && REGNAL_NUMBER.test(term.text);
    // A given name before a regnal number, a ruler or a pope written before it, is a person though no title stands next to it:
    // "The pontiff, Leo XIV, received …", "the king — Tupou VII — opened …" (not "World War II", "Phase II").
    const regnalGiven = run.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(term.text) && term.post === ' ' && next !== undefined && REGNAL_NUMBER.test(next.text) && !NOT_A_NAME.has(term.text) && RULER_BEFORE.test(sentence.slice(Math.max(0, term.start - 40), term.start));
    // "Park Ji-hoon said", "met Moon Jae-in": a surname written first before a hyphenated given name of its syllables is a person's, though the tagger reads the surname as a word ("park", "moon").
    const surnameFirst = run.length === 0 && SURNAME_FIRST.has(term.text) && term.post === ' ' && next !== undefined && hyphenatedGivenAt(sentence, next.start);
    // "Prime Minister Dick Schoof, a former civil servant, …": the tagger takes a clause of four capitalised words or more before a comma
    // for one written in capitals and types none of them; after an office, the words up to the comma are its holder's name.
    const holderInCapitals = afterTitle && !afterOf && (run.length === 0 || kind === 'person') && !term.tags.has('ProperNoun') && capitalisedToComma(terms, i);
    const named = holderInCapitals || agentName || surnameFirst || regnal || regnalGiven || joined || surname || given || initial || (opener && !spanishAddress) || bodyWord || (/^\p{Lu}/u.test(term.text) && !title && (term.tags.has('ProperNoun') || initials || termKind(term) !== undefined) && !NOT_A_NAME.has(term.text));
    // A particle inside a name keeps it whole: "Mohammed bin Salman", "Lula da Silva", "Ursula von der Leyen", "Carlos de la Fuente", "Abdel Fattah al-Sisi", "Sharm el-Sheikh", "Nippon Ishin no Kai";
    // so does one elided onto the surname ("Marie-Claire d'Aubigny"), after which the tagger leaves an empty term of its own.
    const nameGoesOn = run.length > 0 && !/[,;:]/.test(run.at(-1)!.post);
    const japaneseParticle = JAPANESE_PARTICLE.test(term.text) && endsInJapaneseBodyHead(terms, i);
    if (!named && nameGoesOn && (NAME_PARTICLE.test(term.text) || japaneseParticle) && /^[ \-‐‑]$/.test(term.post) && next && (/^\p{Lu}/u.test(next.text) || NAME_PARTICLE.test(next.text))) {
      run.push(term);
      continue;
    }
    const elidedEnd = term.text === '' && run.at(-1) === previous && ELIDED_PARTICLE.test(previous?.text ?? '');
    if (elidedEnd || (!named && nameGoesOn && run.at(-1)!.post === ' ' && ELIDED_PARTICLE.test(term.text))) {
      if (!elidedEnd) run.push(term);
      if (/[,;:—–()"“”]|\.\s/.test(term.post + (next?.pre ?? ''))) close();
      continue;
    }
    // "Secretary of State Marco Rubio", "the General Assembly": the words of an office continue its title, and name no one.
    if (afterTitle && run.length === 0 && OFFICE_WORD.test(term.text)) {
      afterOf = false;
      continue;
    }
    // "President of Turkey Recep Tayyip Erdogan", "Prime Minister of the United Kingdom Keir Starmer": the country an office is of is a name of its own, and the name after it the person's.
    if (afterTitle && run.length === 0 && /^(?:of|the)$/i.test(previous?.text ?? '') && (findCountry(term.text) !== undefined || (next !== undefined && findCountry(`${term.text} ${next.text}`) !== undefined))) {
      countryOfOffice = findCountry(term.text) === undefined ? term : undefined;
      officeCountryEnd = countryOfOffice === undefined;
      if (officeCountryEnd) pushSpan(toSpan([term], 'place', sentence));
      afterOf = false;
      continue;
    }
    if (countryOfOffice) {
      pushSpan(toSpan([countryOfOffice, term], 'place', sentence));
      countryOfOffice = undefined;
      officeCountryEnd = true;
      continue;
    }
    if (!named) {
      // Only an office still open continues: "Senator Lindsey Graham of South Carolina" has closed it with a name.
      const officeOpen: boolean = afterTitle && run.length === 0;
      if (run.length > 0) close();
      afterTitle = title || (officeOpen && /^(?:of|the)$/i.test(term.text));
      afterOf = !title && afterTitle;
      afterLocative = LOCATIVE.test(term.text) || (afterLocative && /^the$/i.test(term.text));
      continue;
    }
    // After a title a name is a person's whatever the tagger makes of its words ("Secretary of State Marco Rubio": "Marco" is no place).
    // Initials before an office are the body it is of ("OSCE Secretary General", "NATO Assistant Secretary General").
    const bodyOfOffice = bodyInitials && next !== undefined && term.post === ' ' && (next.tags.has('Actor') || isTitleWord(next) || OFFICE_QUALIFIER.test(next.text));
    // Initials before a surname are a person's ("J. K. Mensah", "A. Novak"), whatever the tagger makes of the letters.
    const k = (run.length === 0 && afterTitle && !afterOf) || agentName || nameInOffice || regnalGiven || initial || surnameFirst ? 'person' : joined || surname || regnal ? undefined : bodyOfOffice ? 'organization' : termKind(term);
    officeName = nameInOffice;
    // A change of kind ends a name: "Ukraine's Rustem Umerov" is a country, then a person.
    if (run.length > 0 && k !== undefined && kind !== undefined && k !== kind && !(kind === 'person' && afterTitle)) close();
    run.push(term);
    kind ??= k;
    // Punctuation or a possessive ends a name ("Hnatov, Ukraine's chief"); a stop ends the sentence's last.
    if ((/[,;:—–()"“”]|\.\s/.test(term.post + (next?.pre ?? '')) && !initial) || /['’]s$/.test(term.text) || i === terms.length - 1) {
      close();
      afterTitle = false;
      afterOf = false;
      afterLocative = false;
    }
  }
  if (run.length > 0) close();
  const portfolios = everyMatch(PORTFOLIO_OF_OFFICE, sentence).map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
  return joinedBodies(spans, sentence)
    .filter((span) => !describesOrCarries(span, sentence) && !withinPortfolio(span, portfolios) && !(span.kind !== 'organization' && STREET_NAME.test(span.text) && seatOfVenue(span.text) === undefined))
    .map((span) => (portfolios.some((p) => /^\s*,\s*$/.test(sentence.slice(p.end, span.start))) ? { ...span, kind: 'person' as const } : span))
    .map((span) => (townTakenForPerson(span, sentence) || landmarkTakenForPerson(span, sentence) || townNamesItsAccord(span, sentence) ? { ...span, kind: 'place' as const } : span))
    // "FC Koper drew 1-1 at home": a club is a body, so the town in another sentence ("through Koper") is not its short form.
    .map((span) => (CLUB_PREFIX.test(span.text) ? { ...span, kind: 'organization' as const } : span))
    .concat(hostOpening(spans, sentence));
}

/** A given name written with a hyphen ("Ji-hoon", "Jae-in"): the form Korean names take in English, the syllables of SURNAME_FIRST_GIVEN. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+[-‐‑]\p{Ll}+(?![\p{L}-])/u;

function hyphenatedGivenAt(sentence: string, at: number): boolean {
  const given = HYPHENATED_GIVEN.exec(sentence.slice(at, at + 24));
  return given !== null && SURNAME_FIRST_GIVEN.test(given[0].replace(/[‐‑]/g, '-'));
}

/** One to three capitalised words opening a sentence: "Tromsø", "Port Louis", "Bandar Seri Begawan". */
const OPENING_WORDS = /^\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=\s)/u;

/**
 * The words opening a sentence whose subject hosts a gathering ("Tromsø hosted Arctic talks", "Gaborone will host a summit"),
 * or a seat of government acting as its state ("Nouakchott has offered to host", "Ouagadougou accused Abidjan"):
 * a name the tagger may miss, its first capital telling it nothing; whether a town or a person, the article reader says.
 */
function hostOpening(spans: NameSpan[], sentence: string): NameSpan[] {
  const words = OPENING_WORDS.exec(sentence);
  if (!words || NOT_A_NAME.has(words[1]!) || SENTENCE_ADVERB.has(words[1]!)) return [];
  const start = words[0].length - words[1]!.length;
  const end = words[0].length;
  if (spans.some((s) => s.start < end && s.end > start)) return [];
  // "Nouakchott has offered to …", "Ouagadougou accused …": a seat of government acting as its state, whatever the tagger made of it.
  if (!TOWN_HOSTS_AFTER.test(sentence.slice(end)) && !(CAPITAL_ACTS_AFTER.test(sentence.slice(end)) && isSeat(words[1]!))) return [];
  return [{ kind: 'name', text: words[1]!, start, end }];
}

/** A name GeoNames knows as its country's seat of government ("Nouakchott", "Tbilisi"). */
function isSeat(name: string): boolean {
  const town = findPlace(name)?.town;
  return town !== undefined && capitalOf(town.country)?.id === town.id;
}

/**
 * A town the tagger takes for someone's name, where GeoNames knows the words as a town: one of several words
 * after "in" ("met in Bandar Seri Begawan", "arrived in Port Moresby"), or one a journey goes to, where no one
 * is named but a place, however much it reads as a given name ("Macron goes to Nancy to sign", "flew to Florence").
 */
function townTakenForPerson(span: NameSpan, sentence: string): boolean {
  if (span.kind !== 'person' || findPlace(span.text)?.town === undefined) return false;
  const before = sentence.slice(Math.max(0, span.start - 40), span.start);
  return (/\s/.test(span.text) && /\bin\s+$/.test(before)) || DESTINATION_BEFORE.test(before) || JOURNEY_TO.test(before);
}

/** A town GeoNames knows, after "the" and before a pact or gathering it names ("the Nancy treaty", "the Aachen accord"): the town, not someone or a body. */
function townNamesItsAccord(span: NameSpan, sentence: string): boolean {
  return span.kind !== 'place' && findPlace(span.text)?.town !== undefined && ARTICLE_BEFORE_NAME.test(sentence.slice(Math.max(0, span.start - 4), span.start)) && ACCORD_OR_GATHERING_AFTER_TOWN.test(sentence.slice(span.end));
}

/** A name the tagger takes for someone's, with "the" before it and nothing it qualifies after it: a building or landmark ("the Hagia Sophia"). */
function landmarkTakenForPerson(span: NameSpan, sentence: string): boolean {
  return span.kind === 'person' && ARTICLE_BEFORE_NAME.test(sentence.slice(Math.max(0, span.start - 4), span.start)) && NAME_ENDS_PHRASE.test(sentence.slice(span.end));
}

/** A word of an office's portfolio ("Minister of Youth and Sport, …") names no one (the name after its comma is the holder's); a country in it stays. */
function withinPortfolio(span: NameSpan, portfolios: { start: number; end: number }[]): boolean {
  return portfolios.some((p) => span.start >= p.start && span.end <= p.end) && findCountry(span.text) === undefined;
}

/** "of Kano, ", "of the Lakes Province, ": up to three capitalised words after "of", then a comma and a capital. */
const OF_PLACE_COMMA = /\bof\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*),\s+(?=\p{Lu})/gu;

/**
 * The towns and regions offices are of, before the holder's name in apposition ("The governor of Kano, Abba Yusuf, …", "the
 * mayor of Tromsø, Kari Holm", "the governor of Lakes Province, Makur Kulang"): a division's name or a GeoNames town, not a
 * country (read on its own), nor a portfolio ("Minister of Justice, …"). The reader takes them only after a title.
 */
function officePlaceSpans(sentence: string): NameSpan[] {
  return everyMatch(OF_PLACE_COMMA, sentence).flatMap((m) => {
    const text = m[1]!;
    const words = text.split(/\s+/);
    if (findCountry(text) !== undefined || words.some((w) => OFFICE_WORD.test(w) || OFFICE_QUALIFIER.test(w) || NOT_A_NAME.has(w))) return [];
    const division = ADMINISTRATIVE_DIVISION.test(words.at(-1)!);
    if (!division && findPlace(text)?.town === undefined) return [];
    const start = m.index + m[0].lastIndexOf(text);
    return [{ kind: 'place' as const, text, start, end: start + text.length, ...(division ? { region: true } : {}) }];
  });
}

/**
 * The states a sentence names by their long official names, each as a place span of its words ("Kingdom of Morocco"), and
 * those whose names join two words with "and" ("Trinidad and Tobago, Antigua and Barbuda and St Kitts and Nevis"): read
 * word by word, a list's "and" splits them into two places.
 */
function stateLongNames(sentence: string): NameSpan[] {
  const found: NameSpan[] = / and /.test(sentence) ? everyMatch(joinedStateName(), sentence).map((m) => ({ kind: 'place' as const, text: m[0], start: m.index, end: m.index + m[0].length })) : [];
  if (!/\sof\s/.test(sentence)) return found;
  for (const m of everyMatch(STATE_LONG_NAME, sentence)) {
    // The longest run of its words that names a state: "the Republic of Türkiye Hakan Fidan" ends before the name after it.
    const words = m[0].split(/(?<=\S)(?=\s)/);
    for (let n = words.length; n > 0; n -= 1) {
      const text = words.slice(0, n).join('');
      if (/\sof(?:\s+the)?$/.test(text)) break;
      if (findCountry(text)) {
        found.push({ kind: 'place', text, start: m.index, end: m.index + text.length });
        break;
      }
    }
  }
  // "the Federation of Saint Kitts and Nevis": the long name holds the joined one.
  return found.filter((n) => !found.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
}

/** How many capitalised words run from `i` on, one space apart: "Gulf Cooperation Council" in "met Gulf Cooperation Council ministers" is 3. */
function capitalisedAhead(terms: Term[], i: number): number {
  let n = 0;
  while (terms[i + n] && /^\p{Lu}/u.test(terms[i + n]!.text) && (n === 0 || terms[i + n - 1]!.post === ' ')) n += 1;
  return n;
}

/** The mark between a masthead's parts ("Lac Léman Courier · Monday 24 November", "Valley Herald | Sport"), in the word's spacing or a term of its own. */
const MASTHEAD_SEPARATOR = /^\s*[·|•]/;

/** A capitalised word, no honour or office and no body's or place's, that may stand in a person's name. */
function nameWord(term: Term): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(term.text) && !term.tags.has('Honorific') && !term.tags.has('Organization') && !term.tags.has('Place') && !isTitleWord(term) && !OFFICE_WORD.test(term.text) && !OFFICE_QUALIFIER.test(term.text) && !NOT_A_NAME.has(term.text) && !INSTITUTION_NOUN.test(term.text);
}

/**
 * Whether the word at `j` is a surname the tagger's lexicon knows only as a noun for someone ("Sinner", "Butcher"): capitalised inside
 * a sentence, after a given name (a word the lexicon knows as a name or not at all: "Matteo", "Harriet"; not "Holy Father", "Blue
 * Ghost", "Programme Assistant") and ending the run of capitals, as an office before a name never does ("Foreign Minister Ola Berg");
 * not an outlet's name in a dateline's brackets ("(Rhine Courier)") or before a masthead's separator ("Lac Léman Courier · Monday …") nor after "the".
 */
function agentSurnameAt(terms: Term[], j: number): boolean {
  const term = terms[j];
  const given = terms[j - 1];
  if (!term?.tags.has('ProperNoun') || !given || given.post !== ' ' || !agentNoun(term.text) || !nameWord(term) || !nameWord(given) || englishWord(given.text)) return false;
  const next = terms[j + 1];
  return !(term.post === ' ' && next !== undefined && /^\p{Lu}/u.test(next.text)) && !term.post.startsWith(')') && !MASTHEAD_SEPARATOR.test(term.post + (next?.text ?? '')) && !given.pre.endsWith('(') && !/^the$/i.test(terms[j - 2]?.text ?? '');
}

/** Whether the words from `i` are the given names before such a surname, one or two ("Harriet Butcher", "Bui Thanh Son"): the tagger gives them its tag too. */
function givenBeforeAgentSurname(terms: Term[], i: number): boolean {
  if (!terms[i + 1]?.tags.has('Actor') && !terms[i + 2]?.tags.has('Actor')) return false;
  for (let n = 0; n < 2; n += 1) {
    const given = terms[i + n];
    if (!given || given.post !== ' ' || !nameWord(given) || englishWord(given.text)) return false;
    if (agentSurnameAt(terms, i + n + 1)) return true;
  }
  return false;
}

/** Up to four capitalised words from `i` on, a space or a hyphen apart, the last before a comma ("Dick Schoof, ", "Amara Oduya-Kalu, "): a name, no office or day among them. */
function capitalisedToComma(terms: Term[], i: number): boolean {
  for (let n = 0; n < 4; n += 1) {
    const term = terms[i + n];
    if (!term || !/^\p{Lu}\p{Ll}/u.test(term.text) || NOT_A_NAME.has(term.text) || isTitleWord(term) || OFFICE_WORD.test(term.text)) return false;
    if (term.post.startsWith(',')) return true;
    if (!/^[ \-‐‑]$/.test(term.post)) return false;
  }
  return false;
}

/** Whether the capitalised words after "no" at `i` end in a Japanese body's head word ("Ishin no Kai"): that "no" is Japanese, not English. */
function endsInJapaneseBodyHead(terms: Term[], i: number): boolean {
  const n = capitalisedAhead(terms, i + 1);
  return n > 0 && JAPANESE_BODY_HEADS.has(terms[i + n]!.text);
}

/**
 * Office words joined by "and" to a body's name are that body's ("National Security and Defense
 * Council"), not a name of their own: "Security" took part in no talks.
 */
function joinedBodies(spans: NameSpan[], sentence: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (let i = 0; i < spans.length; i += 1) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const officeWords = span.text.split(/\s+/).every((w) => OFFICE_WORD.test(w) || OFFICE_QUALIFIER.test(w));
    // "the Food and Drug Administration": a body's first word, read as a body of its own that no institution's noun ends, is the body's too. One
    // word after "the" or a state's initials only: "Siemens and Transport Ministry officials", "the Red Cross and Health Ministry teams" are two bodies.
    const bodyOpening = span.kind === 'organization' && !INSTITUTION_NOUN.test(span.text.split(/\s+/).at(-1)!) && next !== undefined && INSTITUTION_NOUN.test(next.text.split(/\s+/).at(-1)!) && oneWordOpening(span, sentence);
    if ((officeWords || bodyOpening) && next?.kind === 'organization' && /^\s+and\s+$/.test(sentence.slice(span.end, next.start))) {
      // A state's initials before it are its state's ("the U.S. Food and Drug Administration"), not the body's name.
      const state = bodyOpening ? STATE_INITIALS_BEFORE.exec(span.text)?.[0] : undefined;
      if (state) joined.push({ kind: 'place', text: state.trimEnd(), start: span.start, end: span.start + state.trimEnd().length });
      const start = span.start + (state?.length ?? 0);
      joined.push({ kind: 'organization', text: sentence.slice(start, next.end), start, end: next.end });
      i += 1;
    } else joined.push(span);
  }
  return joined;
}

/** A state written in initials with stops, before the words after it ("U.S. Food"). */
const STATE_INITIALS_BEFORE = /^(?:\p{Lu}\.){2,}\s+(?=\S)/u;

/** Whether a span is one word after "the" or after a state's initials ("the Food", "U.S. Fish"): how a body's opening word is told. */
function oneWordOpening(span: NameSpan, sentence: string): boolean {
  const state = STATE_INITIALS_BEFORE.exec(span.text)?.[0];
  return !/\s/.test(span.text.slice(state?.length ?? 0)) && (state !== undefined || /\bthe\s+$/i.test(sentence.slice(0, span.start)));
}

/** A party-and-state tag describes the person before it ("Don Bacon (Republican-Nebraska)"); a craft or a ship ("aboard Air Force One", "USS Coral Bay") is no one: neither is a name of the sentence. */
function describesOrCarries(span: NameSpan, sentence: string): boolean {
  return PARTY_AFFILIATION.test(span.text) || SHIP_PREFIX.test(span.text) || CRAFT_BEFORE.test(sentence.slice(Math.max(0, span.start - 20), span.start));
}

const LOCATIVE = /^(?:in|at|inside|near|outside)$/i;
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
/** Tags of words that open a sentence and are no one's name: "When Ursula von der Leyen met …", "After", "Both", "Later". */
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Determiner', 'QuestionWord', 'Pronoun', 'Verb', 'Auxiliary', 'Negative', 'Value', 'Date', 'Comparative', 'Superlative'];
const INITIALS = /^\p{Lu}{2,6}$/u;
/** Words of an office or a body after a title, never a name: "Secretary of State", "Chief of the General Staff", "General Assembly". */
const OFFICE_WORD = /^(?:State|Defen[cs]e|Staff|General|Foreign|Affairs|Treasury|Justice|Interior|Commerce|Finance|Homeland|Security|National|Armed|Forces|Intelligence|Energy|Health|Economy|Assembly|Council|Committee|Secretariat|Office|Cabinet|Government|Presidency)$/;
/** Words that qualify an office before its title ("Trade Representative", "Vice Premier"), never a name there. */
const OFFICE_QUALIFIER = /^(?:Trade|Economy|Economic|Finance|Treasury|Interior|Justice|Energy|Health|Commerce|Agriculture|Education|Transport|Industry|Environment|Labou?r|Development|Culture|Vice|Deputy|Prime|Foreign|Defen[cs]e|Security|Special|Chief|Senior|First|Acting|Crown)$/;
/** A title or form of address, written in full or cut short with a full stop ("Amb. Tomas Lind", "Pres. Ana Ruiz"; the tagger keeps the stop apart). */
function isTitleWord(term: Term): boolean {
  // "co-leader Hirofumi Yoshimura", "vice-chancellor …": an office's second is the office still (OFFICE_SECOND).
  const word = term.text.toLowerCase().replace(SECOND_OF_OFFICE, '');
  return TITLE_WORDS.has(word) || (term.post.startsWith('.') && TITLE_WORDS.has(`${word}.`)) || ADDRESS_IN_CAPITALS.test(term.text) || ADDRESS_IN_CAPITALS.test(`${term.text}${term.post.trim()}`);
}
const SAINT = /^(?:St|St\.|Saint|Ste|Sainte)$/;
/** The prefix of an office's second written with a hyphen, before the office's own word. */
const SECOND_OF_OFFICE = new RegExp(`^${OFFICE_SECOND}`);

function termKind(term: Term): NameKind | undefined {
  if (term.tags.has('Person') && !term.tags.has('Honorific')) return 'person';
  if (term.tags.has('Place') || term.tags.has('Country') || term.tags.has('City')) return 'place';
  if (term.tags.has('Organization')) return 'organization';
  return undefined;
}

function toSpan(run: Term[], kind: NameKind | undefined, sentence: string): NameSpan | undefined {
  if (run.length === 0 || kind === undefined) return undefined;
  const start = run[0]!.start;
  let end = run.at(-1)!.end;
  // "International Atomic Energy Agency (IAEA)": the initials in brackets are another name of it, not part of this one.
  let text = sentence.slice(start, end).replace(/\s*\((?:\p{Lu}\.?){2,6}\)?$/u, '').replace(/['’]s$/, '');
  text = text.replace(/[.,;:]+$/, '');
  end = start + text.length;
  // One capital letter or an all-lower-case token is not a name.
  if (text.length < 2 || !/\p{Lu}\p{Ll}|\p{Lu}{2}/u.test(text)) return undefined;
  // A word of a country's divisions alone ("the Region's governor", "officials of the Province") names nothing: it refers back.
  if (run.length === 1 && ADMINISTRATIVE_DIVISION.test(text)) return undefined;
  const region = kind === 'place' && run.every((t) => t.tags.has('Region'));
  // "Federal Maritime Service", "Meridian Wire": a name ending in an institution's noun is no one's.
  const named = INSTITUTION_NOUN.test(run.at(-1)!.text) && run.length > 1 && kind !== 'place' ? 'organization' : kind;
  return { kind: named, text, start, end, ...(region ? { region } : {}) };
}
