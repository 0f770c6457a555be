import { streetKey } from './gazetteer';

describe('streetKey: street names as people type them', () => {
  it.each([
    ['Via Crocetta 12', 'via crocetta'],
    ['via crocetta 12/b, Cinisello Balsamo', 'via crocetta'],
    ["Via Sant'Eusebio", 'via sant eusebio'],
    ['v. Libertà 40', 'via liberta'],
    ['P.za Gramsci', 'piazza gramsci'],
    ['piazza gramsci 3', 'piazza gramsci'],
    ['Viale Fulvio Testi', 'viale fulvio testi'],
    ['Via XXV Aprile 140', 'via xxv aprile'],
    ['Via 25 Aprile', 'via 25 aprile'],
  ])('%s → %s', (typed, key) => {
    expect(streetKey(typed)).toBe(key);
  });
});
