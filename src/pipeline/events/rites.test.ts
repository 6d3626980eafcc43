// Happenings told by a verb the triggers did not know (own-corpus-8's misses, sentences written
// here in other words): rites someone performs, a site of worship or a grave visited.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a rite someone performs is a happening of its day', () => {
  it.each([
    ['The Archbishop prayed with the Mufti at the old bridge on Monday.', 'Prayer', '2058-03-11'],
    ['On Tuesday the Patriarch prayed in silence beside the ruined harbour wall.', 'Prayer', '2058-03-12'],
    ['The Cardinal celebrated Mass in the football stadium on Sunday evening.', 'Mass', '2058-03-10'],
    ['On Monday the bishop led a crowded open-air Mass in the market square.', 'Mass', '2058-03-11'],
    ['The President laid a wreath at the war memorial on Tuesday.', 'Wreath laid', '2058-03-12'],
    ['On Monday the two premiers laid wreaths at the cenotaph in Lusk.', 'Wreath laid', '2058-03-11'],
    ['On Monday the President laid flowers at the graves of the Varno miners.', 'Flowers laid', '2058-03-11'],
    ['The President laid a bouquet of white flowers beside the flood memorial in Orsk on Tuesday.', 'Flowers laid', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', noun, day]]);
  });

  it('a journey made to pray is the journey, not a prayer of its own', () => {
    expect(found('On Monday the Cardinal flew to Lusk to pray with the survivors.').map(([, noun]) => noun)).toEqual(['Trip']);
    expect(found('On Monday the Cardinal flew to Lusk to celebrate Mass with the survivors.').map(([, noun]) => noun)).toEqual(['Trip']);
    expect(found('The President will travel to Orsk on Thursday to lay a wreath at the war memorial.').map(([, noun]) => noun)).not.toContain('Wreath laid');
  });

  it('but not a wish, the writer’s own day, nor a mass of anything else', () => {
    expect(found('The bishop prayed for peace on Monday.')).toEqual([]);
    expect(found('On Monday we prayed at the shrine before breakfast.')).toEqual([]);
    expect(found('I laid a wreath at the cenotaph on Tuesday.')).toEqual([]);
    // The union's walkout is the union's act of its day (a doer told by what it is, acts-of-named-doers.ts), never a Mass.
    expect(found('The union led a mass walkout at the plant on Monday.')).toEqual([['other', 'led', '2058-03-11']]);
    expect(found('The Cardinal did not pray in the mosque on Monday.')).toEqual([]);
    expect(found('The minister never laid a wreath at the memorial.')).toEqual([]);
    expect(found('The parish celebrated Mass times are listed below.')).toEqual([]);
    expect(found('On Monday the stallholders laid out flowers for sale in the market square.')).toEqual([]);
    expect(found('On Monday the President laid flowers on the table before the state dinner.')).toEqual([]);
    expect(found('On Monday we laid flowers at the graves of the miners.')).toEqual([]);
  });
});

