// Stands in for src/packages.ts in the start-up snapshot's bundle (scripts/build-snapshot.mjs):
// the same packages (compromise's second level, as there), imported statically so that esbuild
// puts them in the one script a snapshot can hold.
import nlp from 'compromise/two';
import { useFastSweep } from '../dist/src/compromise-sweep.js';
import world from 'world-countries';
// The library without its 78 locales (its Node entry registers them all): English is the one read.
import iso from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json';

useFastSweep(nlp);

export function languageModel() {
  return nlp;
}

// world-countries as the bundle holds it is already trimmed (scripts/build-snapshot.mjs).
export function countryPackages() {
  iso.registerLocale(en);
  return { world, iso };
}
