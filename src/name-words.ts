// How two spellings of a name word are compared, by the people extractor within a story and by
// --summary across stories.

/**
 * A name word as names compare it: lower case, no full stop, no accents ("Álvarez" = "Alvarez"),
 * one apostrophe ("O’Malley" = "O'Malley": wires and web copy type different ones).
 */
export function nameWordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '').replace(/[’‘`´]/g, "'").normalize('NFD').replace(/\p{M}+/gu, '');
}
