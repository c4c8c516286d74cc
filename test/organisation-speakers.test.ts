// Organisations and institutions as quote sources, in British and international wire style
// (issue 11): ministries, police forces, councils, companies, agencies, UN bodies, newspapers.
// All sentences are invented.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { builtInRules } from './helpers.js';

const speakers = (text: string) =>
  extract(text, builtInRules(), { only: ['quotes'] })
    .quotes.filter((q) => q.direct)
    .map((q) => [q.speaker, q.speakerKind]);

describe('organisations as sources, British and international style', () => {
  test.each([
    ['a ministry by name', '“We will not comment on individual cases,” the Home Office said.', [['Home Office', 'organisation']]],
    ['a ministry with a statement', '“British nationals should leave now,” the Foreign Office said in a statement.', [['Foreign Office', 'organisation']]],
    ['a UN body', '“The attack is a threat to peace,” the United Nations Security Council said.', [['United Nations Security Council', 'organisation']]],
    ['a newspaper', '“The deal is off,” The New York Times reported.', [['New York Times', 'organisation']]],
    ['a company in a statement', '“We are reviewing the results,” the company said in a statement.', [['the company', 'organisation']]],
    ['bare police', '“The man was taken to hospital,” police said.', [['police', 'organisation']]],
    ['a council', '“The road will reopen on Monday,” the council said.', [['the council', 'organisation']]],
    ['a named police force', '“Our thoughts are with the family,” Greater Manchester Police said.', [['Greater Manchester Police', 'organisation']]],
    ['a bank with "of"', '“Prices will rise,” the Bank of England said.', [['Bank of England', 'organisation']]],
    ['a spokesman for an institution', '“The rules will change next year,” a spokesman for the ministry said.', [['a spokesman for the ministry', 'organisation']]],
    ['officials at an agency', '“The men were held at the border,” officials at Homeland Security Investigations said.', [['officials at Homeland Security Investigations', 'organisation']]],
    ['a police force as "the force"', 'The force said: “Officers were called to the address at 10:00.”', [['The force', 'organisation']]],
    ['an airline', '“All flights are cancelled,” the airline said.', [['the airline', 'organisation']]],
    ['a charity', '“Demand has never been higher,” the charity said.', [['the charity', 'organisation']]],
    ['a watchdog', '“This is a serious breach,” the watchdog said.', [['the watchdog', 'organisation']]],
    ['an NHS trust', '“Patients will be contacted,” the trust said.', [['the trust', 'organisation']]],
    ['a palace', '“The King is resting,” the palace said.', [['the palace', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    ['a person named like a company', '“I will stand again,” Harrison Ford said.', [['Harrison Ford', 'person']]],
    ['a newspaper’s founder is a person', '“The paper will close,” said Jimmy Lai, founder of Apple Daily.', [['Jimmy Lai', 'person']]],
    ['a company’s chief executive, named', 'The company’s chief executive, Jane Doe, said: “We are proud of the result.”', [['Jane Doe', 'person']]],
    ['a person in an organisation stays a person', '“We will not stop,” Tom Morgan of the Sierra Club said.', [['Tom Morgan', 'person']]],
    ['an institution noun after a preposition is not the subject', 'Maria Lund, who works for the charity, said: “We need volunteers.”', [['Maria Lund', 'person']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('"it" before a cue is the organisation that spoke last (speaker-organisation-pronoun)', () => {
  test.each([
    ['after a quote', '“The bridge is unsafe,” the council said. It added: “We will reopen it in spring.”', [['the council', 'organisation'], ['the council', 'organisation']]],
    ['after reported speech', 'The company said profits had fallen. It added: “We expect a better year.”', [['The company', 'organisation']]],
    ['inverted, after the quote', '“We are reviewing the case,” the Home Office said. “It is right that we do so,” it added.', [['Home Office', 'organisation'], ['Home Office', 'organisation']]],
    ['a source after "according to"', 'Two men were held, according to the Border Monitoring Group. It said the men were “known smugglers.”', [['the Border Monitoring Group', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a person spoke last', 'Jane Doe said the bridge was unsafe. It added: “We will reopen it in spring.”', [[null, 'unknown']]],
    ['nobody spoke', 'The bridge was unsafe. It said: “Repairs will take years.”', [[null, 'unknown']]],
    ['a report is no organisation', 'The report said the bridge was unsafe. It added: “Repairs will take years.”', [[null, 'unknown']]],
    ['"it" as an object', 'Mayor Tom Marsh called it “a disgrace.”', [['Tom Marsh', 'person']]],
    ['the organisation spoke four sentences before', 'The council said it was unsafe. Work stopped. Roads shut. Shops closed. It said: “Repairs will take years.”', [[null, 'unknown']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a name before an institution noun or a role (namedBodyFrom)', () => {
  test.each([
    ['a government named by its adjective', '“We have asked for an urgent meeting,” the Scottish government said.', [['the Scottish government', 'organisation']]],
    ['a party', '“We will fight every seat,” the Labour party said.', [['the Labour party', 'organisation']]],
    ['before the quote', 'The Scottish government has said it will “consider all options”.', [['The Scottish government', 'organisation']]],
    ['a role in a ministry named with "of"', '“The decision is final,” a Ministry of Defence spokesman said.', [['a Ministry of Defence spokesman', 'description']]],
    ['the same before the quote', 'A Ministry of Justice spokeswoman said: “The prison is safe.”', [['A Ministry of Justice spokeswoman', 'description']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a named organisation alone still speaks', '“We will look carefully at the judgment,” the Home Office said.', [['Home Office', 'organisation']]],
    ['descriptors of a person with no determiner', '“There are advantages,” Grant Young, another Iowa Republican strategist, said.', [['Grant Young', 'person']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['an', 'Grant Young, an unaligned Iowa Republican strategist, said there are advantages for a front-runner.'],
    ['the', 'Grant Young, the Iowa strategist, said there are advantages for a front-runner.'],
    ['a direct quote', 'Grant Young, another strategist, said: “We can win.”'],
  ])('a description set off after a name is that person (%s)', (_name, text) => {
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Grant Young', 'person']]);
  });

  test('a description with no name before it still speaks', () => {
    const text = 'The talks stalled. An Iowa Republican strategist said: “We can win.”';
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['An Iowa Republican strategist', 'description']]);
  });

  test('miss: descriptors of a person before reported speech', () => {
    const text = 'Grant Young, another unaligned Iowa Republican strategist, said there are advantages for a front-runner.';
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Grant Young', 'person']]);
  });
});

describe('"according to" earlier in the quote’s sentence (according-to-before-quote)', () => {
  test.each([
    ['a ministry', 'According to the ministry, the plant will close “within weeks”.', [['the ministry', 'organisation']]],
    ['after a time phrase', 'Over the long term, according to the budget office, the rise in deficits is “mainly due to ageing”.', [['the budget office', 'organisation']]],
    ['bare police, read by the tagger as a verb', 'According to police, the man was “known to officers”.', [['police', 'organisation']]],
    ['a newspaper by its head word', 'According to the Times, the deal was “all but done”.', [['the Times', 'organisation']]],
    ['inside the clause', 'The plant, according to the ministry, will close “within weeks”.', [['the ministry', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a nearer cue with its own subject', 'According to the ministry, Mayor Tom Marsh said the plant was “finished”.', [['Tom Marsh', 'person']]],
    ['"according to" after the quote is left to the reported-speech stage', 'Mayor Tom Marsh said he was “happy to see” the result, according to the Times.', [['Tom Marsh', 'person']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test('miss: an institution noun before another noun is a modifier', () => {
    const text = 'Sales were “weak”, according to company leaders.';
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => q.speaker)).not.toContain('company');
  });
});

describe('a role for a named organisation (withAffiliation, skipAffiliation)', () => {
  test.each([
    ['a department named with "for", before the quote', 'A spokeswoman for the Department for Education said: “Schools must stay open.”', [['A spokeswoman for the Department for Education', 'organisation']]],
    ['the same after the quote', '“Schools must stay open,” a spokeswoman for the Department for Education said.', [['a spokeswoman for the Department for Education', 'organisation']]],
    ['after an inverted cue', '“We welcome the ruling,” said a spokesman for the European Commission.', [['a spokesman for the European Commission', 'organisation']]],
    ['after an inverted cue, an institution noun', '“We welcome the ruling,” said a spokesman for the ministry.', [['a spokesman for the ministry', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a person after an inverted cue keeps the affiliation out', '“We welcome the ruling,” said Tom Morgan of the Sierra Club.', [['Tom Morgan', 'person']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test('miss: a document about an organisation is not by it', () => {
    const text = 'Donors gave more, according to an analysis of Federal Election Commission data.';
    expect(extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => q.speaker)).not.toContain('an analysis of Federal Election Commission');
  });
});

describe('a document an organisation issued (speaker-document-noun)', () => {
  test.each([
    ['a named palace', 'A statement from Buckingham Palace said: “The King is resting.”', [['A statement from Buckingham Palace', 'organisation']]],
    ['an institution noun', 'A statement from the council said the road would stay “closed until spring”.', [['A statement from the council', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a letter from a person is the person’s', 'A letter from Jane Doe said: “I resign.”', [['Jane Doe', 'person']]],
    ['a document alone is no speaker', 'The statement said: “The King is resting.”', [[null, 'unknown']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a surname the tagger reads as a company (organisations.ts)', () => {
  test.each([
    ['after the cue', 'Jane Ford, a former minister, spoke on Monday. “I will stand again,” said Ford.', [['Jane Ford', 'person']]],
    ['before the cue', 'Jane Ford, a former minister, spoke on Monday. “I will stand again,” Ford said.', [['Jane Ford', 'person']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test.each([
    ['a person’s office still speaks for the office', 'Colin Powell was asked. “He did write a memo,” Powell’s office said.', [['Powell’s office', 'organisation']]],
    ['the company, with no person of that name', '“Sales rose,” Ford said in a statement.', [['Ford', 'organisation']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('an institution noun named for a place after it (organisations.ts)', () => {
  test.each([
    ['opening the sentence', 'Police Scotland said: “A 34-year-old man has been arrested.”', [['Police Scotland', 'organisation']]],
    ['after the quote', '“A man has been arrested,” Police Scotland said.', [['Police Scotland', 'organisation']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  test('miss: a place after an institution noun mid-sentence is not taken when a person precedes', () => {
    expect(speakers('“We are ready,” Tom Marsh of Police Scotland said.')).toEqual([['Tom Marsh', 'person']]);
  });
});

describe('an organisation as a modifier before a titled person', () => {
  // Invented sentences in the shape of central-bank and government wire copy.
  const all = (text: string) =>
    extract(text, builtInRules(), { only: ['quotes'] }).quotes.map((q) => [q.speaker, q.speakerKind]);
  test.each([
    ['a central bank governor, reported', 'Central Bank of Kenya Governor Kamau Thugge told reporters the bank would hold rates.', [['Kamau Thugge', 'person']]],
    ['a deputy governor after the quote', '“We are not worried,” Bank of England Deputy Governor Sam Woods said.', [['Sam Woods', 'person']]],
    ['an inspector general of a department', 'Department of Justice Inspector General Michael Horowitz said the review was complete.', [['Michael Horowitz', 'person']]],
    ['a title with "of"', 'Secretary of State Hillary Clinton said the talks would resume.', [['Hillary Clinton', 'person']]],
    ['a title with "of" and a region', 'Missouri Secretary of State Jason Kander said turnout was high.', [['Jason Kander', 'person']]],
    ['an agency named with "for"', 'Centers for Disease Control Director Tom Frieden said the outbreak was over.', [['Tom Frieden', 'person']]],
    ['a field of office the lexicon knows', 'Palm Beach County Supervisor of Elections Susan Bucher said that independents cannot vote.', [['Susan Bucher', 'person']]],
  ])('%s', (_name, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
  test.each([
    ['the organisation alone', 'The Ministry of Justice said the prisoner had been moved.', [['Ministry of Justice', 'organisation']]],
    ['a group of a person’s supporters is no person', 'Supporters of Sanders said the platform had to change.', [['Supporters of Sanders', 'description']]],
    ['a comma between organisation and title', 'If he were elected to the U.S. Senate, Lt. Gov. Carlos Lopez-Cantera would support the bill, he said.', [['Carlos Lopez-Cantera', 'person']]],
  ])('miss: %s', (_name, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('legal-form suffixes (rule organisation-company-suffix, one list with the people extractor)', () => {
  const organisations = (text: string) => extract(text, builtInRules()).organisations.map((o) => o.name);
  test.each([
    ['a Japanese suffix', 'Nippon Kokan KK said output fell.', ['Nippon Kokan KK']],
    ['a Dutch suffix with stops', 'Willemijn Holding B.V. said it had licensed the patents.', ['Willemijn Holding B.V.']],
    ['a partnership', 'Cypress Partners LP said it held 5.1 pct.', ['Cypress Partners LP']],
    ['a mixed-case suffix as written', 'Fiat SpA said car sales rose.', ['Fiat SpA']],
    ['a mixed-case suffix in a headline of capitals', 'FIAT SPA SAYS CAR SALES ROSE\n\nCar sales rose 5 pct in May.', ['FIAT SPA']],
    ['miss: an agency\'s initials after its name are no suffix', 'The official Saudi Press Agency SPA said the talks ended.', ['Saudi Press Agency']],
  ])('%s', (_name, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
  test('miss: suffixes alone name no organisation', () => {
    expect(organisations('Shares of the Ltd rose, and the AG said so.')).toEqual([]);
  });
});
