import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer, in the styles of a palace readout, a Nigerian
// state house release and a British paper: a form of address before a name, the letters of an
// honour or a seat after it, and the body an office is of between the office and its holder
// are none of them part of the name, and none is someone.
const timeline = timelineWithoutGazetteer([
  article('readout', '2041-06-02', 'The Emir received a phone call on Monday from HE Secretary-General of the United Nations Amara Velde.\n'),
  article('palace', '2041-06-03', 'H.E. Ambassador Lina Haddad met HRH Prince Salim Harthy in Muscat on Tuesday.\n'),
  article('state-house', '2041-06-04', 'President Obiora Ahmed Danjuma, GCFR, met President Kofi Mensah in Accra on Wednesday.\n'),
  article('paper', '2041-06-05', 'Sir Edmund Hale KBE met Dame Ann Corrie OBE in Leeds on Thursday.\n'),
  article('commons', '2041-06-06', 'On Friday Tom Barlow MP met Jane Pettit QC in Bristol.\n'),
  article('body-office', '2041-06-07', 'The minister met the head of the African Union Commission Moussa Keita in Addis Ababa on Saturday.\n'),
]);

describe('honorifics and post-nominal letters around a name', () => {
  it('are not part of the name before or after it', () => {
    expect(idsOf(firstReportedIn(timeline, 'palace')?.roles?.present)).toEqual(['lina-haddad', 'salim-harthy']);
    expect(idsOf(firstReportedIn(timeline, 'paper')?.roles?.present)).toEqual(['edmund-hale', 'ann-corrie']);
    expect(idsOf(firstReportedIn(timeline, 'commons')?.roles?.present)).toEqual(['tom-barlow', 'jane-pettit']);
  });

  it('are no one of their own', () => {
    const release = firstReportedIn(timeline, 'state-house');
    expect(release.participants.map((p) => p.name)).toEqual(['Obiora Ahmed Danjuma', 'Kofi Mensah']);
  });

  it('leave the body an office is of out of its holder’s name', () => {
    expect(firstReportedIn(timeline, 'readout').participants.map((p) => p.name)).toEqual(['Amara Velde']);
    expect(firstReportedIn(timeline, 'body-office').participants.map((p) => p.name)).toEqual(['Moussa Keita']);
  });
});

describe('an honorific of a ruling house before a name', () => {
  const omani = timelineWithoutGazetteer([
    article('omani-readout', '2041-06-10', 'Sayyid Tariq bin Salim Albalushi met Ambassador Lina Haddad in Muscat on Monday.\n'),
    article('omani-wire', '2041-06-11', 'Sayyida Mona Harthy met Tariq Albalushi in Sohar on Tuesday.\n'),
  ]);

  it('is no part of the name, so the one person is one id however fully another report names them', () => {
    expect(idsOf(firstReportedIn(omani, 'omani-readout').roles?.present)).toEqual(['tariq-bin-salim-albalushi', 'lina-haddad']);
    expect(idsOf(firstReportedIn(omani, 'omani-wire').roles?.present)).toEqual(['mona-harthy', 'tariq-bin-salim-albalushi']);
  });
});

describe('a body an office is of', () => {
  const bodies = timelineWithoutGazetteer([
    article('whole-body', '2041-06-08', 'Foreign ministers of the Andean Cooperation Organisation met in Quito on Monday.\n'),
    article('whole-union', '2041-06-09', 'Leaders of the Sahel Economic Union met in Niamey on Tuesday.\n'),
  ]);

  it('is the body to its end when its name ends in an institution noun, and no one', () => {
    expect(idsOf(firstReportedIn(bodies, 'whole-body')?.roles?.parties)).toEqual(['andean-cooperation-organisation']);
    expect(idsOf(firstReportedIn(bodies, 'whole-union')?.roles?.parties)).toEqual(['sahel-economic-union']);
  });
});

describe('a name written surname first in capitals', () => {
  // Readouts in the styles of Tokyo's and Seoul's foreign ministries against wires and papers naming the same people in the usual order.
  const timeline = timelineWithoutGazetteer([
    article('tokyo-readout', '2041-07-02', 'On July 2, Mr. KAJIWARA Akira, Minister for Foreign Affairs, held a telephone talk with Ms. Lena Vossberg, Minister of Foreign Affairs.\n'),
    article('wire', '2041-07-03', 'Lena Vossberg spoke by phone with Akira Kajiwara on Tuesday, her ministry said.\n'),
    article('seoul-readout', '2041-07-04', 'Minister HWANG Min-seok met with Foreign Minister Tomas Reyes in Seoul on Wednesday.\n'),
    article('paper', '2041-07-05', 'Min-seok Hwang hosted Tomas Reyes in Seoul on Wednesday for talks.\n'),
  ]);
  it('is the person named in the usual order elsewhere', () => {
    const ids = (source: string) => idsOf(firstReportedIn(timeline, source).participants).sort();
    expect(ids('tokyo-readout')).toEqual(ids('wire'));
    expect(ids('tokyo-readout')).toContain('akira-kajiwara');
    expect(ids('seoul-readout')).toEqual(ids('paper'));
  });
});

describe('the Commonwealth form of address', () => {
  // Readouts in the styles of Ottawa, Canberra and Wellington: "the Honourable", "Senator the Hon", "Hon" before a minister's name.
  const timeline = timelineWithoutGazetteer([
    article('ottawa', '2041-08-03', 'The Honourable Claire Dumont, Minister of Foreign Affairs, spoke by phone with Akira Kajiwara on Monday.\n'),
    article('canberra', '2041-08-04', 'Senator the Hon Maria Kovac met Akira Kajiwara in Canberra on Tuesday.\n'),
    article('wellington', '2041-08-05', 'Hon Peter Ruawai met Akira Kajiwara in Wellington on Wednesday.\n'),
  ]);
  it('is no part of the name', () => {
    expect(firstReportedIn(timeline, 'ottawa').participants.map((p) => p.name)).toContain('Claire Dumont');
    expect(firstReportedIn(timeline, 'canberra').participants.map((p) => p.name)).toContain('Maria Kovac');
    expect(firstReportedIn(timeline, 'wellington').participants.map((p) => p.name)).toContain('Peter Ruawai');
  });
});
