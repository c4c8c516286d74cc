// Rule files are data: this module checks their shape and compiles them into lookup tables,
// once per process. It does no I/O; load-rules.ts reads the files.
import { languageModel, placePackages } from './packages.js';
import { buildCountryLexicon, countryOfPhrase, type CountryLexicon } from './country-data.js';
import type { PeopleTaggerModel } from './people-tagger.js';

export type Gender = 'male' | 'female';

export interface RuleFile {
  description?: string;
  rules: Rule[];
}

export interface Rule {
  id: string;
  example: string;
  note?: string;
  words?: string[];
  values?: Record<string, number>;
  units?: Record<string, string>;
  names?: Record<string, string>;
  expand?: Record<string, string>;
  pronouns?: Record<string, Gender>;
  /** A speaker sieve's stage (src/rules/speakers.json); its code is named by the rule id. */
  sieve?: SieveStage;
  /** With `sieve`: how often the sieve's speaker was right on the tune split (0–1). */
  confidence?: number;
}

export type SieveStage = 'direct' | 'direct-backward' | 'reported' | 'none';
const SIEVE_STAGES = new Set<string>(['direct', 'direct-backward', 'reported', 'none']);

/** Word lists of src/rules/speakers.json (ids speaker-*), lower case; src/speakers.ts says where each is read. */
export interface SpeakerWords {
  /** "their saying": before an -ing cue form, a noun (speaker-possessive-determiner). */
  possessiveDeterminers: Set<string>;
  /** "said the Rev. Peter Wherry" (speaker-article). */
  articles: Set<string>;
  /** "a government spokesman" (speaker-description-determiner). */
  descriptionDeterminers: Set<string>;
  /** "his campaign said" (speaker-possessive-institution). */
  possessiveInstitution: Set<string>;
  /** "It added: “…”" after an organisation spoke (speaker-organisation-pronoun). */
  organisationPronouns: Set<string>;
  /** "a statement from the council said" (speaker-document-noun). */
  /** Articles that make a role a known person's: 'the senator said' (speaker-definite-role). */
  definiteRole: Set<string>;
  /** Words between a closing quotation mark and its speaker: ',” as Cruz said' (speaker-as-before-speaker). */
  asBeforeSpeaker: Set<string>;
  /** The office an abbreviated honorific or another name stands for: sen → senator (speaker-role-abbreviation). */
  roleAbbreviations: Map<string, string>;
  documentNouns: Set<string>;
  /** "a spokesman for …", "a person close to …" (speaker-description-end). */
  descriptionEnd: Set<string>;
  /** "President of the European Council" (speaker-affiliation-before). */
  affiliationBefore: Set<string>;
  /** "Mr. Morgan of the Sierra Club said" (speaker-affiliation-preposition). */
  affiliationPrepositions: Set<string>;
  /** "the Chamber of Commerce" (speaker-affiliation-joiner). */
  affiliationJoiners: Set<string>;
  /** "attacks from Donald Trump" (speaker-object-before). */
  objectBefore: Set<string>;
  /** "such as", "known as" (speaker-as-not-naming). */
  asNotNaming: Set<string>;
  /** "was seen as" (speaker-passive-auxiliary). */
  passiveAuxiliaries: Set<string>;
  /** "The Day of the Donald": lower-case words inside a title-case name (speaker-title-small-word). */
  titleSmallWords: Set<string>;
  /** "Trump’s pledge to be “neutral”" (speaker-speech-noun). */
  speechNouns: Set<string>;
}

/** A speaker sieve in rule-file order. */
export interface SpeakerSieve {
  id: string;
  stage: SieveStage;
  confidence: number;
}

/** A rule file's name and its parsed JSON, as read from disk. */
export interface RuleSource {
  file: string;
  json: unknown;
}

export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly ruleId: string | null,
    readonly field: string,
    reason: string,
  ) {
    super(`${file}: ${ruleId ? `rule "${ruleId}", ` : ''}field "${field}": ${reason}`);
    this.name = 'RuleError';
  }
}

/** A phrase list compiled for token matching: phrases keyed by their first word. */
export interface PhraseSet {
  byFirst: Map<string, string[][]>;
  ruleOf: Map<string, string>;
}