describe('a service of worship led or attended is a happening of its day', () => {
  it.each([
    ['On Sunday the Pope joins Patriarch Irenaios for the Divine Liturgy at the cathedral.', 'Mass', '2058-03-10'],
    ['The Cardinal joined the Metropolitan for the Divine Liturgy in Lusk on Monday.', 'Mass', '2058-03-11'],
    ['The two presidents attended Mass in the old basilica on Sunday.', 'Mass', '2058-03-10'],
    ['On Tuesday the Queen attended a memorial service for the flood victims in Orsk.', 'Service of worship', '2058-03-12'],
    ['The Grand Mufti led prayers for the victims at the great mosque in Lusk on Monday.', 'Service of worship', '2058-03-11'],
    ['On Monday the Archbishop held a requiem for the miners in the cathedral.', 'Service of worship', '2058-03-11'],
    ['The King and the Prime Minister attended a service of thanksgiving at the abbey on Sunday.', 'Service of worship', '2058-03-10'],
    // A Mass named for its occasion and written small: the second outlet's telling of the one a first calls a service.
    ['On Sunday the new Grand Duke and his wife attended a thanksgiving mass at the abbey.', 'Service of worship', '2058-03-10'],
    ['The Archbishop celebrated a requiem mass for the miners in the cathedral on Monday.', 'Service of worship', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', noun, day]]);
  });

  it('but not one skipped, the writer’s own, a journey made to attend it, nor anything else joined or held', () => {
    expect(found('The President did not attend the memorial service in Orsk on Monday.')).toEqual([]);
    expect(found('On Sunday we attended Mass in the old basilica.')).toEqual([]);
    expect(found('On Monday the Queen flew to Orsk to attend a memorial service for the flood victims.').map(([, noun]) => noun)).toEqual(['Trip']);
    expect(found('On Monday the minister joined the board for lunch in Lusk.')).toEqual([]);
    expect(found('The union held a mass meeting at the plant on Monday.').filter(([kind]) => kind === 'other')).toEqual([]);
  });
});

describe('a silence kept at a place of loss is a tribute of its day', () => {
  it.each([
    ['On Monday the Archbishop stood in silence at the ruined harbour wall.', '2058-03-11'],
    ['The two presidents stood quietly by the graves of the miners on Tuesday.', '2058-03-12'],
    ['On Sunday the Queen paused in silent prayer before the memorial to the flood victims.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Silent tribute', day]]);
  });

  it('but not standing quietly in anything else, nor a silence kept ahead', () => {
    expect(found('On Monday the minister stood quietly in the queue for the ferry.')).toEqual([]);
    expect(found('We stood in silence at the gate on Monday.')).toEqual([]);
  });
});

describe('a sentence opened by "Then" tells the next step of the story, on the day of the step before', () => {
  it.each([
    ['On Monday the Cardinal stood in silence at the old quay. Then he celebrated Mass in the square.', ['Silent tribute', 'Mass'], '2058-03-11'],
    ['The Patriarch prayed with the survivors at the chapel on Tuesday. Then he led the Divine Liturgy in the cathedral.', ['Prayer', 'Mass'], '2058-03-12'],
  ])('%s', (body, nouns, day) => {
    expect(found(body)).toEqual(nouns.map((noun) => ['other', noun, day]));
  });

  it('not "Then-" naming someone by an office held then', () => {
    expect(found('On Monday the Cardinal stood in silence at the old quay. Then-president Halvorsen laid a wreath at the cenotaph.')).not.toContainEqual(['other', 'Wreath laid', '2058-03-11']);
  });
});

describe('an order a leader signs is an act of its day', () => {
  it.each([
    ['The governor signed an executive order on flood relief on Monday.', '2058-03-11'],
    ['On Tuesday the president signed a decree calling up ten thousand reservists.', '2058-03-12'],
    ['The premier met the mayors on Sunday. Then at noon she signed the order closing the border crossings.', '2058-03-10'],
    ['The king signed the budget bill into law on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Order signed').map(([, , d]) => d)).toEqual([day]);
  });

  it('but not goods ordered, a text signed "in order to" do something, nor an order not signed', () => {
    const orders = (body: string) => found(body).filter(([, noun]) => noun === 'Order signed');
    expect(orders('The airline signed an order for forty jets on Monday.')).toEqual([]);
    expect(orders('The two ministers signed the accord in order to reopen the port on Monday.')).toEqual([]);
    expect(orders('The president did not sign the decree on Monday.')).toEqual([]);
  });
});

describe('a ruler’s appearance from a balcony is a ceremony of its day', () => {
  it.each([
    ['On Sunday King Alaric and Queen Mira appeared on the palace balcony before the crowd.', 'Balcony appearance', '2058-03-10'],
    ['The new Grand Duke came out onto the balcony of the palace on Monday with his sons.', 'Balcony appearance', '2058-03-11'],
    ['On Tuesday the Queen greeted the crowds from the palace balcony.', 'Balcony appearance', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', noun, day]]);
  });

  it('but not the writer’s own balcony, nor one not come out onto', () => {
    expect(found('On Monday we came out onto the hotel balcony to watch the fireworks.')).toEqual([]);
    expect(found('The King did not appear on the balcony on Monday.')).toEqual([]);
    expect(found('Protesters appeared on the balcony of the parliament on Monday.').filter(([, noun]) => noun === 'Balcony appearance')).toEqual([]);
  });
});
