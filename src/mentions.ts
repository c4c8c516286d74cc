// What the people extractor hands to the quotes extractor: mentions with token ranges, so that
// speakers can be looked up by position without either extractor importing the other.
import type { Gender } from './rules.js';
import type { Person, PersonMention } from './types.js';

export interface MentionRef {
  person: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  kind: PersonMention['kind'];
  ruleId: string;
}

export interface PeopleResult {
  people: Person[];
  /** Name and description mentions in text order. */
  mentions: MentionRef[];
  genders: (Gender | null)[];
  /** Title signatures (country + head) per person, for matching descriptions. */
  signatures: { country: string | null; head: string }[][];
  /** Runs of capitalised words the people rules rejected as a company, agency or group ("an analyst at Morgan Stanley"), by rule id. */
  organisationRuns?: { first: number; last: number; ruleId: string }[];
}

/** An organisation mention handed to the speakers module: token range [first, last) and the organisation's name. */
export interface OrganisationRef {
  organisation: number;
  name: string;
  first: number;
  last: number;
}