export interface CompiledRules {
  /** Inflected speech verb (lower case) → lemma. */
  cueForms: Map<string, string>;
  /** Multi-word cues ("point out", "according to") by first word. */
  cuePhrases: PhraseSet;
  cueRuleOf: Map<string, string>;
  /** Inflected belief, denial and reporting verbs (rules: cue-belief) → lemma: cues of reported speech only. */
  reportForms: Map<string, string>;
  /** Lemmas whose reported speech may follow without "that" (rules: cue-bare-clause). */
  bareClauseLemmas: Set<string>;
  /** Closed-class words the reported-speech subject search reads (rules reported-* in reported-speech.json). */
  reportedWords: {
    /** "Ryan also is stressing that…" (reported-auxiliary). */
    auxiliaries: Set<string>;
    /** "Some say…" (reported-quantifier-subject). */
    quantifierSubjects: Set<string>;
    /** "Nobody opposed…", "the past two years shows…" (reported-no-speaker). */
    noSpeakerHeads: Set<string>;
    /** "a majority say" (reported-share-of-polled). */
    shareHeads: Set<string>;
    /** "told reporters the port…" (reported-hearer-verb, lemmas). */
    hearerVerbs: Set<string>;
    /** "called him a liar" (reported-object-pronoun). */
    objectPronouns: Set<string>;
    /** "said there was…", "isn't saying what…" (reported-clause-opener). */
    clauseOpeners: Set<string>;
    /** "A new group called Black Votes Matter" (reported-indefinite-article). */
    indefiniteArticles: Set<string>;
    /** Days of the week (reported-weekday): "Obama on Tuesday dismissed…", "said Monday it would…". */
    weekdays: Set<string>;
    /** "said yesterday it would…" (reported-time-word). */
    timeWords: Set<string>;
    /** "said late Tuesday that…" (reported-day-preposition). */
    dayPrepositions: Set<string>;
    /** "said last week the plant…" (reported-time-phrase): two-word phrases. */
    timePhrases: Set<string>;
    /** "said in a statement the plant…", "said on Twitter…" (reported-channel-phrase): two- and three-word phrases. */
    channelPhrases: Set<string>;
    /** "reported from Los Angeles": words after an object verb that mean it has no object here (reported-object-stop). */
    objectStops: Set<string>;
    /** "warned about the risks": prepositions that still open an object verb's content (reported-object-preposition). */
    objectKeeps: Set<string>;
    /** "told them the port…": object pronouns that are a hearer (reported-hearer-pronoun). */
    hearerPronouns: Set<string>;
    /** "told him to…", "said so": words that never open a reported clause (reported-not-clause-opener). */
    notClauseOpeners: Set<string>;
    /** Speech verbs that also take a figure as object ('added 292,000 jobs'). */
    figureObjectVerbs: Set<string>;
    /** "A poll released Sunday showed…", "records show" (reported-evidence-noun). */
    evidenceNouns: Set<string>;
    /** "In a CBS News poll last month, she led…" (reported-evidence-opener). */
    evidenceOpeners: Set<string>;
    /** "…as polls show Sanders surging" (reported-evidence-clause-opener). */
    evidenceClauseOpeners: Set<string>;
    /** "When Rubio said it was great to be home, the crowd cheered" (reported-subordinator). */
    subordinators: Set<string>;
    /** Words before a cue's subject that take the reported clause's subject ('which the campaign says includes'). */
    gapOpeners: Set<string>;
    /** "says it is hard to blame anyone for that": subject pronouns that show a clause has begun (reported-subject-pronoun). */
    subjectPronouns: Set<string>;
    /** The mayor opened the port and later praised the crew. (reported-shared-subject-skip). */
    sharedSubjectSkips: Set<string>;
    /** The mayor opened the port but criticized the delays. (reported-shared-subject-joiner). */
    sharedSubjectJoiners: Set<string>;
    /** The minister has previously said the plant was safe. (reported-subject-skip). */
    subjectSkips: Set<string>;
    /** The committee's chairman said the vote would wait. (reported-possessor-word). */
    possessorWords: Set<string>;
    /** Her spokesman said the talks would resume. (reported-possessive-determiner). */
    possessiveDeterminers: Set<string>;
    /** Most of the voters said they would wait. (reported-quantifier-not-after). */
    quantifierNotAfter: Set<string>;
    /** The mayor said he'd sign the bill on Monday. (reported-clause-pronoun). */
    clausePronouns: Set<string>;
    /** The mayor said they're ready. (reported-clause-pronoun-suffix). */
    clausePronounSuffixes: Set<string>;
    /** A poll released Sunday showed the mayor ahead. (reported-before-day). */
    beforeDay: Set<string>;
    /** Nearly two thirds of voters said the economy was the top issue. (reported-quantity-word). */
    quantityWords: Set<string>;
    /** The Center for Budget and Policy said the plan would cost more. (reported-name-connector). */
    nameConnectors: Set<string>;
    /** Several Republican senators said the bill would fail. (reported-group-determiner). */
    groupDeterminers: Set<string>;
    /** Officials at the agency said the review was complete. (reported-group-preposition). */
    groupPrepositions: Set<string>;
    /** Some officials at the agency said the review was complete. (reported-group-plural-determiner). */
    groupPluralDeterminers: Set<string>;
    /** The group, which said it had no funds, closed. (reported-relative-word). */
    relativeWords: Set<string>;
    /** The mayor called off the vote. (reported-cue-particle). */
    cueParticles: Set<string>;
    /** The plan was criticized by the mayor. (reported-passive-auxiliary). */
    passiveAuxiliaries: Set<string>;
    /** "Asked about the sale, the mayor said…": participles that open a question put to the speaker (reported-fronted-question). */
    frontedQuestions: Set<string>;
    /** The mayor praised the plan, while the council criticized the cost. (reported-contrast-joiner). */
    contrastJoiners: Set<string>;
    /** The mayor praised the plan and will later sign it. (reported-second-verb-skip). */
    secondVerbSkips: Set<string>;
    /** The mayor said the port would reopen, but the council disagreed. (reported-clause-boundary). */
    clauseBoundaries: Set<string>;
    /** The mayor said the port would reopen and. (reported-trailing-conjunction). */
    trailingConjunctions: Set<string>;
    /** "Obama, who endorsed Clinton" (reported-relative-pronoun). */
    relativePronouns: Set<string>;
    /** "The judge said", "one source said" (reported-description-article). */
    descriptionArticles: Set<string>;
    /** "said he's not happy": endings that carry the clause's verb (reported-verb-contraction-suffix). */
    verbContractions: string[];
  };
  /** Verbs (and verb phrases, by inflected first word) whose object is reported content (rules: cue-report-object in reported-speech.json). */
  reportObjectCues: PhraseSet;
  /** Inflected verbs with which a document reports a finding ("showed", "finds"; rules: cue-evidence) → lemma. */
  evidenceCues: Map<string, string>;
  /** Naming verbs whose object and its complement are reported content (rules: cue-report-naming), inflected, first words. */
  reportNamingCues: PhraseSet;
  titleHeads: PhraseSet;
  titleModifiers: Set<string>;
  /** "Bank of | Australia governor": connectors inside a name before a title (title-name-connector). */
  titleNameConnectors: Set<string>;
  honorifics: Set<string>;
  titleExpansions: Map<string, string>;
  notPersonWords: Set<string>;
  notPersonNames: PhraseSet;
  /** "Smith Barney, Merrill Lynch and Shearson said": firms named after their founders (rules: not-person-firm-name). */
  notPersonFirms: PhraseSet;
  /** "Jason Day", "Oliver North": organisation heads that end a given name's run as a surname (rules: organisation-word-surname). */
  organisationWordSurnames: Set<string>;
  /** Words that make a run starting with them a group, not a person ("Team Clinton"). */
  notPersonFirstWords: Set<string>;
  /** Words that open a place's name ("San Luis", "Fort Worth"; rules: not-person-place-first-word). */
  notPersonPlaceFirstWords: Set<string>;
  /** "the Hartwell family" (rules: not-person-family). */
  familyWords: Set<string>;
  /** "Harper and Row Publishers": heads that end a firm's partner names besides company suffixes (rules: not-person-firm-partners). */
  firmHeads: Set<string>;
  /** A run that fills a quotation is a title (rules: not-person-title-in-quotes). */
  titleInQuotes: boolean;
  /** "David Pike of Phelps and Drew" (rules: not-person-affiliation-of). */
  affiliationPrepositions: Set<string>;
  notPersonNounSuffixes: string[];
  notPersonPluralHead: boolean;
  /** "DNAinfo", "JPMorgan", "iPhone": capitals running into lower case inside a word (rules: not-person-brand-case). */
  notPersonBrandCase: boolean;
  compoundModifierBefore: Set<string>;
  /** Phrases right before a run that make it a company or programme ("analyst at", "shares of"). */
  orgContextBefore: string[][];
  /** Lower-case words right after a run that make it a company ("shares", "analyst"). */
  orgContextAfter: Set<string>;
  /** "Inco slipped 1/8": a price move before a fraction makes the run a stock (rules: not-person-stock-move). */
  stockMoves: string[][];
  /** "Stephens co-managed the deal": verbs of an issue's managers (rules: not-person-firm-verb-after). */
  firmVerbsAfter: Set<string>;
  /** "USATODAY.com": top-level domains that end a website's name (rules: not-person-web-address). */
  webDomains: Set<string>;
  /** Words after "<name> said" that make a lone name the tagger alone found a company (rules: not-person-said-it). */
  orgPronounsAfterCue: Set<string>;
  /** Company suffixes and company-only heads ("Inc", "and Co", "Industries"; rules: organisation-company-suffix, not-person-company-name), without a final full stop. */
  companySuffixes: Set<string>;
  /** Party letter of a "(D-Mo.)" tag (lower case) → party. */
  partyTags: Map<string, string>;
  /** Places whose names the tagger reads as people: a name that is exactly one of them is not a person. */
  notPersonPlaces: Set<string>;
  /** "in Orlando": a lone given name after one of these is a town (rules: not-person-place-before). */
  placePrepositions: Set<string>;
  /** "the Orlando shooting": a lone given name before one of these is a town (rules: not-person-place-after). */
  placeNounsAfter: Set<string>;
  /** "Jewish groups", "Millennials": religions, ethnic groups and generations, never one person (rules: not-person-group-word). */
  groupWords: Set<string>;
  /** "told Fox": one-word broadcasters and news sites (rules: not-person-media-name). */
  mediaNames: Set<string>;
  /** "in Tampa and Orlando": the words that close a list whose other items are places or firms (rules: not-person-listed-with-place). */
  listJoiners: Set<string>;
  /** "Joy Hale, 50, of Houston": the word between an age and a home town (rules: not-person-place-after-age). */
  placeAfterAge: Set<string>;
  /** "Per Haugland": prepositions that are given names when capitalised before a name (rules: given-name-preposition). */
  givenNamePrepositions: Set<string>;
  /** The learned person-name tagger (src/models/people-tagger.json), set by loadRules; without it the rules alone decide. */
  peopleTagger?: PeopleTaggerModel;
  /** Lower-case cricket scorecard markers ("c", "b", "lbw"). */
  scorecardMarkers: Set<string>;
  /** AP-style state abbreviations (lower case, no full stop). */
  stateAbbreviations: Set<string>;
  /** "Ohioan John Boehner": regional demonyms before a name, never part of it (regional-demonym). */
  regionalDemonyms: Set<string>;
  pronouns: Map<string, Gender>;
  nameParticles: Set<string>;
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  vaguePlurals: Map<string, number>;
  /** "star", "alarm": after a number and a hyphen, a rank, not a count (rules: figure-compound-rank). */
  compoundRanks: Set<string>;
  /** "tiered" → tier: adjectives in -ed that count a noun after a number of two or more (rules: figure-compound-having). */
  compoundHaving: Map<string, string>;
  /** "for" → "joiner", "split" → "issue", "shares" → "shares": a ratio of shares before a word of the issue ("a two-for-one stock split"; rules: figure-exchange-ratio). */
  exchangeRatioWords: Map<string, string>;
  /** "time", "off": after "one" and a hyphen, an adjective that counts nothing ("a one-time payment"; rules: figure-one-compound-idiom). */
  oneCompoundIdioms: Set<string>;
  /** "wickets", "innings": a story with one of these reads "225 for five" as runs for wickets (rules: figure-cricket-score). */
  cricketWords: Set<string>;
  /** "mark": after "the" and a number, a milestone, not money (rules: figure-milestone; case kept). */
  milestoneWords: Set<string>;
  /** Inflected forms of "make", "score" → "verb"; "partnership" → "stand"; "out" → "out"; "not out" → "unbeaten": where a bare number counts runs in a story of cricket (rules: figure-cricket-runs). */
  cricketRunWords: Map<string, string>;
  /** "GMT", "EST": after four digits of the 24-hour clock, a time of day (rules: figure-time-zone; case kept). */
  timeZones: Set<string>;
  /** "o'clock": after a number of 1 to 12, a time of day (rules: figure-clock-word). */
  clockWords: Set<string>;
  /** "shares" → "subject", "off" → "joiner": a sentence naming shares quotes their prices in fractions of a dollar after a change word, "to", "at" or a joiner (rules: figure-share-price). */
  sharePriceWords: Map<string, string>;
  /** "in", "among": after "1,428 to 1,153", before the plural both count (rules: figure-tally-noun). */
  tallyNounJoiners: Set<string>;
  /** "scores": a vague plural that counts only before "of" (rules: figure-vague-plural-not-alone). */
  vaguePluralsNotAlone: Set<string>;
  /** "in", "digit": after these a vague plural alone is no figure ("in thousands -"; rules: figure-vague-plural-not-after). */
  vaguePluralsNotAfter: Set<string>;
  /** "a few thousand", "several hundred": words before a scale word that make its floor a figure (figure-vague-count). */
  vagueCounts: PhraseSet;
  hedges: PhraseSet;
  /** Currency written after a number → ISO 4217 code, or a lower-case family ("dollar") read from the story. */
  currencies: Map<string, string>;
  /** Currency symbols and codes written before a number (rules: figure-currency-prefix), same values. */
  currencyPrefixes: Map<string, string>;
  /** "R5 billion": one capital letter written against money-shaped digits (rules: figure-currency-letter-prefix), case kept. */
  currencyLetterPrefixes: Map<string, string>;
  /** ISO 4217 codes, read only as written in capitals: world-countries' and figure-currency-code's, less figure-currency-code-not. */
  currencyCodes: Set<string>;
  /** Minor units (rules: figure-currency-minor) → the main unit's code or family. */
  currencyMinor: Map<string, string>;
  /** "ZAR", "LKR", "EUR": currencies divided into cents, whose cents a sentence in them means (rules: figure-currency-cents). */
  centCurrencies: Set<string>;
  /** "profits", "surplus", "revenues": words of money that let a bare amount take the story's one currency (rules: figure-story-money). */
  storyMoneyWords: Set<string>;
  /** "CA dollar" (country code, family) → ISO code (rules: figure-currency-national). */
  currencyNational: Map<string, string>;
  /** Family → its most common reading (rules: figure-currency-default). */
  currencyDefault: Map<string, string>;
  /** Slang for a thousand of a currency after a number ("50 grand"; rules: figure-currency-thousand). */
  currencyThousands: Map<string, string>;
  /** Currency families that the one country of their sentence decides (figure-currency-sentence-country). */
  currencySentenceCountry: Set<string>;
  /** Families that the countries named anywhere in the story decide when they agree (figure-currency-story-country). */
  currencyStoryCountry: Set<string>;
  /** Dateline cities (placeKey) → ISO country code, over the place packages' (rule figure-dateline-city; capitals come from the country rules). */
  datelineCities: Map<string, string>;
  /** A dateline's second place (placeKey) → ISO country code, over the place packages' (rule figure-dateline-region: news abbreviations). */
  datelineRegions: Map<string, string>;
  /**
   * The place packages' cities and regions (placeKey → ISO country code), built on first call:
   * most datelines are capitals or a rule's, and a start-up snapshot then holds no gazetteer.
   */
  gazetteer: () => Gazetteer;
  /** Measurement unit alias (lower case) → its one name (rules: unit-alias). */
  unitAliases: Map<string, string>;
  /** "h", "s", "d": the time after a slash in the table's whole rates ("km/h" → hour, "m/s" → second, "b/d" → day). */
  rateTimesAfterSlash: Map<string, string>;
  /** The one names the aliases map to ("metre per second"): the rates compoundUnitAt may build. */
  unitNames: Set<string>;
  /** The same aliases as phrases, for "barrels per day", "sq ft". */
  unitPhrases: PhraseSet;
  /** Aliases that may be attached to digits, "5km" (rules: unit-attached). */
  unitAttached: Set<string>;
  /** "aged 12", "at the age of 85" (rules: unit-age). */
  agePhrases: PhraseSet;
  /** "in her", "in his": before a decade of life ("in her early 40s"; rules: unit-age-decade). */
  ageDecadeCues: PhraseSet;
  /** "early", "mid", "late": between the cue and the decade (rules: unit-age-decade-part). */
  ageDecadeParts: Set<string>;
  /** "his wife, 52, survived": nouns for a person before an age in commas (rules: unit-age-person-noun). */
  agePersonNouns: Set<string>;
  /** Words that make "25 pounds" a weight (unit-weight-cue). */
  weightCues: Set<string>;
  /** "a 5-pound note": nouns that keep a hyphenated "pound" sterling (unit-pound-money-noun). */
  poundMoneyNouns: Set<string>;
  /** Words that keep "13C" a temperature before a noun (unit-temperature-cue). */
  temperatureCues: Set<string>;
  angleCues: Set<string>;
  /** "two degrees from the university", "2 degrees in physics": words of study and subjects (unit-degree-academic-cue, unit-degree-academic-subject). */
  academicCues: Set<string>;
  academicSubjects: Set<string>;
  /** "the 5g network": nouns after a lower-case "5g" that make it a mobile generation (unit-mobile-generation-noun). */
  mobileGenerationNouns: Set<string>;
  /** Words that make "points" percentage points (unit-point-poll-cue), and those that veto it (unit-point-market-cue). */
  pollPointCues: PhraseSet;
  /** A table's note in brackets naming its money: "(Dlrs/Bu)", "(in yen)", "(dlrs per tonne)" (figure-table-unit). */
  tableUnitNote: RegExp;
  /** "(mln acres)", "in 000's bushels -": a note of the scale and unit of a table's rows; [1] the scale, [2] the unit's words (rules: figure-table-scale-note). */
  tableScaleNote: RegExp;
  /** "000's", "000s": a scale of a thousand in a table's note (rules: figure-table-scale-note). */
  tableScaleThousands: Set<string>;
  /** Row labels a table's note of scale does not reach: prices, yields, rates (rules: figure-table-scale-note-not). */
  tableScaleNoteNot: RegExp;
  /** "12 by 15 feet", "1 m x 1 m" (unit-dimension-joiner). */
  dimensionJoiners: Set<string>;
  /** "3 in. wide": unit abbreviations that are also English words, read apart only where a measure ends (unit-word-apart). */
  unitWordsApart: Map<string, string>;
  /** "per", "/" (any unit after them makes a rate) and "a", "an" (only rates the table lists) (unit-rate-joiner). */
  rateJoiners: Map<string, string>;
  /** Unit abbreviations read only as written in lower case: "250 mls", not "2 MLS teams" (unit-lower-case-only). */
  unitLowerCaseOnly: Set<string>;
  /** Words after which a plural the tagger reads as a verb after a scale word is the noun counted (figure-plural-after-scale). */
  pluralAfterScale: Set<string>;
  /** "long", "wide", "in diameter" (size), "old" (age), "strong" (count): words that end a measure after its unit (unit-size-adjective). */
  sizeAdjectives: PhraseSet & { kind: Map<string, string> };
  /** "to", "in", "into" between a temperature and the scale it is converted to (unit-conversion-word). */
  conversionWords: Set<string>;
  /** One-character currency signs of figure-currency-prefix and figure-currency ("$", "€", "₹"). */
  currencySigns: Set<string>;
  /** Words after "a dollar", "a euro" that make the article one of the currency (figure-currency-one). */
  currencyOneAfter: Set<string>;
  /** Currency words never one of themselves after 'a': 'left a mark', 'a real four pct' (figure-currency-one-not). */
  currencyOneNot: Set<string>;
  /** Units of time, which make no rate per a time (unit-duration). */
  durations: Set<string>;
  /** "tonne", "barrel": units of an amount produced, moved or used, which "a" and a span of time make a rate ("tonnes a year"; rules: unit-rate-output). */
  outputUnits: Set<string>;
  /** "daily" → "day": adverbs of a span that make a rate after a unit of output (unit-rate-adverb). */
  rateAdverbs: Map<string, string>;
  /** "ago", "earlier": after "a" and a unit of time, words that make it a time, not a rate ("a week ago"; rules: unit-rate-output-not-before). */
  rateNotBefore: Set<string>;
  /** "20 degrees below zero" (unit-temperature-below-zero). */
  belowZero: PhraseSet;
  /** "who was 69 when…": relative clauses before an age (unit-age-relative). */
  ageRelatives: PhraseSet;
  /** "who was then 35": a word between such a clause and the age (unit-age-relative-adverb). */
  ageRelativeAdverbs: PhraseSet;
  /** "is", "will be", "turns" after a person's name: the number after is an age (rules: unit-age-name-copula). */
  ageNameCopulas: PhraseSet;
  /** "voters 18 to 29": words joining a range of ages after people (unit-age-group-range). */
  ageGroupRangeJoiners: Set<string>;
  /** "the average age … was 44": heads of a subject that make the number after its copula an age (unit-age-subject). */
  ageSubjects: Set<string>;
  /** "then", "now" between a name's comma and an age (unit-age-apposed-time). */
  ageApposedTimes: Set<string>;
  /** "younger than", "older than" (unit-age-comparative); "and older", "and over" after a group of people (unit-age-open-bracket). */
  ageComparatives: PhraseSet;
  ageOpenBrackets: PhraseSet;
  /** "people over 70": words of an age bracket (unit-age-bracket) and the groups of people before them (unit-age-group-noun). */
  ageBrackets: PhraseSet;
  ageGroupNouns: PhraseSet;
  /** "died at 85", "retired at 60": life events before an age (rules: unit-age-event). */
  ageEvents: PhraseSet;
  marketPointCues: PhraseSet;
  /** Reuters table labels before amounts (rules: figure-money-label). */
  moneyLabels: Set<string>;
  /** Reuters table labels before share counts (rules: figure-share-label). */
  shareLabels: Set<string>;
  /** "vs", "against": the words that make a line of a wire earnings table a row (rules: figure-currency-results-table). */
  resultsTableComparisons: Set<string>;
  /** "vs", "from", "against": the next number is in the same unit (rules: figure-comparison). */
  comparisons: Set<string>;
  /** Words that join a bare scaled number to a measured one before it (figure-elliptic-unit), and words that break the link. */
  ellipticJoiners: Set<string>;
  /** "passenger miles rose 12 pct to 2.3 billion": words before the level whose unit is the subject's (figure-subject-unit). */
  subjectUnitJoiners: Set<string>;
  /** "number" → "subject", "by" → "joiner", "been" → "auxiliary": bare numbers after the change verb of "the number of <noun>" count it (rules: figure-counted-subject). */
  countedSubjectWords: Map<string, string>;
  /** "truck", "cars": goods counted by a 'goods after' subject of figure-counted-subject (rules: figure-counted-goods). */
  countedGoods: Set<string>;
  /** "voted 52 to 48": words before a tally whose numbers count votes (figure-vote-tally). */
  voteWords: Set<string>;
  /** "fell 2.40 dlrs to 402.15": words that bring in the price a change in money reached (figure-elliptic-price). */
  ellipticPriceJoiners: Set<string>;
  ellipticBreaks: Set<string>;
  ellipticNotLent: Set<string>;
  /** "percent", "point": units of figure-elliptic-unit-not-lent that a bare level compared with one still takes (rule: figure-elliptic-level). */
  ellipticLevelLent: Set<string>;
  /** "by 312 votes to 198", "121 seats, down 251": a bare number after a count counts the same (figure-comparison-count). */
  countComparisons: PhraseSet;
  /** "to 5,944 from 6,106 tonnes": the word before a bare level, and the word before the earlier level whose unit it takes (rules: figure-level-before-from). */
  levelBeforeFrom: Map<string, string>;
  /** "yesterday's", "last week's": times in the possessive that own the level after them (rules: figure-time-owner), and their modifiers (figure-time-owner-modifier). */
  timeOwners: Set<string>;
  timeOwnerModifiers: Set<string>;
  /** "revised", "provisional": words that qualify a level without hedging it (rules: figure-level-qualifier). */
  levelQualifiers: PhraseSet;
  /** "population of": words after which a bare number counts people (rules: figure-population). */
  populationWords: PhraseSet;
  /** "the blast killed 12": verbs whose bare object counts people (figure-casualty). */
  casualtyVerbs: PhraseSet;
  /** "at 812.05 against the dollar": words between a rate and its base currency (figure-exchange-rate). */
  exchangeRateJoiners: PhraseSet;
  /** "shares to": phrases after which a bare level counts what they name, and its unit (figure-count-before-level). */
  countsBeforeLevel: { phrases: PhraseSet; units: Map<string, string> };
  /** Currencies markets price in dollars, not dollars in them (figure-exchange-rate-in-dollars). */
  ratesInDollars: Set<string>;
  /** "pair", "couple", "dozen": number words that name a group (figure-group-word). */
  numberGroupWords: Set<string>;
  /** "per pound": currency words that after "per" weigh (figure-exchange-rate-not-per). */
  exchangeRateNotPer: Set<string>;
  /** "seed", "seeded": words of a draw's seeds (rules: figure-seed-bracket). */
  seedWords: Set<string>;
  /** "bond", "euroyen": nouns that make an amount money in a compound written apart (rules: figure-compound-apart-not). */
  compoundApartNot: Set<string>;
  /** "to", "back": words after an invariant noun that make it the number's verb (rules: figure-invariant-noun-not-before). */
  invariantNotBefore: Set<string>;
  /** "RUB" → [[1991, "SUR"], [1997, "RUR"]]: the code a story of that year or before uses, earliest first (rules: figure-currency-historical). */
  historicalCurrencies: Map<string, [number, string][]>;
  /** "Cruz has 11 delegates and Rubio has 10": words that join a clause whose bare count counts the same (figure-elliptic-count). */
  countGapJoiners: Set<string>;
  /** "a 5-4 ruling": words after a tally in one token that make it a split decision, in votes (figure-split-decision). */
  splitDecisions: Set<string>;
  /** "500 species", "3,200 staff": nouns counted whose plural is the singular (figure-invariant-noun). */
  invariantNouns: Set<string>;
  /** "lives" → "life": plurals whose singular the tagger reads as a verb's (figure-plural-singular). */
  pluralSingulars: Map<string, string>;
  /** "two customs officials": plurals that describe a plural noun after them (figure-plural-modifier). */
  pluralModifiers: Set<string>;
  /** "Article 370", "bus route 38", "Level 4": words that make the whole number after them a label, in any case or only capitalised (figure-label-noun). */
  labelNouns: Map<string, string>;
  /** Words around a lone "one" that make it a pronoun or "a": word → where it stands (figure-one-as-article). */
  oneAsArticle: Map<string, string>;
  /** "call the helpline on 0800 111 999": words of a sentence giving a telephone number (figure-phone-cue). */
  phoneCues: Set<string>;
  /** "200MB/s": data rates whose capital B is the byte, read as written (unit-byte-capital). */
  unitByteCapital: Map<string, string>;
  /** "6ft 2in", "7lb 4oz": for a unit, the smaller unit written after it and how many of those make one (unit-compound-part). */
  compoundParts: Map<string, { part: string; per: number }>;
  /** "third", "quarters" → 1/3, 1/4 (rules: figure-fraction). */
  fractions: Map<string, number>;
  /** "½", "¾": vulgar fraction characters and their values. */
  fractionSymbols: Map<string, number>;
  /** Denominators of slash fractions ("1/2", "14-1/4"). */
  slashDenominators: Set<string>;
  /** "rose", "down" → up | down (rules: figure-change). */
  changeWords: Map<string, string>;
  /** "higher", "easier" after a change → up | down (rules: figure-change-after). */
  changeAfterWords: Map<string, string>;
  /** "closed", "ended", "was": verbs a change of figure-change-after follows (rules: figure-change-after-verb). */
  changeAfterVerbs: Set<string>;
  /** "another", "a further": words between a word of figure-change and its amount (rules: figure-change-extent). */
  changeExtents: PhraseSet;
  /** "a share", "per share" after a bare amount of money (rules: figure-per-share). */
  perShare: PhraseSet;
  /** "spend", "accepted", "give away": verbs that make a vague plural standing alone after them money (rules: figure-vague-money-verb). */
  vagueMoneyVerbs: PhraseSet;
  /** Words never read as what a number counts (rules: figure-not-a-unit). */
  notAUnit: Set<string>;
  /** Words after "500m" that make it metres (rules: figure-metre-event). */
  metreEvents: PhraseSet;
  /** "swam", "vaulted": verbs before a number in metres (rules: figure-metre-event-verb). */
  metreEventVerbs: Set<string>;
  /** Units whose measure in a sentence makes a bare "48m" metres (rules: unit-metre-measure-cue). */
  metreMeasureCues: Set<string>;
  /** Words of money that keep "pounds" sterling and "50m" millions in their sentence (rules: figure-money-cue). */
  moneyCues: Set<string>;
  /** One written number token, built from the rules: currency prefix, digits, attached scale/percent/minor unit. */
  numericToken: RegExp;
  percentWords: PhraseSet;
  notACount: PhraseSet;
  dateWords: Set<string>;
  countries: CountryLexicon;
  /** Cues whose next noun phrase is their object (rules: cue-takes-object), as lemmas. */
  objectCueLemmas: Set<string>;
  /** Cues only next to a quotation (rules: cue-adjacent): single forms and phrases. */
  adjacentCueForms: Map<string, string>;
  adjacentCuePhrases: PhraseSet;
  /** Speaker sieves in the order of speakers.json. */
  speakerSieves: SpeakerSieve[];
  /** The word lists the speaker candidates and sieves read (speakers.json, ids speaker-*), lower case. */
  speakerWords: SpeakerWords;
  /** Lower-case head nouns of institutions ("ministry", "agency"): a description with one speaks for an organisation. */
  organisationHeads: Set<string>;
  /** Capitalised head words that end an organisation's name ("Ministry", "Party", "Times"), lower case. */
  organisationNameHeads: Set<string>;
  /** Company suffixes ("Inc", "Corp"), lower case, without the stop. */
  organisationSuffixes: Set<string>;
  /** Suffixes written in mixed case ("SpA", "GmbH"), lower case: in capitals ("SPA") a suffix only after a word in capitals. */
  mixedCaseSuffixes: Set<string>;
  /** Seats of government that speak for it ("the Kremlin said"), from country-seat-of-government, lower case. */
  governmentSeats: Set<string>;
  /** Generational suffixes after a name ("jr", "iii"), lower case without the stop. */
  nameSuffixes: Set<string>;
  /** "Jr", "Sr": suffixes that tell a son from his father of the same name (rules: name-suffix-son). */
  sonSuffixes: Set<string>;
  /** Transcript labels (lower case) of the interviewer's and the interviewee's turns ("q", "a"). */
  questionLabels: Set<string>;
  answerLabels: Set<string>;
  /** Capitalised labels that are never speakers ("update", "editor's note"), lower case. */
  notSpeakerLabels: Set<string>;
  /** Phrases after which the introduction names the interviewer ("in an interview with"). */
  interviewerBefore: PhraseSet;
  /** Verbs whose subject, before a person they take as object, is the interviewer ("interviewed"). */
  interviewerVerbs: Set<string>;
  /** Rule id → the file it was read from (for --explain); filled by loadRules. */
  ruleFiles: Map<string, string>;
}

