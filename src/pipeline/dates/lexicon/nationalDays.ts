/**
 * The days nations name "Independence Day" or "National Day", by the country or its people's
 * adjective ("Indonesia's Independence Day", "China celebrated National Day"): month and day.
 * Word list only; parsers/holidays.ts reads it. A country not listed gives no day: guessing
 * the American Fourth of July for it would be a wrong date, not an imprecise one.
 */
export interface NationalDays {
  /** Country names and adjectives, as a regular expression alternation. */
  names: string;
  independence?: [month: number, day: number];
  national?: [month: number, day: number];
}

export const NATIONAL_DAYS: NationalDays[] = [
  { names: String.raw`(?:the\s+)?United\s+States|U\.S\.|US|America|Americans?`, independence: [7, 4] },
  { names: String.raw`Indonesian?`, independence: [8, 17] },
  { names: String.raw`India|Indians?`, independence: [8, 15] },
  { names: String.raw`Pakistan|Pakistanis?`, independence: [8, 14] },
  { names: String.raw`Bangladesh|Bangladeshis?`, independence: [3, 26] },
  { names: String.raw`Sri\s+Lankan?`, independence: [2, 4] },
  { names: String.raw`Myanmar|Burma|Burmese`, independence: [1, 4] },
  { names: String.raw`(?:the\s+)?Philippines|Philippine|Filipinos?`, independence: [6, 12] },
  { names: String.raw`Malaysian?`, independence: [8, 31], national: [8, 31] },
  { names: String.raw`Singapore|Singaporeans?`, national: [8, 9] },
  { names: String.raw`Vietnam|Vietnamese`, national: [9, 2] },
  { names: String.raw`China|Chinese`, national: [10, 1] },
  { names: String.raw`Taiwan|Taiwanese`, national: [10, 10] },
  { names: String.raw`Saudi\s+Arabia|Saudis?`, national: [9, 23] },
  { names: String.raw`(?:the\s+)?United\s+Arab\s+Emirates|UAE|Emirati`, national: [12, 2] },
  { names: String.raw`Qatar|Qatari`, national: [12, 18] },
  { names: String.raw`Kuwait|Kuwaitis?`, national: [2, 25] },
  { names: String.raw`Lebanon|Lebanese`, independence: [11, 22] },
  { names: String.raw`Jordan|Jordanians?`, independence: [5, 25] },
  { names: String.raw`Algerian?`, independence: [7, 5] },
  { names: String.raw`Tunisian?`, independence: [3, 20] },
  { names: String.raw`Ghana|Ghanaians?`, independence: [3, 6] },
  { names: String.raw`Nigerian?`, independence: [10, 1] },
  { names: String.raw`Kenyan?`, independence: [12, 12] },
  { names: String.raw`Ugandan?`, independence: [10, 9] },
  { names: String.raw`Zimbabwean?`, independence: [4, 18] },
  { names: String.raw`Mozambican?|Mozambique`, independence: [6, 25] },
  { names: String.raw`Angolan?`, independence: [11, 11] },
  { names: String.raw`Namibian?`, independence: [3, 21] },
  { names: String.raw`Ukraine|Ukrainians?`, independence: [8, 24] },
  { names: String.raw`Belarus|Belarusians?`, independence: [7, 3] },
  { names: String.raw`Kazakhstan|Kazakhs?`, independence: [12, 16] },
  { names: String.raw`Uzbekistan|Uzbeks?`, independence: [9, 1] },
  { names: String.raw`Estonian?`, independence: [2, 24] },
  { names: String.raw`Latvian?`, independence: [11, 18] },
  { names: String.raw`Finland|Finnish|Finns?`, independence: [12, 6] },
  { names: String.raw`Poland|Polish|Poles?`, independence: [11, 11] },
  { names: String.raw`Switzerland|Swiss`, national: [8, 1] },
  { names: String.raw`Mexico|Mexicans?`, independence: [9, 16] },
  { names: String.raw`Brazil|Brazilians?`, independence: [9, 7] },
  { names: String.raw`Argentina|Argentines?|Argentinians?`, independence: [7, 9] },
  { names: String.raw`Chile|Chileans?`, independence: [9, 18] },
  { names: String.raw`Peru|Peruvians?`, independence: [7, 28] },
  { names: String.raw`Colombian?`, independence: [7, 20] },
  { names: String.raw`Venezuelan?`, independence: [7, 5] },
  { names: String.raw`Haiti|Haitians?`, independence: [1, 1] },
  { names: String.raw`Jamaican?`, independence: [8, 6] },
];
