/**
 * class-validator writes its messages in English ("name must be longer than or equal to 2
 * characters"). Where a person reads them (a directory import's problems), they are given
 * Italian first, as every message of the services: "italiano / english".
 */
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be longer than or equal to (\d+) characters/, (m) => `almeno ${m[1]} caratteri`],
  [/must be shorter than or equal to (\d+) characters/, (m) => `al massimo ${m[1]} caratteri`],
  [/must be an email/, () => 'non è un indirizzo e-mail'],
  [/must be a UUID/, () => 'non è un identificativo valido (UUID)'],
  [/must be an Italian tax code/, () => 'non è un codice fiscale (11 cifre o 16 caratteri)'],
  [/must be a phone number/, () => 'non è un numero di telefono'],
  [/must be a URL address/, () => 'non è un indirizzo web (con http:// o https://)'],
  [/each value in needs must be one of the following values/, () => 'bisogno sconosciuto'],
  [/must be neighbourhood codes/, () => 'servono codici di quartiere come «crocetta» (minuscole, cifre, trattini)'],
  [/must be one of the following values: (.*)$/, (m) => `deve essere uno di: ${m[1]}`],
  [/must contain at least (\d+) elements?/, (m) => `serve almeno ${m[1]} valore`],
  [/elements must be unique/, () => 'valori ripetuti'],
  [/must be an integer number/, () => 'deve essere un numero intero'],
  [/must not be less than (-?\d+)/, (m) => `non meno di ${m[1]}`],
  [/must not be greater than (-?\d+)/, (m) => `non più di ${m[1]}`],
  [/should not be empty|must be a string|should not be null or undefined/, () => 'obbligatorio'],
  [/must be an array/, () => 'deve essere un elenco'],
  [/property .* should not exist/, () => 'campo non previsto'],
];

/** "name must be …" → "almeno 2 caratteri / name must be …"; a message already "italiano / english" is kept. */
export function italianFirst(message: string): string {
  if (message.includes(' / ')) return message;
  for (const [pattern, it] of RULES) {
    const m = message.match(pattern);
    if (m) return `${it(m)} / ${message}`;
  }
  return `valore non valido / ${message}`;
}