const RULE_KEYS = new Set(['id', 'example', 'note', 'words', 'values', 'units', 'names', 'expand', 'pronouns', 'sieve', 'confidence']);
const CONTENT_KEYS = ['words', 'values', 'units', 'names', 'expand', 'pronouns', 'sieve'] as const;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** The longest word, phrase or key a rule may hold: the longest title in the built-in lists is under 60. */
export const MAX_ENTRY_CHARS = 200;

/**
 * Check one rule file's shape; returns its rules or throws a RuleError naming file, rule and field.
 * `examples: false` skips checking that each example shows its rule (which needs compromise's verb
 * forms): for the built-in files, which test/rules.test.ts checks.
 */
export function validateRuleFile(file: string, json: unknown, options: { examples?: boolean } = {}): Rule[] {
  if (!isObject(json)) throw new RuleError(file, null, '(root)', 'expected a JSON object with a "rules" array');
  for (const key of Object.keys(json)) {
    if (key !== 'description' && key !== 'rules' && key !== '$schema') throw new RuleError(file, null, key, 'unknown key');
  }
  if (json.description !== undefined && typeof json.description !== 'string') throw new RuleError(file, null, 'description', 'expected a string');
  if (!Array.isArray(json.rules)) throw new RuleError(file, null, 'rules', 'expected an array of rules');
  const seen = new Set<string>();
  return json.rules.map((raw: unknown, n: number) => {
    const where = `rules[${n}]`;
    if (!isObject(raw)) throw new RuleError(file, null, where, 'expected an object');
    const id = raw.id;
    if (typeof id !== 'string' || !KEBAB.test(id)) throw new RuleError(file, null, `${where}.id`, 'expected a kebab-case string id');
    if (seen.has(id)) throw new RuleError(file, id, 'id', 'duplicate id');
    seen.add(id);
    for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) throw new RuleError(file, id, key, 'unknown key');
    if (typeof raw.example !== 'string' || !raw.example.trim()) throw new RuleError(file, id, 'example', 'expected a non-empty string');
    if (raw.note !== undefined && typeof raw.note !== 'string') throw new RuleError(file, id, 'note', 'expected a string');
    const content = CONTENT_KEYS.filter((k) => raw[k] !== undefined);
    if (content.length !== 1) throw new RuleError(file, id, CONTENT_KEYS.join('|'), 'expected exactly one of these fields');
    const key = content[0];
    const value = raw[key];
    if (key === 'sieve') {
      if (typeof value !== 'string' || !SIEVE_STAGES.has(value)) throw new RuleError(file, id, 'sieve', `expected one of ${[...SIEVE_STAGES].join(', ')}`);
      const c = raw.confidence;
      if (typeof c !== 'number' || !(c >= 0 && c <= 1)) throw new RuleError(file, id, 'confidence', 'expected a number from 0 to 1');
      // A sieve's example is checked by running it (test/speakers.test.ts): no word list to look for.
      return raw as unknown as Rule;
    }
    if (raw.confidence !== undefined) throw new RuleError(file, id, 'confidence', 'only a sieve rule has a confidence');
    if (key === 'words') {
      if (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || !w.trim())) {
        throw new RuleError(file, id, 'words', 'expected an array of non-empty strings');
      }
      const long = (value as string[]).findIndex((w) => w.length > MAX_ENTRY_CHARS);
      if (long !== -1) throw new RuleError(file, id, `words[${long}]`, `longer than ${MAX_ENTRY_CHARS} characters (${(value as string[])[long].length})`);
    } else {
      if (!isObject(value)) throw new RuleError(file, id, key, 'expected an object');
      for (const [k, v] of Object.entries(value)) {
        const ok =
          key === 'values' ? typeof v === 'number' && Number.isFinite(v)
          : key === 'pronouns' ? v === 'male' || v === 'female'
          : typeof v === 'string';
        if (k.length > MAX_ENTRY_CHARS) throw new RuleError(file, id, key, `a key longer than ${MAX_ENTRY_CHARS} characters (${k.length})`);
        if (!ok || !k.trim()) throw new RuleError(file, id, `${key}.${k}`, `bad value ${JSON.stringify(v)}`);
      }
    }
    const rule = raw as unknown as Rule;
    if (options.examples !== false && !exampleMatches(rule)) {
      throw new RuleError(file, id, 'example', `the example does not contain any of the rule's ${key}`);
    }
    return rule;
  });
}

