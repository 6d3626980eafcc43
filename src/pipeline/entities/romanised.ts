/**
 * The form the romanisations of one name agree on, for towns and people alike: y and j as i,
 * no doubled letters or doubled digraphs. Odesa ~ Odessa, Zaporizhzhia ~ Zaporizhia, Kupiansk ~
 * Kupjansk, Avdiivka ~ Avdiyivka; Zelenskyy ~ Zelensky ~ Zelenskiy, Yuri ~ Yury, Sergey ~ Sergei ~
 * Sergej, Andrii ~ Andriy ~ Andrij. Takes a name already folded to lower-case ASCII.
 */
export function romanisedSkeleton(folded: string): string {
  return folded.replace(/[yj]/g, 'i').replace(/(zh|kh|ch|sh|ts)\1+/g, '$1').replace(/([a-z])\1+/g, '$1');
}
