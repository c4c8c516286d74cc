import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import { kindOf } from '../src/eval/quantities.js';
import type { Figure } from '../src/types.js';
import { builtInRules } from './helpers.js';

// Issue 12, branch fig-13: sentences written for this branch, with their figures written down
// before the extractor was run on them, in the two styles the extractor must read: lower-case
// tokenised text (spaces before punctuation, " - " for a hyphen) and wire copy. None is taken
// from a corpus. Only measures are compared (money, lengths and other dimensions, temperatures:
// the figures the quantities eval scores as CurrencyModel, DimensionModel and TemperatureModel),
// so a count or a percent in a sentence is neither asked for nor an error.
const isMeasure = (f: Figure) => kindOf('CurrencyModel', f) || kindOf('DimensionModel', f) || kindOf('TemperatureModel', f);
const measures = (text: string) =>
  extract(text, builtInRules(), { only: ['figures'] })
    .figures.filter(isMeasure)
    .map((f) => [Number(f.value.toPrecision(12)), f.unit]);
const rounded = (expected: (string | number)[][]) => expected.map(([value, unit]) => [Number((value as number).toPrecision(12)), unit]);

describe('figures generalise: lengths, areas, volumes, weights, speeds, data, angles', () => {
  test.each([
    ['the pool is 25 metres long .', [[25, 'metre']]],
    ['we drove 300 km to the coast .', [[300, 'kilometre']]],
    ['the ridge rises 2,400 feet above the valley .', [[2400, 'foot']]],
    ['a 40 - foot container fell off the ship .', [[40, 'foot']]],
    ['the pipe is 3 / 4 inch wide .', [[0.75, 'inch']]],
    ['the farm covers 1,200 acres .', [[1200, 'acre']]],
    ['the park spans 45 hectares .', [[45, 'hectare']]],
    ['the flat has 80 square metres of floor space .', [[80, 'square metre']]],
    ['they built a 2,000 - square - foot house .', [[2000, 'square foot']]],
    ['the tank holds 500 litres .', [[500, 'litre']]],
    ['add 250 ml of milk .', [[250, 'millilitre']]],
    ['the truck carried 12 tonnes of sand .', [[12, 'tonne']]],
    ['the parcel weighs 3.5 kg .', [[3.5, 'kilogram']]],
    ['she lost 10 pounds in a month .', [[10, 'pound (weight)']]],
    ['he ordered a 6 oz steak .', [[6, 'ounce']]],
    ['the train reached 320 km / h .', [[320, 'kilometre per hour']]],
    ['winds of 90 miles per hour tore roofs off .', [[90, 'mile per hour']]],
    ['gusts up to 60 mph are expected .', [[60, 'mile per hour']]],
    ['the drive holds 2 tb of data .', [[2, 'terabyte']]],
    ['the file is 700 megabytes .', [[700, 'megabyte']]],
    ['the phone has 128 gb of storage .', [[128, 'gigabyte']]],
    ['turn the wheel 90 degrees to the left .', [[90, 'degree (angle)']]],
    ['the ship sailed at 18 knots .', [[18, 'knot']]],
    ['the wall is 2 m high and 10 m long .', [[2, 'metre'], [10, 'metre']]],
    ['the room is 4 by 5 metres .', [[4, 'metre'], [5, 'metre']]],
    ['he is 6 feet 1 inch tall .', [[6 + 1 / 12, 'foot']]],
    ['she ran 5 miles this morning .', [[5, 'mile']]],
    ['the screen measures 15.6 inches .', [[15.6, 'inch']]],
    ['the bridge is half a mile long .', [[0.5, 'mile']]],
    ['use two cups of flour and 1 teaspoon of salt .', [[2, 'cup'], [1, 'teaspoon']]],
    ['the dam holds 3 billion cubic metres of water .', [[3e9, 'cubic metre']]],
    ['the line runs at 100 megabits per second .', [[100, 'megabit per second']]],
    ['the engine produces 300 horsepower .', [[300, 'horsepower']]],
    ['the rocket climbed to an altitude of 80 kilometres .', [[80, 'kilometre']]],
    ['the barge was carrying 40 tons of coal .', [[40, 'ton']]],
    ['she bought a 5 kg bag of rice .', [[5, 'kilogram']]],
    ['the snow was 30 cm deep .', [[30, 'centimetre']]],
    ['the needle is 0.3 mm thick .', [[0.3, 'millimetre']]],
    ['he won a 10 - kilometre race .', [[10, 'kilometre']]],
    ['the car does 40 miles per gallon .', [[40, 'mile per gallon']]],
    ['the island is 12 square miles .', [[12, 'square mile']]],
    ['pour in 2 pints of water .', [[2, 'pint']]],
    ['a 750 ml bottle of wine costs too much .', [[750, 'millilitre']]],
    ['the laptop weighs 1.2 kilograms .', [[1.2, 'kilogram']]],
    ['the border is ten kilometres away .', [[10, 'kilometre']]],
    ['the crater is three miles wide .', [[3, 'mile']]],
    ['the cable is 50 yards long .', [[50, 'yard']]],
    ['the satellite orbits 36,000 km above the earth .', [[36000, 'kilometre']]],
    ['vitamin c tablets of 500 mg are sold here .', [[500, 'milligram']]],
    ['a category 5 hurricane with winds of 160 mph hit the coast .', [[160, 'mile per hour']]],
    ['The bridge spans 1.2 km across the bay.', [[1.2, 'kilometre']]],
    ['Police seized 300 kg of cocaine at the port.', [[300, 'kilogram']]],
    ['The fire burned through 5,000 hectares of forest.', [[5000, 'hectare']]],
    ['The tunnel will be 57 kilometres long.', [[57, 'kilometre']]],
    ['The plant will produce 2 million barrels of oil.', [[2e6, 'barrel']]],
    ['The storm dumped 20 inches of rain on the city.', [[20, 'inch']]],
    ['The 3,000-tonne ship ran aground.', [[3000, 'tonne']]],
    ['The camera shoots at 4K and weighs 400 grams.', [[400, 'gram']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});

describe('figures generalise: temperatures', () => {
  test.each([
    ['it was 35 degrees celsius in the shade .', [[35, 'degree celsius']]],
    ['the temperature fell to -12 c overnight .', [[-12, 'degree celsius']]],
    ['temperatures dropped to minus 20 degrees .', [[-20, 'degree']]],
    ['bake at 180 c for 40 minutes .', [[180, 'degree celsius']]],
    ['preheat the oven to 350 degrees f .', [[350, 'degree fahrenheit']]],
    ['his temperature was 39.5 degrees .', [[39.5, 'degree']]],
    ['she had a fever of 102 degrees fahrenheit .', [[102, 'degree fahrenheit']]],
    ['water freezes at 32 ° f .', [[32, 'degree fahrenheit']]],
    ['liquid nitrogen boils at 77 kelvin .', [[77, 'kelvin']]],
    ['highs of 28 to 31 degrees c are expected .', [[28, 'degree celsius'], [31, 'degree celsius']]],
    ['The mercury hit 40C on Tuesday.', [[40, 'degree celsius']]],
    ['the average temperature rose by 1.5 degrees celsius .', [[1.5, 'degree celsius']]],
    ['the thermometer read 15 ° .', [[15, 'degree']]],
    ['it was a warm 25 ° c afternoon .', [[25, 'degree celsius']]],
    ['convert 100 f to celsius .', [[100, 'degree fahrenheit']]],
    ['the forecast high is 72 degrees fahrenheit .', [[72, 'degree fahrenheit']]],
    ['the lake was a chilly 12 degrees .', [[12, 'degree']]],
    ['keep the fridge below 5 degrees celsius .', [[5, 'degree celsius']]],
    ['The heatwave pushed temperatures above 40 degrees Celsius.', [[40, 'degree celsius']]],
    ['Overnight lows fell to minus 15C.', [[-15, 'degree celsius']]],
    ['the surface of venus is about 460 degrees celsius .', [[460, 'degree celsius']]],
    ['it is - 5 degrees outside .', [[-5, 'degree']]],
    ['a normal body temperature is 37 c .', [[37, 'degree celsius']]],
    ['the sea temperature is 18 degrees centigrade .', [[18, 'degree celsius']]],
    ['it was 0 degrees at dawn .', [[0, 'degree']]],
    ['the room should stay from 18 to 21 degrees celsius .', [[18, 'degree celsius'], [21, 'degree celsius']]],
    ['The temperature in Moscow was minus 7 degrees Celsius (19 degrees Fahrenheit).', [[-7, 'degree celsius'], [19, 'degree fahrenheit']]],
    ['a 3 degree rise in global temperatures would be a disaster .', [[3, 'degree']]],
    ['heat the oil to 375 f .', [[375, 'degree fahrenheit']]],
    ['The Paris deal aims to limit warming to 1.5C.', [[1.5, 'degree celsius']]],
    ['the weather will be sunny with a high of 24 degrees .', [[24, 'degree']]],
    ['at night it drops to 10 degrees fahrenheit .', [[10, 'degree fahrenheit']]],
    ['the metal melts at 1,538 degrees celsius .', [[1538, 'degree celsius']]],
    ['it will be 5 degrees warmer tomorrow .', [[5, 'degree']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});

describe('figures generalise: money', () => {
  test.each([
    ['the ticket costs $ 45 .', [[45, 'USD']]],
    ['he paid 300 euros for the bike .', [[300, 'EUR']]],
    ['the fine is £ 2,500 .', [[2500, 'GBP']]],
    ['the company raised $ 3.2 billion .', [[3.2e9, 'USD']]],
    ['a cup of coffee costs 80 cents .', [[0.8, 'USD']]],
    ['she earns $ 40k a year .', [[40000, 'USD']]],
    ['it sold for 5 grand .', [[5000, 'USD']]],
    ['lend me 20 bucks .', [[20, 'USD']]],
    ['the deal is worth 1.5 billion yen .', [[1.5e9, 'JPY']]],
    ['the rent is 1,200 swiss francs a month .', [[1200, 'CHF']]],
    ['the bill came to 3,000 rupees .', [[3000, 'INR']]],
    ['they paid 500 usd and 200 eur .', [[500, 'USD'], [200, 'EUR']]],
    ['the house was sold for 450,000 pounds .', [[450000, 'GBP']]],
    ['he dropped a 50p coin .', [[0.5, 'GBP']]],
    ['the stock fell 35 cents to $ 12.40 .', [[0.35, 'USD'], [12.4, 'USD']]],
    ['the budget is eur 2 million .', [[2e6, 'EUR']]],
    ['there is a $ 5 - a - month fee .', [[5, 'USD']]],
    ['the price rose to 12.5 yuan .', [[12.5, 'CNY']]],
    ['exports earned 4 billion australian dollars .', [[4e9, 'AUD']]],
    ['it costs 99p .', [[0.99, 'GBP']]],
    ['he found a 10 - dollar bill .', [[10, 'USD']]],
    ['The firm was fined €1.2m.', [[1.2e6, 'EUR']]],
    ['The contract is worth 800 million Swedish crowns.', [[8e8, 'SEK']]],
    ['They offered 25,000 Canadian dollars.', [[25000, 'CAD']]],
    ['he owes the bank three hundred dollars .', [[300, 'USD']]],
    ['she paid with a ₹ 500 note .', [[500, 'INR']]],
    ['prices start at 9.99 euros .', [[9.99, 'EUR']]],
    ['the car costs 30,000 dollars or 27,000 euros .', [[30000, 'USD'], [27000, 'EUR']]],
    ['he won 2 million dollars in the lottery .', [[2e6, 'USD']]],
    ['earnings were 1.05 dollars a share .', [[1.05, 'USD']]],
    ['the levy is 2 pence a litre .', [[0.02, 'GBP']]],
    ['it costs 15 dollars and 25 cents .', [[15.25, 'USD']]],
    ['she wrote a cheque for $ 1,000,000 .', [[1e6, 'USD']]],
    ['he sold a 100 - euro note .', [[100, 'EUR']]],
    ['the euro rose to 1.12 dollars .', [[1.12, 'USD']]],
    ['he was 2 cents short .', [[0.02, 'USD']]],
    ['The Class C shares rose 5 cents.', [[0.05, 'USD']]],
    ['a 30c stamp is enough for a letter .', [[0.3, 'USD']]],
    ['the meal cost us 60 quid .', [[60, 'GBP']]],
    ['The central bank sold 2 billion dollars on Monday.', [[2e9, 'USD']]],
    ['The museum charges 12 dollars for adults and 6 dollars for children.', [[12, 'USD'], [6, 'USD']]],
    ['a 1 pound coin fell out of his pocket .', [[1, 'GBP']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});

describe('figures generalise: numbers that are no measure', () => {
  test.each([
    ['the meeting starts at 10 am .'],
    ['call me at 5 pm .'],
    ['the talks resume at 3 p . m . today .'],
    ['the score was 3 - 2 at half time .'],
    ['version 2.1 is out .'],
    ['she lives at 42 park street .'],
    ['his number is 555 - 0199 .'],
    ['the f - 16 jets flew over the city .'],
    ['the c - 130 landed safely .'],
    ['a boeing 747 crashed in the sea .'],
    ['he finished 3rd in the race .'],
    ['he is one of the best players .'],
    ['wait a day or two .'],
    ['no one came to the party .'],
    ['do it at once .'],
    ['all 12 members voted for the plan .'],
    ['the top 10 songs of the year .'],
    ['try 3 times a day .'],
    ['he won the cup 2 years ago .'],
    ['the team won 4 - 1 .'],
    ['the new 5g network launches today .'],
    ['the b - 52 bomber flew from guam .'],
    ['the deal was signed on 3 / 4 / 2021 .'],
    ['print it on a4 paper .'],
    ['she stayed in room 101 .'],
    ['the train leaves at 7 : 30 in the morning .'],
    ['the firm filed for chapter 11 last year .'],
    ['the g7 summit opens on friday .'],
    ['he plays mp3 files all day .'],
    ['she has 3 kids and 2 dogs .'],
    ['1 in 5 adults smoke .'],
    ['the iphone 12 pro is on sale .'],
    ['he booked a 5 star hotel .'],
    ['the temperature records began in 2019 .'],
    ['she is in grade 8 .'],
    ['a magnitude 6.4 earthquake struck .'],
    ['3 out of 4 doctors agree .'],
    ['it is a 50 - 50 chance .'],
    ['he was born on 4 july 1990 .'],
    ['we ate at the route 66 diner .'],
    ['they took the 1 st place .'],
    ['this is the 2 nd round .'],
    ['it is the 3 rd time this week .'],
    ['he won 6 - 4 , 6 - 3 .'],
    ['he is in his 40s .'],
    ['she has type 2 diabetes .'],
    ['she scored 98 in the test .'],
    ['read page 5 of 10 .'],
    ['the plane was an a380 .'],
    ['she holds two degrees from harvard .'],
    ['he earned a master \' s degree in 2010 .'],
    ['he has 2 degrees in physics .'],
    ['real madrid beat barcelona 3 - 1 .'],
    ['he got mad 3 times today .'],
    ['the team won 3 of 4 games .'],
    ['buy 2 get 1 free .'],
    ['the 1,000 - page report came out .'],
    ['the band sold 3 million copies .'],
    ['he was a top 20 player .'],
    ['put the pen 2 inches away .', [[2, 'inch']]],
    ['the 401 ( k ) plan is popular .'],
    ['it was a 9 - 5 job .'],
    ['i will be there in 5 .'],
    ['the m25 was closed .'],
    ['apollo 11 landed in 1969 .'],
    ['The F-35 program is over budget.'],
    ['The 3M Co said its profit rose.'],
    ['He was jailed for 12 years in 2019.'],
    ['Apple unveiled the iPhone 15 on Tuesday.'],
    ['Manchester United beat Chelsea 2-1.'],
    ['The 737 MAX was grounded.'],
    ['Flight MH17 was shot down in 2014.'],
    ['The S&P 500 rose 1.2%.'],
    ['They watched it on a 4K television.'],
    ['The A4 road was closed.'],
    ['Ford sold 800,000 F-150 trucks.'],
    ['The C-17 transport plane landed.'],
    ['PM2.5 levels were high in the city.'],
    ['The T20 World Cup starts in June.'],
    ['He was the No. 1 seed.'],
    ['He works 9 to 5.'],
    ['The new 5G phones sell well.'],
    ['The Su-27 fighter crashed.'],
    ['It was the 2nd quarter.'],
    ['Star Wars Episode 4 is a film.'],
    ['The 1990s were good years.'],
    ['The P5+1 talks resume next week.'],
    ['he ate 3 eggs at 8 am .'],
    ['the bus 42 goes downtown .'],
    ['she bought 2 pens and a pad .'],
    ['the 4 - f draft status .'],
  ])('%s', (text, expected: (string | number)[][] = []) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});

describe('figures generalise: a second set, tokenised forms of the same families', () => {
  test.each([
    ['the 3.5 - inch drive is gone .', [[3.5, 'inch']]],
    ['she carried a 30 - pound bag of feed .', [[30, 'pound (weight)']]],
    ['it \' s 12 miles away .', [[12, 'mile']]],
    ['the height is 2.5 m .', [[2.5, 'metre']]],
    ['the distance is 1 , 000 km .', [[1000, 'kilometre']]],
    ['the lot has an area of 20 km2 .', [[20, 'square kilometre']]],
    ['the box holds 3 cubic feet .', [[3, 'cubic foot']]],
    ['he weighs 75 kilos .', [[75, 'kilogram']]],
    ['the office is 900 sq ft .', [[900, 'square foot']]],
    ['the speed limit is 65 mph .', [[65, 'mile per hour']]],
    ['buy a 2tb drive .', [[2, 'terabyte']]],
    ['the upload speed is 10 mbps .', [[10, 'megabit per second']]],
    ['he bought a 24 - inch monitor .', [[24, 'inch']]],
    ['the angle is 45 ° .', [[45, 'degree (angle)']]],
    ['grab a 2 - liter bottle of soda .', [[2, 'litre']]],
    ['take 30 ml twice a day .', [[30, 'millilitre']]],
    ['it was a 1,000 - mile journey .', [[1000, 'mile']]],
    ['they shipped 1.5 tons of steel .', [[1.5, 'ton']]],
    ['mix 200 g of sugar with the eggs .', [[200, 'gram']]],
    ['the river is 50 meters wide .', [[50, 'metre']]],
    ['add 3 / 4 cup of sugar .', [[0.75, 'cup']]],
    ['stir in 1 1 / 2 cups of milk .', [[1.5, 'cup']]],
    ['we walked two and a half miles .', [[2.5, 'mile']]],
    ['the wire is 0.5 millimeters thick .', [[0.5, 'millimetre']]],
    ['the yacht is 120 ft long .', [[120, 'foot']]],
    ['the elevator can lift 1,000 lbs .', [[1000, 'pound (weight)']]],
    ['the router sends data at 1 gigabit per second .', [[1, 'gigabit per second']]],
    ['the car hit 200 kilometers per hour .', [[200, 'kilometre per hour']]],
    ['the jet cruises at 35,000 feet .', [[35000, 'foot']]],
    ['the county covers 600 square kilometers .', [[600, 'square kilometre']]],
    ['the glass holds 8 fluid ounces .', [[8, 'fluid ounce']]],
    ['the cliff drops 300 m to the sea .', [[300, 'metre']]],
    ['the pilot turned 180 degrees and flew home .', [[180, 'degree (angle)']]],
    ['the trail climbs 1.2 miles to the top .', [[1.2, 'mile']]],
    ['the whale can weigh 150 tonnes .', [[150, 'tonne']]],
    ['the baby weighed 3.2 kg at birth .', [[3.2, 'kilogram']]],
    ['the fence is 6 feet high .', [[6, 'foot']]],
    ['the hose is 15 metres long .', [[15, 'metre']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['it \' s 90 fahrenheit in texas .', [[90, 'degree fahrenheit']]],
    ['what is 100 degrees fahrenheit in celsius ?', [[100, 'degree fahrenheit']]],
    ['raise the temperature by 10 degrees celsius .', [[10, 'degree celsius']]],
    ['lower the temperature to 65 degrees f .', [[65, 'degree fahrenheit']]],
    ['outside it is 20 degrees celsius and inside it is 22 degrees celsius .', [[20, 'degree celsius'], [22, 'degree celsius']]],
    ['the oven was at 400 degrees f .', [[400, 'degree fahrenheit']]],
    ['it was thirty two degrees fahrenheit .', [[32, 'degree fahrenheit']]],
    ['it is 75 degrees farenheit .', [[75, 'degree fahrenheit']]],
    ['keep it between 20 and 25 degrees celsius .', [[20, 'degree celsius'], [25, 'degree celsius']]],
    ['212 ° f equals 100 ° c .', [[212, 'degree fahrenheit'], [100, 'degree celsius']]],
    ['it is 12 deg f outside .', [[12, 'degree fahrenheit']]],
    ['it is 5 degree c .', [[5, 'degree celsius']]],
    ['it is 23 degrees celcius .', [[23, 'degree celsius']]],
    ['it will be minus ten degrees tonight .', [[-10, 'degree']]],
    ['the patient has a 38 c fever .', [[38, 'degree celsius']]],
    ['cook at 220 ° for 20 minutes .', [[220, 'degree']]],
    ['the temperature dropped 15 degrees in an hour .', [[15, 'degree']]],
    ['it was 104 degrees in phoenix yesterday .', [[104, 'degree']]],
    ['the water is 60 ° c .', [[60, 'degree celsius']]],
    ['the thermostat is set to 68 degrees .', [[68, 'degree']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['the company lost $ 1.5 billion .', [[1.5e9, 'USD']]],
    ['the dividend is 50 cents a share .', [[0.5, 'USD']]],
    ['the stock rose 3 / 4 cent .', [[0.0075, 'USD']]],
    ['they made a $ 25 - a - share bid .', [[25, 'USD']]],
    ['the bank made a $ 10 - million loan .', [[1e7, 'USD']]],
    ['he paid 10 million yen .', [[1e7, 'JPY']]],
    ['the firm sold its unit for 800 million marks .', [[8e8, 'DEM']]],
    ['it is a 2 billion - dollar deal .', [[2e9, 'USD']]],
    ['the loan was 5 million pounds sterling .', [[5e6, 'GBP']]],
    ['the note pays 8 % on $ 100 million .', [[1e8, 'USD']]],
    ['each ticket is £ 12.50 .', [[12.5, 'GBP']]],
    ['the package costs 2 million euros .', [[2e6, 'EUR']]],
    ['she spent 40 dollars on books .', [[40, 'USD']]],
    ['the coin is worth 25 cents .', [[0.25, 'USD']]],
    ['the fare is 3 dollars 75 cents .', [[3.75, 'USD']]],
    ['the fund has 300 billion kronor .', [[3e11, 'SEK']]],
    ['they borrowed 7 billion rubles .', [[7e9, 'RUB']]],
    ['a ticket costs 1,500 rupees in delhi .', [[1500, 'INR']]],
    ['the chain charges 4.50 dollars for a latte .', [[4.5, 'USD']]],
    ['it cost a hundred dollars .', [[100, 'USD']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['about 2,000 people attended the rally .'],
    ['the firm employs 3,500 persons in ohio .'],
    ['the project was worth 2 m .'],
    ['The bank paid 8.5C per share.', [[0.085, 'USD']]],
    ['Her flat is at 15C Baker Street.'],
    ['The 3F rate rose.'],
    ['the 9 / 11 attacks changed everything .'],
    ['the stock rose 3 1 / 8 to 45 .'],
    ['the house voted 245 - 180 for the bill .'],
    ['he served 2 terms as governor .'],
    ['the 11 th circuit ruled against him .'],
    ['the dc - 10 crashed .'],
    ['he got 2 f \' s and a c .'],
    ['it is 1 in the morning .'],
    ['they played 18 holes of golf .'],
  ])('not a measure: %s', (text, expected: (string | number)[][] = []) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});

describe('figures generalise: a third set, written before the extractor was run on it', () => {
  test.each([
    ['it measures 10 x 12 inches .', [[10, 'inch'], [12, 'inch']]],
    ['the wind blew at 50 km/hr .', [[50, 'kilometre per hour']]],
    ['the storm moved at 15 kts .', [[15, 'knot']]],
    ['the reserve covers 100 sq . miles .', [[100, 'square mile']]],
    ['she bought a 64 gigabyte card .', [[64, 'gigabyte']]],
    ['the zone extends 200 nautical miles .', [[200, 'nautical mile']]],
    ['drink 1.5 l of water a day .', [[1.5, 'litre']]],
    ['the track is 1 / 4 mile long .', [[0.25, 'mile']]],
    ['the six - foot - tall fence fell .', [[6, 'foot']]],
    ['he won the 100 - yard dash .', [[100, 'yard']]],
    ['buy a box of 9 - inch nails .', [[9, 'inch']]],
    ['the plane flew at 10 , 000 feet .', [[10000, 'foot']]],
    ['the mall has 1.2 million square feet of space .', [[1.2e6, 'square foot']]],
    ['they laid a 20 - by - 30 - foot slab .', [[20, 'foot'], [30, 'foot']]],
    ['the gap was an eighth of an inch .', [[0.125, 'inch']]],
    ['cut it three quarters of an inch thick .', [[0.75, 'inch']]],
    ['the crack is half an inch wide .', [[0.5, 'inch']]],
    ['the truck was travelling at 80 km / hour .', [[80, 'kilometre per hour']]],
    ['they built a 1,000 - megawatt plant .', [[1000, 'megawatt']]],
    ['the car has a 2.5 - litre engine .', [[2.5, 'litre']]],
    ['the hikers climbed 3,000 metres in two days .', [[3000, 'metre']]],
    ['The pipeline will carry 1 million barrels a day.', [[1e6, 'barrels per day']]],
    ['The glacier has shrunk by 2 kilometres since 1990.', [[2, 'kilometre']]],
    ['The lorry was carrying 20 tonnes of grain.', [[20, 'tonne']]],
    ['The new jet can fly 8,000 nautical miles.', [[8000, 'nautical mile']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['it \' s 30 ° outside .', [[30, 'degree']]],
    ['keep it below 40 degrees f .', [[40, 'degree fahrenheit']]],
    ['set the heater to 25 c .', [[25, 'degree celsius']]],
    ['the water is 100 degrees .', [[100, 'degree']]],
    ['it \' s 15 degrees below zero .', [[-15, 'degree']]],
    ['it is -10 ° c outside .', [[-10, 'degree celsius']]],
    ['the low is - 3 ° c .', [[-3, 'degree celsius']]],
    ['the average high is 75 ° f and the low 55 ° f .', [[75, 'degree fahrenheit'], [55, 'degree fahrenheit']]],
    ['100 ° celsius is the boiling point of water .', [[100, 'degree celsius']]],
    ['expect a 10 - degree drop in temperature .', [[10, 'degree']]],
    ['the fridge should be at 4 ° c .', [[4, 'degree celsius']]],
    ['it was a balmy 75 degrees .', [[75, 'degree']]],
    ['the pool is heated to 28 degrees .', [[28, 'degree']]],
    ['the core of the sun is 15 million degrees celsius .', [[1.5e7, 'degree celsius']]],
    ['mars averages minus 60 c .', [[-60, 'degree celsius']]],
    ['The temperature in Cairo reached 44 degrees Celsius on Sunday.', [[44, 'degree celsius']]],
    ['Temperatures are expected to fall to minus 30C in Siberia.', [[-30, 'degree celsius']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['it cost $ 2 , 000 .', [[2000, 'USD']]],
    ['they announced a $ 1 - billion plan .', [[1e9, 'USD']]],
    ['the dollar was quoted at 1.50 swiss francs .', [[1.5, 'CHF']]],
    ['we raised 50,000 rand .', [[50000, 'ZAR']]],
    ['there was a 20 - cent rise in fares .', [[0.2, 'USD']]],
    ['he left half a million dollars .', [[5e5, 'USD']]],
    ['it cost a quarter of a billion dollars .', [[2.5e8, 'USD']]],
    ['the stock trades between $ 1 million and $ 2 million a day .', [[1e6, 'USD'], [2e6, 'USD']]],
    ['it cost about 100 million yuan ( $ 15 million ) .', [[1e8, 'CNY'], [1.5e7, 'USD']]],
    ['a ticket costs 1 , 000 yen .', [[1000, 'JPY']]],
    ['the budget is gbp 5 m .', [[5e6, 'GBP']]],
    ['he dropped a 1 - dollar coin .', [[1, 'USD']]],
    ['The Treasury sold $ 9.75 billion of notes.', [[9.75e9, 'USD']]],
    ['The club paid 80 million euros for the striker.', [[8e7, 'EUR']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['they play a 4 - 3 - 3 formation .'],
    ['a 24 - hour strike began .'],
    ['the 5 - year plan failed .'],
    ['we meet on 5 may .'],
    ['the alarm rang at 10 : 30 a . m .'],
    ['he wakes at 4 am .'],
    ['the party ends at 11pm .'],
    ['the m3 motorway is shut .'],
    ['the old 3g network is closing .'],
    ['the f1 driver crashed .'],
    ['he is 1 of 10 finalists .'],
    ['they won 1 - 0 .'],
    ['the 12 days of christmas .'],
    ['a 3 - star general spoke .'],
    ['she lives on the 2 nd floor .'],
    ['it is a 5 - minute walk .'],
    ['he plays on a ps 4 .'],
    ['she reached level 3 .'],
    ['it was a top - 10 finish .'],
    ['watch the 6 o\'clock news .'],
    ['a 1 in 100 year flood hit the town .'],
    ['the 100 m budget was cut .'],
    ['they lost 4 games in a row .'],
    ['dial 911 now .'],
    ['she wore a size 10 dress .'],
    ['he bought size 9 shoes .'],
    ['The 2-1 vote surprised everyone.'],
    ['He was released after 3 days.'],
    ['The G20 leaders met in 2019.'],
    ['The A320 jet took off at 6am.'],
    ['Trump won 304 electoral votes.'],
    ['The Senate voted 51-49.'],
    ['Section 8 of the act applies.'],
    ['The 49ers won 24-21.'],
    ['The F-16 and the C-130 flew over.'],
    ['The Model 3 costs less.'],
    ['Japan\'s Nikkei rose 2%.'],
  ])('not a measure: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

describe('figures generalise: a fourth set, wire sentences in the specs\' tokenised style, written before the extractor was run on them', () => {
  test.each([
    ['the company will build a 200,000 - square - foot plant in ohio .', [[200000, 'square foot']]],
    ['the 1,100 - mile pipeline would carry natural gas .', [[1100, 'mile']]],
    ['output rose to 1.2 million tons last year , the ministry said .', [[1.2e6, 'ton']]],
    ['the wells produce about 3,000 barrels a day .', [[3000, 'barrels per day']]],
    ['the rig drilled to 15,000 feet before striking gas .', [[15000, 'foot']]],
    ['the new disk drive stores 300 megabytes .', [[300, 'megabyte']]],
    ['the firm shipped 40 million pounds of beef .', [[4e7, 'pound (weight)']]],
    ['a 2 - inch layer of ice covered the roads .', [[2, 'inch']]],
    ['the mill processes 500 tons of ore a day .', [[500, 'ton']]],
    ['the reservoir holds 80 billion gallons .', [[8e10, 'gallon']]],
    ['he stands 6 - foot - 4 and weighs 230 pounds .', [[6 + 4 / 12, 'foot'], [230, 'pound (weight)']]],
    ['the ship displaces 90,000 tons .', [[90000, 'ton']]],
    ['its range is 300 miles , compared with 200 miles for the older model .', [[300, 'mile'], [200, 'mile']]],
    ['the quake was felt 400 kilometers away .', [[400, 'kilometre']]],
    ['the plant can process 100,000 bushels of corn a day .', [[100000, 'bushel']]],
    ['the 10 - acre site will be sold .', [[10, 'acre']]],
    ['the 42 - inch screen costs $ 2,000 .', [[42, 'inch'], [2000, 'USD']]],
    ['sales rose 4 % to 1.5 billion cubic feet .', [[1.5e9, 'cubic foot']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['temperatures in the region hit 110 degrees last week .', [[110, 'degree']]],
    ['the heat index reached 105 degrees fahrenheit .', [[105, 'degree fahrenheit']]],
    ['orange growers feared a freeze as temperatures fell to 25 degrees .', [[25, 'degree']]],
    ['the chips must be kept below minus 40 degrees celsius .', [[-40, 'degree celsius']]],
    ['the steel is heated to 1,200 degrees .', [[1200, 'degree']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['the company agreed to pay $ 4.5 million to settle the suit .', [[4.5e6, 'USD']]],
    ['the shares were sold at 25 cents each .', [[0.25, 'USD']]],
    ['the yen closed at 141.50 to the dollar , down from 142.20 .', []],
    ['the pound fell to $ 1.60 from $ 1.62 .', [[1.6, 'USD'], [1.62, 'USD']]],
    ['the issue was priced at 98.5 to yield 9 % .', []],
    ['the group sold 1.2 billion marks of bonds .', [[1.2e9, 'DEM']]],
    ['a 25 - cent - a - share dividend will be paid .', [[0.25, 'USD']]],
    ['the mark rose against the dollar for the 3 rd day .', []],
    ['the plan would cost taxpayers $ 50 billion over 10 years .', [[5e10, 'USD']]],
    ['the lira fell to 1,350 lire to the dollar .', [[1350, 'ITL']]],
  ])('%s', (text, expected) => {
    expect(measures(text)).toEqual(rounded(expected));
  });

  test.each([
    ['the dow jones industrial average rose 15.64 to 2,662.91 .'],
    ['the company has 12,000 employees in 30 countries .'],
    ['the board voted 9 - 2 to approve the merger .'],
    ['the 1990 budget was approved on oct . 1 .'],
    ['he was named chief executive in 1985 at age 45 .'],
    ['the fund ranked no . 3 among 40 funds .'],
    ['the index of leading indicators rose 0.3 in august .'],
    ['the 3 - 2 decision surprised analysts .'],
    ['the company operates 25 stores in 7 states .'],
    ['it was the 2 nd time in 3 years .'],
    ['the judge sentenced him to 5 years and fined him .'],
    ['the nasdaq composite rose 1.2 to 450.3 .'],
    ['about 4 in 10 americans agreed .'],
    ['the firm is the no . 2 maker of chips .'],
    ['the model 7 is a 2 - door car .'],
  ])('not a measure: %s', (text) => {
    expect(measures(text)).toEqual([]);
  });
});

// Sentences of the sets above that the extractor still reads wrong, each with why; test.fails, so a
// fix shows up as a failure here and the sentence moves back to its table.
describe('figures generalise: left unfixed', () => {
  test.fails.each([
    // a bare 'k' with no word of temperature is left out ('50 k' is a thousand as often)
    ['space is about 3 k , close to absolute zero .', [[3, 'kelvin']]],
    // 'p' after digits is pence; video resolutions are not told apart
    ['the video streams in 1080p .'],
    // a lower-case 'c' attached after a noun is cents ('shares rose 5c', with 'rose' tagged a noun)
    ['apartment 4c is empty .'],
    // 'marks' are Deutsche marks; a score 'out of' is not told apart
    ['she got 8 marks out of 10 in the test .'],
    // a bare 'f' with no word of temperature is left out (tried: read where it ends the measure, but
    // 'the answer is 4 c', 'options 1 a , 2 b and 3 c' came with it)
    ['it was 98.6 f this morning .', [[98.6, 'degree fahrenheit']]],
    // a bare 'k' with no word of temperature is left out ('50 k' is a thousand as often)
    ['absolute zero is 0 k .', [[0, 'kelvin']]],
    // a bare 'f' with no word of temperature is left out ('lows' is not one: 'shares hit lows of 22c')
    ['lows will be near 50 f .', [[50, 'degree fahrenheit']]],
    // index, bond and score points are unit-alias figures, which the quantities eval counts as
    // dimensions (kindOf); the extractor is right to read them
    ['the bond rose 1 / 2 point .'],
    // as above: points
    ['the dow fell 23.5 points to 2,600 .'],
    // as above: basis points
    ['yields fell 10 basis points .'],
    // as above: points
    ['he scored 12 points in the fourth quarter .'],
    // as above: points
    ['the index rose 4.2 points or 1.1 % .'],
  ])('%s', (text, expected: (string | number)[][] = []) => {
    expect(measures(text)).toEqual(rounded(expected));
  });
});