/** The example must show the rule at work: it contains one of the rule's entries (or an inflection). */
export function exampleMatches(rule: Rule): boolean {
  // A sieve has no word list; test/speakers.test.ts runs its example instead.
  if (rule.sieve) return true;
  // A rule that is a switch with no list ("not-person-plural-head"): test/people.test.ts runs its example.
  if (rule.words?.length === 0) return true;
  const example = ` ${rule.example.toLowerCase().replace(/’/g, "'")} `;
  const entries = rule.words ?? Object.keys(rule.values ?? rule.units ?? rule.names ?? rule.expand ?? rule.pronouns ?? {});
  return entries.some((entry) => {
    const e = entry.toLowerCase();
    const forms = rule.id.startsWith('cue-') ? inflectVerb(e) : [e];
    // A list of word endings ("not-person-noun-suffix") matches at the end of a word.
    const start = rule.id.endsWith('-suffix') && !rule.id.startsWith('organisation-') ? '[a-z]*' : '';
    return forms.some((f) => new RegExp(`(^|[^a-z])${start}${escapeRegExp(f)}($|[^a-z])`).test(example));
  });
}

/**
 * Merge rule files: later files extend earlier ones rule by rule (same id). A user file may
 * only extend built-in ids, since code gives each id its meaning.
 */
