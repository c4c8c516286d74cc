// The fields of a world-countries entry that wire-facts reads, in one place: the ordinary start
// keeps only these (packages.ts), and the start-up snapshot's bundle keeps only these
// (scripts/build-snapshot.mjs). world-countries is 1.4 MB of JSON (translations, borders,
// coordinates…) that a worker would otherwise hold for nothing.

/** A world-countries entry as it comes from the package (the fields read here). */
export interface WorldCountryEntry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean | null;
  /** ISO 4217 code → name and symbol. */
  currencies?: Record<string, unknown>;
}

/** The same, trimmed: the currencies as their ISO 4217 codes. */
export type WorldCountry = Omit<WorldCountryEntry, 'currencies'> & { currencyCodes: string[] };

export function trimWorldCountry(c: WorldCountryEntry): WorldCountry {
  return {
    name: { common: c.name.common, official: c.name.official },
    cca2: c.cca2,
    altSpellings: c.altSpellings,
    capital: c.capital,
    demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
    independent: c.independent,
    currencyCodes: Object.keys(c.currencies ?? {}),
  };
}
