// The own corpora of whole articles split in two, each with the name its builds carry: the one list
// the score script, its usage and the fixtures' format test read. A new own corpus is one line here.
export const OWN_SPLIT_CORPORA = [
  { dir: 'tests/fixtures/own-corpus-2', name: 'own2' },
  { dir: 'tests/fixtures/own-corpus-3', name: 'own3' },
  { dir: 'tests/fixtures/own-corpus-4', name: 'own4' },
  { dir: 'tests/fixtures/own-corpus-5', name: 'own5' },
  { dir: 'tests/fixtures/own-corpus-6', name: 'own6' },
  { dir: 'tests/fixtures/own-corpus-7', name: 'own7' },
  { dir: 'tests/fixtures/own-corpus-8', name: 'own8' },
  { dir: 'tests/fixtures/own-corpus-9', name: 'own9' },
  { dir: 'tests/fixtures/own-corpus-10', name: 'own10' },
  { dir: 'tests/fixtures/own-corpus-11', name: 'own11' },
  { dir: 'tests/fixtures/own-corpus-12', name: 'own12' },
  { dir: 'tests/fixtures/own-corpus-13', name: 'own13' },
  { dir: 'tests/fixtures/own-corpus-14', name: 'own14' },
  { dir: 'tests/fixtures/own-corpus-15', name: 'own15' },
  { dir: 'tests/fixtures/own-corpus-16', name: 'own16' },
  { dir: 'tests/fixtures/own-corpus-17', name: 'own17' },
  { dir: 'tests/fixtures/own-corpus-18', name: 'own18' },
  { dir: 'tests/fixtures/own-corpus-19', name: 'own19' },
  { dir: 'tests/fixtures/own-corpus-20', name: 'own20' },
  { dir: 'tests/fixtures/own-corpus-21', name: 'own21' },
] as const;
