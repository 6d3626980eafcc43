// A final played or ahead, or a competition won (issue #8 class 5, a sports final and its result): a happening of kind other, a title
// decided; a plain fixture or result (events-30's sports desk), a score in a poll, an election's win or a final's preview is none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, readOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const nouns = (body: string) => found(body).map(([, noun]) => noun);

describe('a final is a happening of its day', () => {
  it.each([
    ['Lusk City beat Orsk United 3-1 in the Velsian Cup final on Saturday.', '2058-03-09'],
    ['Crowds filled the square after Lusk City’s Velsian Cup win in Kessel on Saturday.', '2058-03-09'],
    ['Lusk will play the final against Orsk United in Kessel on Sunday.', '2058-03-17'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Final', day]);
  });

  it('titled by its winner and score, or by whom it is against', () => {
    const titles = (body: string) => timelineWithoutGazetteer([article('m1', '2058-03-13', body)]).events.map((e) => e.title);
    expect(titles('Lusk City beat Orsk United 3-1 in the Velsian Cup final on Saturday.')).toEqual(['Lusk City beat Orsk United 3-1']);
    expect(titles('Lusk will play the final against Orsk United in Kessel on Sunday.')).toEqual(['Final against Orsk United']);
    expect(titles('After protests against Mayor Brandt, Lusk will play the final against Orsk United on Sunday.')).toEqual(['Final against Orsk United']);
  });
});

describe('but no final is told', () => {
  it.each([
    'Lusk City beat Orsk 2-0 in Tarn on Tuesday night.',
    'The team plays a friendly against Varnia in Oskar next month.',
    'Their Velsian League win over Orsk on Saturday lifted them to third.',
    'Labour beat Reform 35-30 in the final poll on Monday.',
    'Labour’s election win on Sunday surprised nobody.',
    'The club published its preview of Saturday’s final on Friday.',
    'Lusk face the semi-final against Orsk United in Kessel on Sunday.',
    'Lusk play the quarter-final against Orsk in Kessel on Sunday.',
    'Lusk play the semi final against Orsk in Kessel on Sunday.',
    'Lusk City beat Orsk 2-1 in the semi-final on Saturday.',
    'Lusk City beat Orsk 2-1 in the Velsian Cup quarter-final on Saturday.',
  ])('%s', (body) => {
    expect(nouns(body)).not.toContain('Final');
  });
});

describe('a title won, told by whom its winner beat in the final', () => {
  it.each([
    ['She won the Velsian Open on Sunday, beating Ana Ruiz in the final.', '2058-03-10'],
    ['Orsk won their first cup three weeks ago, defeating Brell United in the final.', '2058-W08'],
    ['He claimed the Lusk Masters title on Saturday, overcoming Ivo Brandt in the final.', '2058-03-09'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Final', day]);
  });

  it('but not a final set, round or minute, nor a semi-final', () => {
    for (const body of ['He won the match on Sunday, beating Ivo Brandt in the final set.', 'She won on Sunday, beating Ana Ruiz in the final round of the qualifiers.', 'Lusk won on Saturday, beating Orsk in the semi-final.']) {
      expect(nouns(body), body).not.toContain('Final');
    }
  });
});

describe('a title won, told by the win that took it or by its champion', () => {
  it.each([
    ['On Sunday she beat Ana Ruiz in three sets to win the Velsian Open.', '2058-03-10'],
    ['Lusk City defeated Orsk United on Saturday to lift the trophy for the first time.', '2058-03-09'],
    ['Ivo Brandt beat Marek Sol 7-5, 6-7, 6-3 yesterday to claim his first major title.', '2058-03-12'],
    ['Ana Ruiz is the Velsian Open champion after beating Mia Kos in straight sets on the centre court this afternoon.', '2058-03-13'],
    ['He became the first Velsian champion on Sunday, defeating Ivo Brandt in five sets.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Final', day]);
  });

  it('by the final named with its day', () => {
    expect(found('The Velsian Open final of 2 March still hangs over him.')).toContainEqual(['other', 'Final', '2058-03-02']);
  });

  it('but not a semi-final reached, a seat or a primary won, nor a champion of a round', () => {
    for (const body of [
      'On Friday she beat Ana Ruiz in straight sets to reach the final.',
      'Marta Ferro beat Ivo Brandt on Tuesday to win the Lusk Senate seat.',
      'Ferro beat two rivals on Tuesday to win the Velsian Labour primary.',
      'The defending champion won on Friday after beating Mia Kos in the semi-final.',
      'Lusk City beat Orsk 2-1 in the semi-final of 9 March.',
      'The club published its preview of the Velsian Cup final on Friday.',
    ]) {
      expect(nouns(body), body).not.toContain('Final');
    }
  });
});

describe('a match’s set scores, listed with commas, part no clause', () => {
  it('so the day after them is the win’s', () => {
    expect(found('Ana Ruiz is the Velsian Open champion after beating Mia Kos 6-2, 3-6, 6-4 on the centre court this afternoon.')).toContainEqual(['other', 'Final', '2058-03-13']);
    expect(found('Mia Kos became the Lusk Masters champion after beating Ana Ruiz 7-6, 6-4 on Sunday.')).toContainEqual(['other', 'Final', '2058-03-10']);
  });
});

describe('a win that took something named, not a title', () => {
  // A bare name is a competition only when the win is told as a match (its sets or score); otherwise a state, a contract or an award may be what was won.
  it('is no final', () => {
    for (const body of [
      'Senator Hale beat Torres on Tuesday to win Pennsylvania.',
      'Orsk Steel beat two rivals on Monday to win Pentagon approval.',
      'The firm beat Boeing on Monday to win the Air Force contract.',
      'She beat three rivals on Sunday to win Best Actress.',
      'Marta Ferro defeated Ivo Brandt on Monday to take Velsia by a wide margin.',
    ]) {
      expect(nouns(body), body).not.toContain('Final');
    }
  });

  it('but a bare competition told with its sets or score is', () => {
    expect(found('On Sunday Ana Ruiz beat Mia Kos in straight sets to win Kessel.')).toContainEqual(['other', 'Final', '2058-03-10']);
    expect(found('Ivo Brandt beat Marek Sol 6-4 6-4 on Saturday to win Lusk.')).toContainEqual(['other', 'Final', '2058-03-09']);
  });
});

describe('a defending, reigning or former champion’s later win', () => {
  // The champion named has to be the result of that very win: no title of before, no year, no other verb between.
  it('is no final', () => {
    for (const body of [
      'Ruiz, who is the defending champion, began on Monday by beating Lee 6-1 6-2.',
      'Hale was the reigning champion and opened his defence on Tuesday after beating Torres in straight sets.',
      'Ana Ruiz, who became world champion in 2019, returned on Saturday, beating Lee on points.',
      'Mia Kos was the former Lusk champion and started on Friday by defeating Ana Ruiz.',
    ]) {
      expect(nouns(body), body).not.toContain('Final');
    }
  });
});

describe('a final named with its day', () => {
  // "The" or "A" opening a sentence names no competition.
  it('needs its competition', () => {
    for (const body of ['The final of 8 June drew 80,000 fans.', 'A final of 2 March would decide the title.']) {
      expect(nouns(body), body).not.toContain('Final');
    }
  });
});

describe('a result’s winner takes part in it beside whom they beat', () => {
  // A winner's name the tagger leaves untyped ("Iga Świątek", no given name of its lists) is someone's by beating a person.
  const participants = (body: string) => readOne('2058-03-13', `${body}\n`).candidates.map((c) => c.participants);
  it.each([
    ['On Sunday Iga Świątek beat Amanda Anisimova to win the Velsian Open.', ['iga-swiatek', 'amanda-anisimova']],
    ['Yesterday Tiberiu Vasko defeated Mark Johnson 6-4, 6-4 in the Lusk Masters final.', ['tiberiu-vasko', 'mark-johnson']],
    ['On Saturday Aigerim Suleimenova overcame Ana Ruiz in three sets to claim the Kessel title.', ['aigerim-suleimenova', 'ana-ruiz']],
  ])('%s', (body, people) => {
    expect(participants(body)).toContainEqual(people);
  });

  it('but a body that beats a person at the polls is no one', () => {
    expect(participants('On Sunday Ana Ruiz beat Reform Lusk in the Kessel by-election.').flat()).not.toContain('reform-lusk');
  });
});