export function mergeRules(base: Map<string, Rule>, extra: Rule[], file: string): void {
  for (const rule of extra) {
    const known = base.get(rule.id);
    if (!known) {
      throw new RuleError(file, rule.id, 'id', `unknown rule id; a rule file extends the built-in rules (${[...base.keys()].join(', ')})`);
    }
    const key = CONTENT_KEYS.find((k) => known[k] !== undefined)!;
    if (key === 'sieve') throw new RuleError(file, rule.id, 'sieve', 'speaker sieves are code: a rule file cannot extend them');
    if (rule[key] === undefined) throw new RuleError(file, rule.id, key, `rule "${rule.id}" takes "${key}"`);
    if (key === 'words') known.words = [...new Set([...known.words!, ...rule.words!])];
    else (known as unknown as Record<string, object>)[key] = { ...(known[key] as object), ...(rule[key] as object) };
  }
}

export function compileRules(rules: Map<string, Rule>): CompiledRules {
  const get = (id: string): Rule => {
    const r = rules.get(id);
    if (!r) throw new RuleError('(built-in rules)', id, 'id', 'missing rule');
    return r;
  };
  const words = (id: string) => get(id).words ?? [];
  /** A rule's words as phrases, each matched word by word and traced back to the rule. */
  const phrasesOf = (id: string): PhraseSet => phraseSet(words(id), id);
  const map = <T>(id: string): Record<string, T> =>
    (get(id).values ?? get(id).units ?? get(id).names ?? get(id).expand ?? get(id).pronouns ?? {}) as Record<string, T>;

  const cueForms = new Map<string, string>();
  const cuePhrases: PhraseSet = { byFirst: new Map(), ruleOf: new Map() };
  const cueRuleOf = new Map<string, string>();
  for (const id of ['cue-speech', 'cue-writing', 'cue-according-to']) {
    for (const lemma of words(id)) {
      const parts = lemma.toLowerCase().split(/\s+/);
      cueRuleOf.set(lemma, id);
      if (id === 'cue-according-to') {
        addPhrase(cuePhrases, parts, id);
        continue;
      }
      for (const form of inflectVerb(parts[0])) {
        if (parts.length === 1) cueForms.set(form, lemma);
        else addPhrase(cuePhrases, [form, ...parts.slice(1)], id);
      }
    }
  }
  sortPhrases(cuePhrases);
  const adjacentCueForms = new Map<string, string>();
  const adjacentCuePhrases: PhraseSet = { byFirst: new Map(), ruleOf: new Map() };
  for (const lemma of words('cue-adjacent')) {
    const parts = lemma.toLowerCase().split(/\s+/);
    for (const form of inflectVerb(parts[0])) {
      if (parts.length === 1) adjacentCueForms.set(form, lemma);
      else addPhrase(adjacentCuePhrases, [form, ...parts.slice(1)], 'cue-adjacent');
    }
  }
  sortPhrases(adjacentCuePhrases);
  // Each inflected form of a one-word verb → its lemma.
  const verbForms = (lemmas: string[]) => new Map(lemmas.flatMap((lemma) => inflectVerb(lemma.toLowerCase()).map((form): [string, string] => [form, lemma])));
  const reportForms = verbForms(words('cue-belief'));
  const names = map<string>('country-alias-extra');
  const countries = buildCountryLexicon({
    aliases: names,
    demonyms: map<string>('country-demonym-extra'),
    capitals: map<string>('country-capital-extra'),
    seats: map<string>('country-seat-of-government'),
    notGovernment: words('country-capital-not-government'),
    ambiguous: words('country-ambiguous'),
  });
  const lowerMap = (id: string) => new Map(Object.entries(map<string>(id)).map(([k, v]) => [k.toLowerCase(), v]));
  const currencyPrefixes = lowerMap('figure-currency-prefix');
  // "DKK 500 mln", "PHP 20": an ISO 4217 code of figure-currency may stand before the number too.
  for (const [k, v] of lowerMap('figure-currency')) if (/^[A-Z]{3}$/.test(v) && v.toLowerCase() === k && !currencyPrefixes.has(k)) currencyPrefixes.set(k, v);
  const currencyMinor = lowerMap('figure-currency-minor');
  const scales = new Map(Object.entries(map<number>('figure-scale')));
  const unitAliases = withSpellings(withPowersAfter(withPrefixes(new Map([...lowerMap('unit-alias'), ...lowerMap('unit-lower-case-only')]), lowerMap('unit-si-prefix'), lowerSet(words('unit-si-prefixable'))), lowerMap('unit-power-after')), lowerMap('unit-spelling'));
  const speakerSieves: SpeakerSieve[] = [...rules.values()].filter((r) => r.sieve).map((r) => ({ id: r.id, stage: r.sieve!, confidence: r.confidence! }));
  return {
    speakerSieves,
    speakerWords: {
      possessiveDeterminers: lowerSet(words('speaker-possessive-determiner')),
      articles: lowerSet(words('speaker-article')),
      descriptionDeterminers: lowerSet(words('speaker-description-determiner')),
      possessiveInstitution: lowerSet(words('speaker-possessive-institution')),
      organisationPronouns: lowerSet(words('speaker-organisation-pronoun')),
      documentNouns: lowerSet(words('speaker-document-noun')),
      definiteRole: lowerSet(words('speaker-definite-role')),
      asBeforeSpeaker: lowerSet(words('speaker-as-before-speaker')),
      roleAbbreviations: new Map(Object.entries(map<string>('speaker-role-abbreviation')).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
      descriptionEnd: lowerSet(words('speaker-description-end')),
      affiliationBefore: lowerSet(words('speaker-affiliation-before')),
      affiliationPrepositions: lowerSet(words('speaker-affiliation-preposition')),
      affiliationJoiners: lowerSet(words('speaker-affiliation-joiner')),
      objectBefore: lowerSet(words('speaker-object-before')),
      asNotNaming: lowerSet(words('speaker-as-not-naming')),
      passiveAuxiliaries: lowerSet(words('speaker-passive-auxiliary')),
      titleSmallWords: lowerSet(words('speaker-title-small-word')),
      speechNouns: lowerSet(words('speaker-speech-noun')),
    },
    objectCueLemmas: lowerSet(words('cue-takes-object')),
    adjacentCueForms,
    adjacentCuePhrases,
    organisationHeads: lowerSet(words('organisation-institution-noun')),
    organisationNameHeads: lowerSet([...words('organisation-institution-noun'), ...words('organisation-name-head')]),
    organisationSuffixes: lowerSet(words('organisation-company-suffix').map((w) => w.replace(/\.$/, ''))),
    mixedCaseSuffixes: lowerSet(words('organisation-company-suffix').filter((w) => /\p{Ll}/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w) && !/\./.test(w))),
    governmentSeats: lowerSet(Object.keys(map<string>('country-seat-of-government'))),
    cueForms,
    reportForms,
    bareClauseLemmas: lowerSet(words('cue-bare-clause')),
    reportedWords: {
      auxiliaries: lowerSet(words('reported-auxiliary')),
      quantifierSubjects: lowerSet(words('reported-quantifier-subject')),
      noSpeakerHeads: lowerSet(words('reported-no-speaker')),
      shareHeads: lowerSet(words('reported-share-of-polled')),
      hearerVerbs: lowerSet(words('reported-hearer-verb')),
      objectPronouns: lowerSet(words('reported-object-pronoun')),
      descriptionArticles: lowerSet(words('reported-description-article')),
      relativePronouns: lowerSet(words('reported-relative-pronoun')),
      clauseOpeners: lowerSet(words('reported-clause-opener')),
      weekdays: lowerSet(words('reported-weekday')),
      timeWords: lowerSet(words('reported-time-word')),
      dayPrepositions: lowerSet(words('reported-day-preposition')),
      timePhrases: lowerSet(words('reported-time-phrase')),
      channelPhrases: lowerSet(words('reported-channel-phrase')),
      objectStops: lowerSet(words('reported-object-stop')),
      objectKeeps: lowerSet(words('reported-object-preposition')),
      hearerPronouns: lowerSet(words('reported-hearer-pronoun')),
      notClauseOpeners: lowerSet(words('reported-not-clause-opener')),
      figureObjectVerbs: lowerSet(words('reported-figure-object-verb')),
      evidenceNouns: lowerSet(words('reported-evidence-noun')),
      evidenceOpeners: lowerSet(words('reported-evidence-opener')),
      evidenceClauseOpeners: lowerSet(words('reported-evidence-clause-opener')),
      subordinators: lowerSet(words('reported-subordinator')),
      gapOpeners: lowerSet(words('reported-gap-opener')),
      subjectPronouns: lowerSet(words('reported-subject-pronoun')),
      sharedSubjectSkips: lowerSet(words('reported-shared-subject-skip')),
      sharedSubjectJoiners: lowerSet(words('reported-shared-subject-joiner')),
      subjectSkips: lowerSet(words('reported-subject-skip')),
      possessorWords: lowerSet(words('reported-possessor-word')),
      possessiveDeterminers: lowerSet(words('reported-possessive-determiner')),
      quantifierNotAfter: lowerSet(words('reported-quantifier-not-after')),
      clausePronouns: lowerSet(words('reported-clause-pronoun')),
      clausePronounSuffixes: lowerSet(words('reported-clause-pronoun-suffix')),
      beforeDay: lowerSet(words('reported-before-day')),
      quantityWords: lowerSet(words('reported-quantity-word')),
      nameConnectors: lowerSet(words('reported-name-connector')),
      groupDeterminers: lowerSet(words('reported-group-determiner')),
      groupPrepositions: lowerSet(words('reported-group-preposition')),
      groupPluralDeterminers: lowerSet(words('reported-group-plural-determiner')),
      relativeWords: lowerSet(words('reported-relative-word')),
      frontedQuestions: lowerSet(words('reported-fronted-question')),
      cueParticles: lowerSet(words('reported-cue-particle')),
      passiveAuxiliaries: lowerSet(words('reported-passive-auxiliary')),
      contrastJoiners: lowerSet(words('reported-contrast-joiner')),
      secondVerbSkips: lowerSet(words('reported-second-verb-skip')),
      clauseBoundaries: lowerSet(words('reported-clause-boundary')),
      trailingConjunctions: lowerSet(words('reported-trailing-conjunction')),
      indefiniteArticles: lowerSet(words('reported-indefinite-article')),
      verbContractions: [...lowerSet(words('reported-verb-contraction-suffix'))],
    },
    reportObjectCues: inflectedPhrases([...words('cue-report-object'), ...words('cue-report-object-stance'), ...words('cue-report-naming')], 'cue-report-object'),
    evidenceCues: verbForms(words('cue-evidence')),
    reportNamingCues: inflectedPhrases(words('cue-report-naming'), 'cue-report-naming'),
    cuePhrases,
    cueRuleOf,
    titleHeads: phrasesOf('title-office'),
    titleModifiers: lowerSet(words('title-modifier')),
    titleNameConnectors: lowerSet(words('title-name-connector')),
    honorifics: lowerSet(words('title-honorific').map((w) => w.replace(/\.$/, ''))),
    titleExpansions: new Map(Object.entries(map<string>('title-abbreviation')).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    notPersonWords: lowerSet(words('not-person-organisation-word')),
    notPersonNames: phrasesOf('not-person-agency'),
    notPersonFirms: phrasesOf('not-person-firm-name'),
    organisationWordSurnames: lowerSet(words('organisation-word-surname')),
    notPersonFirstWords: lowerSet(words('not-person-first-word')),
    notPersonPlaceFirstWords: lowerSet(words('not-person-place-first-word')),
    familyWords: lowerSet(words('not-person-family')),
    firmHeads: lowerSet(words('not-person-firm-partners')),
    titleInQuotes: rules.has('not-person-title-in-quotes'),
    affiliationPrepositions: lowerSet(words('not-person-affiliation-of')),
    notPersonNounSuffixes: words('not-person-noun-suffix').map((w) => w.toLowerCase()),
    notPersonPluralHead: rules.has('not-person-plural-head'),
    notPersonBrandCase: rules.has('not-person-brand-case'),
    compoundModifierBefore: lowerSet(words('not-person-compound-modifier')),
    orgContextBefore: words('not-person-context-before').map(tokenizePhrase),
    orgContextAfter: lowerSet(words('not-person-context-after')),
    stockMoves: words('not-person-stock-move').map(tokenizePhrase),
    firmVerbsAfter: lowerSet(words('not-person-firm-verb-after')),
    webDomains: lowerSet(words('not-person-web-address')),
    orgPronounsAfterCue: lowerSet(words('not-person-said-it')),
    companySuffixes: lowerSet([...words('organisation-company-suffix'), ...words('not-person-company-name')].map((w) => w.replace(/\.$/, ''))),
    partyTags: new Map(Object.entries(map<string>('party-tag')).map(([k, v]) => [k.toLowerCase(), v])),
    stateAbbreviations: lowerSet(words('state-abbreviation')),
    regionalDemonyms: lowerSet(words('regional-demonym')),
    scorecardMarkers: new Set(words('scorecard-marker')),
    notPersonPlaces: lowerSet(words('not-person-place')),
    placePrepositions: lowerSet(words('not-person-place-before')),
    placeNounsAfter: lowerSet(words('not-person-place-after')),
    givenNamePrepositions: lowerSet(words('given-name-preposition')),
    groupWords: lowerSet(words('not-person-group-word')),
    mediaNames: lowerSet(words('not-person-media-name')),
    listJoiners: lowerSet(words('not-person-listed-with-place')),
    placeAfterAge: lowerSet(words('not-person-place-after-age')),
    pronouns: new Map(Object.entries(map<Gender>('pronoun-subject'))),
    nameParticles: lowerSet(words('name-particle')),
    numberWords: new Map(Object.entries(map<number>('figure-number-word'))),
    scales,
    vaguePlurals: new Map(Object.entries(map<number>('figure-vague-plural'))),
    compoundRanks: lowerSet(words('figure-compound-rank')),
    compoundHaving: lowerMap('figure-compound-having'),
    exchangeRatioWords: lowerMap('figure-exchange-ratio'),
    oneCompoundIdioms: lowerSet(words('figure-one-compound-idiom')),
    cricketWords: lowerSet(words('figure-cricket-score')),
    milestoneWords: new Set(words('figure-milestone')),
    cricketRunWords: new Map(Object.entries(map<string>('figure-cricket-runs')).flatMap(([word, role]): [string, string][] => role === 'verb' ? inflectVerb(word).map((form) => [form, role]) : [[word.toLowerCase(), role]])),
    timeZones: new Set(words('figure-time-zone')),
    clockWords: lowerSet(words('figure-clock-word')),
    sharePriceWords: lowerMap('figure-share-price'),
    tallyNounJoiners: lowerSet(words('figure-tally-noun')),
    vaguePluralsNotAlone: lowerSet(words('figure-vague-plural-not-alone')),
    vaguePluralsNotAfter: lowerSet(words('figure-vague-plural-not-after')),
    vagueCounts: phrasesOf('figure-vague-count'),
    hedges: phrasesOf('figure-hedge'),
    currencies: lowerMap('figure-currency'),
    currencyPrefixes,
    currencyMinor,
    centCurrencies: new Set(words('figure-currency-cents')),
    storyMoneyWords: lowerSet(words('figure-story-money')),
    currencyLetterPrefixes: new Map(Object.entries(map<string>('figure-currency-letter-prefix'))),
    currencyCodes: currencyCodes(countries.currencyCodes, words('figure-currency-code'), words('figure-currency-code-not')),
    currencyNational: compileNationalCurrencies(map<string>('figure-currency-national'), countries),
    currencyDefault: lowerMap('figure-currency-default'),
    currencySentenceCountry: lowerSet(words('figure-currency-sentence-country')),
    currencyStoryCountry: lowerSet(words('figure-currency-story-country')),
    currencyThousands: lowerMap('figure-currency-thousand'),
    datelineCities: keyedByPlace(lowerMap('figure-dateline-city')),
    datelineRegions: keyedByPlace(lowerMap('figure-dateline-region')),
    gazetteer: once(buildGazetteer),
    unitAliases,
    unitNames: new Set(unitAliases.values()),
    rateTimesAfterSlash: rateTimesAfterSlash(unitAliases),
    unitPhrases: phraseSet([...unitAliases.keys()], 'unit-alias'),
    unitAttached: lowerSet(words('unit-attached')),
    agePhrases: phrasesOf('unit-age'),
    ageDecadeCues: phrasesOf('unit-age-decade'),
    ageDecadeParts: lowerSet(words('unit-age-decade-part')),
    agePersonNouns: lowerSet(words('unit-age-person-noun')),
    weightCues: lowerSet(words('unit-weight-cue')),
    poundMoneyNouns: lowerSet(words('unit-pound-money-noun')),
    temperatureCues: lowerSet(words('unit-temperature-cue')),
    angleCues: lowerSet(words('unit-angle-cue')),
    academicCues: lowerSet(words('unit-degree-academic-cue')),
    academicSubjects: lowerSet(words('unit-degree-academic-subject')),
    mobileGenerationNouns: lowerSet(words('unit-mobile-generation-noun')),
    tableUnitNote: tableUnitNote(lowerSet(words('figure-table-unit'))),
    tableScaleNote: tableScaleNote(scales, words('figure-table-scale-note')),
    tableScaleThousands: lowerSet(words('figure-table-scale-note')),
    tableScaleNoteNot: new RegExp(`\\b(?:${words('figure-table-scale-note-not').map(escapeRegExp).join('|')})`, 'i'),
    dimensionJoiners: lowerSet(words('unit-dimension-joiner')),
    unitWordsApart: lowerMap('unit-word-apart'),
    rateJoiners: lowerMap('unit-rate-joiner'),
    durations: lowerSet(words('unit-duration')),
    outputUnits: new Set(words('unit-rate-output')),
    rateAdverbs: lowerMap('unit-rate-adverb'),
    rateNotBefore: lowerSet(words('unit-rate-output-not-before')),
    currencyOneAfter: lowerSet(words('figure-currency-one')),
    currencyOneNot: lowerSet(words('figure-currency-one-not')),
    sizeAdjectives: { ...phraseSet(Object.keys(map<string>('unit-size-adjective')), 'unit-size-adjective'), kind: lowerMap('unit-size-adjective') },
    conversionWords: lowerSet(words('unit-conversion-word')),
    currencySigns: new Set([...currencyPrefixes.keys(), ...lowerMap('figure-currency').keys()].filter((k) => /^[^\p{L}\p{N}\s]$/u.test(k))),
    pluralAfterScale: lowerSet(words('figure-plural-after-scale')),
    unitLowerCaseOnly: new Set(Object.keys(map<string>('unit-lower-case-only'))),
    belowZero: phrasesOf('unit-temperature-below-zero'),
    ageRelatives: phrasesOf('unit-age-relative'),
    ageRelativeAdverbs: phrasesOf('unit-age-relative-adverb'),
    ageNameCopulas: phrasesOf('unit-age-name-copula'),
    ageGroupRangeJoiners: lowerSet(words('unit-age-group-range')),
    ageSubjects: lowerSet(words('unit-age-subject')),
    ageApposedTimes: lowerSet(words('unit-age-apposed-time')),
    ageComparatives: phrasesOf('unit-age-comparative'),
    ageOpenBrackets: phrasesOf('unit-age-open-bracket'),
    ageBrackets: phrasesOf('unit-age-bracket'),
    ageGroupNouns: phrasesOf('unit-age-group-noun'),
    ageEvents: phrasesOf('unit-age-event'),
    pollPointCues: phrasesOf('unit-point-poll-cue'),
    marketPointCues: phrasesOf('unit-point-market-cue'),
    changeWords: lowerMap('figure-change'),
    changeAfterWords: lowerMap('figure-change-after'),
    changeAfterVerbs: lowerSet(words('figure-change-after-verb')),
    changeExtents: phrasesOf('figure-change-extent'),
    perShare: phrasesOf('figure-per-share'),
    vagueMoneyVerbs: phrasesOf('figure-vague-money-verb'),
    moneyLabels: lowerSet(words('figure-money-label')),
    shareLabels: lowerSet(words('figure-share-label')),
    resultsTableComparisons: lowerSet(words('figure-currency-results-table')),
    comparisons: lowerSet(words('figure-comparison')),
    ellipticJoiners: lowerSet(words('figure-elliptic-unit')),
    subjectUnitJoiners: lowerSet(words('figure-subject-unit')),
    countedSubjectWords: lowerMap('figure-counted-subject'),
    countedGoods: lowerSet(words('figure-counted-goods')),
    voteWords: lowerSet(words('figure-vote-tally')),
    ellipticPriceJoiners: lowerSet(words('figure-elliptic-price')),
    ellipticBreaks: lowerSet(words('figure-elliptic-unit-break')),
    ellipticNotLent: lowerSet(words('figure-elliptic-unit-not-lent')),
    ellipticLevelLent: lowerSet(words('figure-elliptic-level')),
    countComparisons: phrasesOf('figure-comparison-count'),
    timeOwners: lowerSet(words('figure-time-owner')),
    timeOwnerModifiers: lowerSet(words('figure-time-owner-modifier')),
    levelQualifiers: phrasesOf('figure-level-qualifier'),
    populationWords: phrasesOf('figure-population'),
    casualtyVerbs: phrasesOf('figure-casualty'),
    exchangeRateJoiners: phrasesOf('figure-exchange-rate'),
    countsBeforeLevel: { phrases: phraseSet(Object.keys(map<string>('figure-count-before-level')), 'figure-count-before-level'), units: new Map(Object.entries(map<string>('figure-count-before-level'))) },
    ratesInDollars: new Set(words('figure-exchange-rate-in-dollars')),
    numberGroupWords: lowerSet(words('figure-group-word')),
    exchangeRateNotPer: lowerSet(words('figure-exchange-rate-not-per')),
    seedWords: lowerSet(words('figure-seed-bracket')),
    compoundApartNot: lowerSet(words('figure-compound-apart-not')),
    invariantNotBefore: lowerSet(words('figure-invariant-noun-not-before')),
    historicalCurrencies: historicalCurrencies(map<string>('figure-currency-historical')),
    levelBeforeFrom: lowerMap('figure-level-before-from'),
    countGapJoiners: lowerSet(words('figure-elliptic-count')),
    splitDecisions: lowerSet(words('figure-split-decision')),
    invariantNouns: lowerSet(words('figure-invariant-noun')),
    pluralSingulars: lowerMap('figure-plural-singular'),
    pluralModifiers: lowerSet(words('figure-plural-modifier')),
    labelNouns: lowerMap('figure-label-noun'),
    oneAsArticle: lowerMap('figure-one-as-article'),
    phoneCues: lowerSet(words('figure-phone-cue')),
    unitByteCapital: new Map(Object.entries(map<string>('unit-byte-capital'))),
    compoundParts: new Map(Object.entries(map<string>('unit-compound-part')).map(([unit, v]) => [unit, { part: v.replace(/ \d+$/, ''), per: Number(/\d+$/.exec(v)![0]) }])),
    fractions: new Map(Object.entries(map<number>('figure-fraction'))),
    fractionSymbols: new Map(Object.entries(map<number>('figure-fraction-symbol'))),
    slashDenominators: new Set(words('figure-slash-denominator')),
    notAUnit: lowerSet(words('figure-not-a-unit')),
    metreEvents: phrasesOf('figure-metre-event'),
    metreEventVerbs: lowerSet(words('figure-metre-event-verb')),
    metreMeasureCues: lowerSet(words('unit-metre-measure-cue')),
    moneyCues: lowerSet(words('figure-money-cue')),
    numericToken: compileNumericToken(currencyPrefixes, scales, [...words('figure-percent'), ...words('unit-attached')], currencyMinor),
    percentWords: phraseSetOf([[words('figure-percent'), 'figure-percent'], [words('figure-percentage-point'), 'figure-percentage-point']]),
    notACount: phrasesOf('figure-not-a-count'),
    dateWords: lowerSet(words('figure-date-word')),
    countries,
    nameSuffixes: lowerSet(words('name-suffix').map((w) => w.replace(/\.$/, ''))),
    sonSuffixes: lowerSet(words('name-suffix-son').map((w) => w.replace(/\.$/, ''))),
    questionLabels: lowerSet(words('transcript-question-label')),
    answerLabels: lowerSet(words('transcript-answer-label')),
    notSpeakerLabels: lowerSet(words('transcript-not-speaker-label').map((w) => w.replace(/’/g, "'"))),
    interviewerBefore: phrasesOf('transcript-interviewer-before'),
    interviewerVerbs: lowerSet(words('transcript-interviewer-subject')),
    ruleFiles: new Map(),
  };
}

/** The ISO 4217 codes read as currencies: the ones countries use today (world-countries), older ones the rules add, less those that are words. */
function currencyCodes(inUse: Set<string>, added: string[], never: string[]): Set<string> {
  const skip = new Set(never);
  return new Set([...inUse, ...added].filter((code) => /^[A-Z]{3}$/.test(code) && !skip.has(code)));
}

/** "canadian dollar" → "CA dollar": the adjective is read as the country rules read it. */
function compileNationalCurrencies(table: Record<string, string>, countries: CountryLexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, code] of Object.entries(table)) {
    const parts = tokenizePhrase(key);
    const family = parts.pop()!;
    const entry = countryOfPhrase(countries, parts);
    if (!entry) throw new RuleError('(built-in rules)', 'figure-currency-national', `units.${key}`, 'the words before the currency are not a country name or demonym');
    out.set(`${entry.code} ${family}`, code);
  }
  return out;
}

