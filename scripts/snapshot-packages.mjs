// Stands in for src/packages.ts in the start-up snapshot's bundle (scripts/build-snapshot.mjs):
// the same packages (compromise's second level, as there), imported statically so that esbuild
// puts them in the one script a snapshot can hold.
import nlp from 'compromise/two';
import { useFastSweep } from '../dist/src/compromise-sweep.js';
import world from 'world-countries';
// The library without its 78 locales (its Node entry registers them all): English is the one read.
import iso from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';
import { createRequire } from 'node:module';

useFastSweep(nlp);

export function languageModel() {
  return nlp;
}

// world-countries as the bundle holds it is already trimmed (scripts/build-snapshot.mjs).
export function countryPackages() {
  iso.registerLocale(en);
  return { world, iso };
}

// The place packages stay out of the snapshot: src/rules.ts reads them only for a dateline that is
// no capital and no rule's (a gazetteer built at start-up added 0.5 MB to the blob, which every run
// deserialises). A run from the snapshot loads them then, from the package's own node_modules.
export function placePackages() {
  const require = createRequire(import.meta.url);
  return { timeZones: require('@vvo/tzdb/raw-time-zones.json'), regions: require('country-region-data/data.json') };
}
