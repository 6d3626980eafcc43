// Made once (asked of every name compared): replace() starts a global pattern at 0 and leaves it there.
const Y_OR_J = /[yj]/g;
const DOUBLED_DIGRAPH = /(zh|kh|ch|sh|ts)\1+/g;
const DOUBLED_LETTER = /([a-z])\1+/g;

/**
 * The form the romanisations of one name agree on, for towns and people alike: y and j as i,
 * no doubled letters or doubled digraphs. Odesa ~ Odessa, Zaporizhzhia ~ Zaporizhia, Kupiansk ~
 * Kupjansk, Avdiivka ~ Avdiyivka; Zelenskyy ~ Zelensky ~ Zelenskiy, Yuri ~ Yury, Sergey ~ Sergei ~
 * Sergej, Andrii ~ Andriy ~ Andrij. Takes a name already folded to lower-case ASCII.
 */
export function romanisedSkeleton(folded: string): string {
  return folded.replace(Y_OR_J, 'i').replace(DOUBLED_DIGRAPH, '$1').replace(DOUBLED_LETTER, '$1');
}

/**
 * The form a town's Russian and local romanisations share in the states where both circulate:
 * Russian г is written g where Ukrainian and Belarusian write h, and the vowels differ (Russian
 * o and e where Ukrainian has i; Kiev ~ Kyiv, Kharkov ~ Kharkiv, Lvov ~ Lviv, Chernigov ~ Chernihiv,
 * Lugansk ~ Luhansk, Vinnitsa ~ Vinnytsia, Rovno ~ Rivne, Grodno ~ Hrodna). Its consonants, in order,
 * each run of vowels as one. Takes a name already folded to lower-case ASCII.
 */
export function russianRomanisationKey(folded: string): string {
  return romanisedSkeleton(folded.replace(/[^a-z]/g, ''))
    .replace(/g/g, 'h')
    .replace(/[aeiou]+/g, 'a');
}
