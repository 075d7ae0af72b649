// Tiny lexicon shared by the fixture generator and the mock server's toy coder.
// It imitates what dragoman's real coder returns; it is NOT dragoman's knowledge base.

export const ACTORS = {
  erdogan: { text: 'Turkish President Recep Tayyip Erdoğan', code: 'TURGOV', name: 'Recep Tayyip Erdoğan', country: 'TUR' },
  turkiye: { text: 'Türkiye', code: 'TUR', name: 'Türkiye', country: 'TUR' },
  fidan: { text: 'Foreign Minister Hakan Fidan', code: 'TURGOV', name: 'Hakan Fidan', country: 'TUR' },
  putin: { text: 'Russian President Vladimir Putin', code: 'RUSGOV', name: 'Vladimir Putin', country: 'RUS' },
  lavrov: { text: 'Sergei Lavrov', code: 'RUSGOV', name: 'Sergei Lavrov', country: 'RUS' },
  russia: { text: 'Russia', code: 'RUS', name: 'Russian Federation', country: 'RUS' },
  rusmil: { text: 'Russian forces', code: 'RUSMIL', name: 'Russian Armed Forces', country: 'RUS' },
  zelensky: { text: 'Volodymyr Zelensky', code: 'UKRGOV', name: 'Volodymyr Zelensky', country: 'UKR' },
  sybiha: { text: 'Andrii Sybiha', code: 'UKRGOV', name: 'Andrii Sybiha', country: 'UKR' },
  ukraine: { text: 'Ukraine', code: 'UKR', name: 'Ukraine', country: 'UKR' },
  ukrmil: { text: 'Ukrainian troops', code: 'UKRMIL', name: 'Armed Forces of Ukraine', country: 'UKR' },
  usa: { text: 'the United States', code: 'USAGOV', name: 'United States', country: 'USA' },
  rubio: { text: 'Marco Rubio', code: 'USAGOV', name: 'Marco Rubio', country: 'USA' },
  swiss: { text: 'the Swiss government', code: 'CHEGOV', name: 'Switzerland', country: 'CHE' },
  cassis: { text: 'Ignazio Cassis', code: 'CHEGOV', name: 'Ignazio Cassis', country: 'CHE' },
  eu: { text: 'the European Union', code: 'IGOEUREEC', name: 'European Union', country: null },
  china: { text: 'Beijing', code: 'CHNGOV', name: 'China', country: 'CHN' },
  wang: { text: 'Wang Yi', code: 'CHNGOV', name: 'Wang Yi', country: 'CHN' },
  lula: { text: 'Luiz Inácio Lula da Silva', code: 'BRAGOV', name: 'Luiz Inácio Lula da Silva', country: 'BRA' },
  iran: { text: 'Tehran', code: 'IRNGOV', name: 'Iran', country: 'IRN' },
  israel: { text: 'the Israeli army', code: 'ISRMIL', name: 'Israel Defense Forces', country: 'ISR' },
  hamas: { text: 'Hamas', code: 'PSEREB', name: 'Hamas', country: 'PSE' },
};

// verb phrase -> CAMEO code, name, quad class, Goldstein score, PLOVER type
export const VERBS = {
  met: { text: 'met', cameo: '040', name: 'Consult, not specified below', quad: 1, goldstein: 1.0, plover: 'CONSULT' },
  negotiated: { text: 'negotiated with', cameo: '046', name: 'Engage in negotiation', quad: 1, goldstein: 7.0, plover: 'CONSULT' },
  praised: { text: 'praised', cameo: '051', name: 'Praise or endorse', quad: 1, goldstein: 3.4, plover: 'SUPPORT' },
  signed: { text: 'signed an agreement with', cameo: '057', name: 'Sign formal agreement', quad: 1, goldstein: 8.0, plover: 'AGREE' },
  aid: { text: 'sent humanitarian aid to', cameo: '073', name: 'Provide humanitarian aid', quad: 2, goldstein: 7.4, plover: 'AID' },
  released: { text: 'released prisoners to', cameo: '0841', name: 'Return, release person(s)', quad: 2, goldstein: 7.0, plover: 'RETREAT' },
  criticised: { text: 'criticised', cameo: '111', name: 'Criticize or denounce', quad: 3, goldstein: -2.0, plover: 'ACCUSE' },
  accused: { text: 'accused', cameo: '112', name: 'Accuse, not specified below', quad: 3, goldstein: -2.0, plover: 'ACCUSE' },
  threatened: { text: 'threatened', cameo: '130', name: 'Threaten, not specified below', quad: 3, goldstein: -4.4, plover: 'THREATEN' },
  sanctioned: { text: 'imposed sanctions on', cameo: '163', name: 'Impose embargo, boycott, or sanctions', quad: 4, goldstein: -8.0, plover: 'COERCE' },
  attacked: { text: 'attacked', cameo: '190', name: 'Use conventional military force', quad: 4, goldstein: -10.0, plover: 'ASSAULT' },
  shelled: { text: 'shelled', cameo: '195', name: 'Employ aerial weapons', quad: 4, goldstein: -10.0, plover: 'ASSAULT' },
};

export const PLACES = {
  istanbul: { text: 'İstanbul', name: 'İstanbul', country: 'TUR', lat: 41.01, lon: 28.95 },
  ankara: { text: 'Ankara', name: 'Ankara', country: 'TUR', lat: 39.93, lon: 32.86 },
  geneva: { text: 'Geneva', name: 'Geneva', country: 'CHE', lat: 46.2, lon: 6.14 },
  zurich: { text: 'Zürich', name: 'Zürich', country: 'CHE', lat: 47.37, lon: 8.54 },
  kyiv: { text: 'Kyiv', name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52 },
  kharkiv: { text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 },
  moscow: { text: 'Moscow', name: 'Moscow', country: 'RUS', lat: 55.76, lon: 37.62 },
  washington: { text: 'Washington', name: 'Washington', country: 'USA', lat: 38.9, lon: -77.04 },
  brussels: { text: 'Brussels', name: 'Brussels', country: 'BEL', lat: 50.85, lon: 4.35 },
  beijing: { text: 'Beijing', name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 },
  saopaulo: { text: 'São Paulo', name: 'São Paulo', country: 'BRA', lat: -23.55, lon: -46.63 },
  gaza: { text: 'Gaza', name: 'Gaza', country: 'PSE', lat: 31.5, lon: 34.47 },
  // a place the gazetteer has no coordinates for
  bern: { text: 'Bern', name: 'Bern', country: 'CHE', lat: null, lon: null },
};

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const utf8len = (s) => Buffer.byteLength(s, 'utf8');

/** The date (YYYY-MM-DD) of the last `weekday` on or before `published`. */
export function lastWeekday(published, weekday) {
  const d = new Date(published + 'T00:00:00Z');
  const want = WEEKDAYS.indexOf(weekday);
  while (d.getUTCDay() !== want) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
