// The packages wire-facts reads its language model and country data from, loaded in one place.
// - compromise's second level through its `require` entry, one bundled file: the `import` entry
//   is ES modules (456 for the whole library), which Node takes about 0.5 s longer to load, most
//   of a one-story run's start-up.
// - world-countries and i18n-iso-countries are JSON and CommonJS.
// The start-up snapshot (scripts/build-snapshot.mjs) swaps this module for static imports of the
// same packages, since a snapshot cannot hold a module loader.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { useFastSweep } from './compromise-sweep.js';
import { trimWorldCountry, type WorldCountry, type WorldCountryEntry } from './world-country-fields.js';

export type { WorldCountry } from './world-country-fields.js';

export type Nlp = typeof nlpType;

export interface IsoCountries {
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  registerLocale(l: unknown): void;
}

const require = createRequire(import.meta.url);

let model: Nlp | null = null;

/**
 * compromise's second level: the tokenizer, lexicon and both taggers, which is all a parse here
 * reads. The third level adds chunks and the views (.people(), .verbs()…) on top of the same tags
 * (the same tags and offsets on 900 Reuters and PolNeAR texts), 60 KB more of code and 0.4 MB
 * more of start-up snapshot. Its post-tagger runs with our bulk matcher (compromise-sweep.ts).
 * Loaded on first use: a main thread that only hands stories to workers never loads it (about
 * 45 MB less at `--jobs 2`).
 */
export function languageModel(): Nlp {
  if (model) return model;
  model = require('compromise/two') as Nlp;
  useFastSweep(model);
  return model;
}

/** compromise as a user gets it, with its views: the baselines of the evaluation and the benchmark. */
export function compromiseOutOfTheBox(): Nlp {
  return require('compromise') as Nlp;
}

/** world-countries, and i18n-iso-countries with its English names registered. */
export function countryPackages(): { world: WorldCountry[]; iso: IsoCountries } {
  // The library's own index, not its Node entry, which loads and registers all 78 locales (about
  // 2 MB of names a worker would hold for nothing): English is the one read.
  const iso = require('i18n-iso-countries/index.js') as IsoCountries;
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return { world: (require('world-countries') as WorldCountryEntry[]).map(trimWorldCountry), iso };
}

/** A time zone of @vvo/tzdb: the country it is in and its largest cities. */
export interface TimeZoneCities {
  countryCode: string;
  mainCities: string[];
}

/** A country of country-region-data with the names of its states, provinces and regions. */
export interface CountryRegions {
  countryShortCode: string;
  regions: { name: string }[];
}

/**
 * The places a dateline names: @vvo/tzdb's main cities of each IANA time zone (about 1,000, with
 * their country) and country-region-data's states, provinces and regions (about 4,300).
 */
export function placePackages(): { timeZones: TimeZoneCities[]; regions: CountryRegions[] } {
  return { timeZones: require('@vvo/tzdb/raw-time-zones.json') as TimeZoneCities[], regions: require('country-region-data/data.json') as CountryRegions[] };
}