// "US$5m", "HK$5", "EUR50m", "2tln", "5pct", "£3.2bn", "RM23.50", "50p", "1,000", ".5": a number
// written as one token. Groups: 1 prefix, 2 digits, 3 attached suffix. Scale words of a million and
// more may be written on as well ("raised $33million from 2.5million contributions").
function compileNumericToken(prefixes: Map<string, string>, scales: Map<string, number>, attachedWords: string[], minor: Map<string, string>): RegExp {
  const alt = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const suffixes = [
    ...[...scales].filter(([k, v]) => k.length <= 3 || v >= 1e6).map(([k]) => k),
    ...attachedWords.filter((w) => !/\s/.test(w)),
    ...[...minor.keys()].filter((k) => !/\s/.test(k)),
  ];
  // "12,34,567.89": Indian English groups by lakh and crore.
  return new RegExp(`^(${alt(prefixes.keys())})?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(${alt(suffixes)})?$`, 'i');
}

/** Inflected forms of a verb: compromise's conjugation plus the regular endings it misses. */
export function inflectVerb(lemma: string): string[] {
  const forms = new Set([lemma]);
  const world = languageModel().world() as unknown as {
    methods: { two: { transform: { verb: { conjugate: (v: string, m: unknown) => Record<string, string> } } } };
    model: unknown;
  };
  const conj = world.methods.two.transform.verb.conjugate(lemma, world.model);
  for (const key of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) if (conj[key]) forms.add(conj[key]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && lemma.length <= 5 ? lemma + lemma.at(-1) : lemma;
  forms.add(/[sxz]$|[cs]h$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  forms.add(/[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${doubled}ed`);
  // "labeled", "labeling" beside compromise's "labelled": American spelling keeps one l.
  if (/[^aeiou][aeiou]l$/.test(lemma) && lemma.length > 4) forms.add(`${lemma}ed`).add(`${lemma}ing`);
  forms.add(`${lemma.endsWith('ie') ? lemma.slice(0, -2) + 'y' : lemma.endsWith('ee') ? lemma : stem === lemma ? doubled : stem}ing`);
  return [...forms];
}

// "30 miles/h", "10 gigabits/s": the letters after a slash name the time that the table's whole rates
// give them, so every unit of the table may take them (figures/units.ts compoundUnitAt).
function rateTimesAfterSlash(aliases: Map<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alias, unit] of aliases) {
    const a = /^[^/\s]+\/([^/\s]+)$/.exec(alias);
    const u = / per (.+)$/.exec(unit);
    if (a && u && !map.has(a[1])) map.set(a[1], u[1]);
  }
  return map;
}

/**
 * Unit aliases with the SI prefixes joined to the written names of the units that take them
 * (unit-si-prefix, unit-si-prefixable): "joules" gives "kilojoules", "megajoules"…, each named by its
 * prefix and the unit ("kilojoule"). Only names, never symbols; an alias the table lists wins.
 */
function withPrefixes(aliases: Map<string, string>, prefixes: Map<string, string>, bases: Set<string>): Map<string, string> {
  const out = new Map(aliases);
  for (const [alias, unit] of aliases) {
    // "joules", "watt hours", "metres": a written name of the unit, not a symbol ("j", "wh").
    if (!bases.has(unit) || alias.slice(0, 3) !== unit.slice(0, 3) || /[^a-z -]/.test(alias)) continue;
    for (const [prefix, name] of prefixes) if (!out.has(prefix + alias)) out.set(prefix + alias, name + unit);
  }
  return out;
}

/** Unit aliases with a power word written after the unit too (unit-power-after): "square metres" gives "metres squared". */
function withPowersAfter(aliases: Map<string, string>, powers: Map<string, string>): Map<string, string> {
  const out = new Map(aliases);
  for (const [alias, unit] of aliases) {
    const m = /^(\S+) (\S+)$/.exec(alias);
    const after = m ? powers.get(m[1]) : undefined;
    if (after && !out.has(`${m![2]} ${after}`)) out.set(`${m![2]} ${after}`, unit);
  }
  return out;
}

/**
 * Unit aliases with each entry also in its other spelling (unit-spelling: "metre" ↔ "meter"), so that
 * "square kilometer" and "deciliters" are read although the table lists one spelling of them.
 */
function withSpellings(aliases: Map<string, string>, spellings: Map<string, string>): Map<string, string> {
  const out = new Map(aliases);
  for (const [alias, unit] of aliases) {
    for (const [a, b] of spellings) {
      for (const [from, to] of [[a, b], [b, a]]) {
        // "grammes" is not read as "gram" + "mes".
        if (to.includes(from) && alias.includes(to)) continue;
        const variant = alias.split(from).join(to);
        if (variant !== alias && !out.has(variant)) out.set(variant, unit);
      }
    }
  }
  return out;
}

function phraseSet(list: string[], id: string): PhraseSet {
  return phraseSetOf([[list, id]]);
}

/** Phrases of several rules in one set; `ruleOf` tells whose each is ("2 pct pts" is a percentage point). */
function phraseSetOf(groups: [list: string[], id: string][]): PhraseSet {
  const set: PhraseSet = { byFirst: new Map(), ruleOf: new Map() };
  for (const [list, id] of groups) for (const w of list) addPhrase(set, tokenizePhrase(w), id);
  sortPhrases(set);
  return set;
}

/** A place name as a dateline matches it: words in lower case, without accents ("SAO PAULO" is São Paulo). */
export function placeKey(name: string): string {
  return tokenizePhrase(name.normalize('NFD').replace(/\p{M}/gu, '')).join(' ');
}

/** Places (placeKey) → ISO country code: the cities of @vvo/tzdb's time zones and country-region-data's regions. */
export interface Gazetteer {
  cities: Map<string, string>;
  regions: Map<string, string>;
}

/** The place packages' names, less those two countries share (Valencia, Tripoli, Victoria; Punjab, La Paz). */
function buildGazetteer(): Gazetteer {
  const { timeZones, regions } = placePackages();
  const unshared = (pairs: [string, string][]) => {
    const out = new Map<string, string | null>();
    for (const [name, code] of pairs) {
      const key = placeKey(name);
      out.set(key, out.has(key) && out.get(key) !== code ? null : code);
    }
    return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
  };
  return {
    cities: unshared(timeZones.flatMap((z) => z.mainCities.map((c): [string, string] => [c, z.countryCode]))),
    regions: unshared(regions.flatMap((c) => c.regions.map((r): [string, string] => [r.name, c.countryShortCode]))),
  };
}

function keyedByPlace(m: Map<string, string>): Map<string, string> {
  return new Map([...m].map(([k, v]) => [placeKey(k), v]));
}

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Split a phrase the way compromise splits terms: on spaces and hyphens; "%" stays a word. */
export function tokenizePhrase(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/[\s-]+/).filter(Boolean);
}

/** Verb phrases by their first word, inflected ("call for" → "calls for", "called for", …). */
function inflectedPhrases(list: string[], id: string): PhraseSet {
  const set: PhraseSet = { byFirst: new Map(), ruleOf: new Map() };
  for (const w of list) {
    const parts = w.toLowerCase().split(/\s+/);
    for (const form of inflectVerb(parts[0])) addPhrase(set, [form, ...parts.slice(1)], id);
  }
  sortPhrases(set);
  return set;
}

function addPhrase(set: PhraseSet, parts: string[], id: string): void {
  const list = set.byFirst.get(parts[0]);
  if (list) list.push(parts);
  else set.byFirst.set(parts[0], [parts]);
  set.ruleOf.set(parts.join(' '), id);
}

// Longest phrase first, sorted once per first word after all are added: sorting on every
// insertion made 25,000 phrases sharing a first word quadratic (7.8 s to load).
function sortPhrases(set: PhraseSet): void {
  for (const list of set.byFirst.values()) list.sort((a, b) => b.length - a.length);
}

function lowerSet(list: string[]): Set<string> {
  return new Set(list.map((w) => w.toLowerCase()));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The bracketed note of figure-table-unit: "(" ["in"] money word [("/" | joiner) what it is per] ")". */
/**
 * "(mln acres)", "(in 000's bu)", "(in thousands of tonnes)", "in mln bushels, with comparisons --",
 * "in 000's bushels -": a scale word of figure-scale in letters or a thousands mark of
 * figure-table-scale-note, then the words of a unit, ending at a bracket, a dash, a comma, "unless" or the line.
 */

function tableScaleNote(scales: Map<string, number>, thousands: string[]): RegExp {
  const scaleWords = [...scales.keys()].filter((w) => /^[a-z]{3,}$/.test(w) && scales.get(w)! >= 1000);
  const alternatives = [...scaleWords, ...thousands].map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?:\\(\\s*(?:in\\s+)?|\\bin\\s+)(${alternatives})\\s+(?:of\\s+)?([a-z0-9][a-z0-9. -]*?)\\s*(?=\\)|--|,|-[ \\t]*$|\\s+unless\\b|[ \\t]*$)`, 'gim');
}

/** "RUB 1991" → "SUR" entries as a map from today's code to its earlier codes, each with the last year it stood, earliest first. */
function historicalCurrencies(entries: Record<string, string>): Map<string, [number, string][]> {
  const byCode = new Map<string, [number, string][]>();
  for (const [key, old] of Object.entries(entries)) {
    const [code, year] = key.split(' ');
    if (!/^[A-Z]{3}$/.test(code) || !/^\d{4}$/.test(year ?? '') || !/^[A-Z]{3}$/.test(old)) throw new RuleError('figures.json', 'figure-currency-historical', `units.${key}`, 'expected "<ISO code> <year>": "<ISO code>"');
    byCode.set(code, [...(byCode.get(code) ?? []), [Number(year), old]]);
  }
  for (const list of byCode.values()) list.sort((a, b) => a[0] - b[0]);
  return byCode;
}

function tableUnitNote(joiners: Set<string>): RegExp {
  const joiner = [...joiners].map(escapeRegExp).join('|');
  return new RegExp(`\\((in\\s+)?(\\p{L}+)(\\s*/\\s*\\p{L}[^()\\n\\d]{0,30}|\\s+(?:${joiner})\\s+\\p{L}[^()\\n\\d]{0,30})?\\)`, 'giu');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
