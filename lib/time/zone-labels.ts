/**
 * Zone labels as people write them, mapped to the region they mean. Keys are upper case with dots
 * removed ("P.S.T." → "PST"). `season` records whether the label names standard or daylight time,
 * only so a contradiction with the date can be reported; the zone is the region either way.
 * Labels that name several regions (IST: India, Ireland, Israel; AST: Atlantic, Arabia; CST alone is
 * read as US Central, the overwhelmingly common use in contracts) are left out or documented here.
 * Pairs ("CET/CEST", "GMT/BST", "EST/EDT") name the region's clock in either season. A US region name
 * without "Time" ("5:00 p.m. Eastern") is the US region: that is how American letters write it.
 */
export interface ZoneLabel {
  zone: string;
  season: 'standard' | 'daylight' | 'any';
}

const region = (zone: string, standard: string[], daylight: string[], generic: string[]): Record<string, ZoneLabel> =>
  Object.fromEntries([
    ...standard.map((label) => [label, { zone, season: 'standard' as const }]),
    ...daylight.map((label) => [label, { zone, season: 'daylight' as const }]),
    ...generic.map((label) => [label, { zone, season: 'any' as const }]),
  ]);

export const ZONE_LABELS: Record<string, ZoneLabel> = {
  ...region(
    'America/Los_Angeles',
    ['PST', 'PACIFIC STANDARD TIME', 'PACIFIC STANDARD'],
    ['PDT', 'PACIFIC DAYLIGHT TIME', 'PACIFIC DAYLIGHT'],
    [
      'PST/PDT',
      'PACIFIC PREVAILING',
      'PT',
      'PACIFIC TIME',
      'PACIFIC',
      'PACIFIC PREVAILING TIME',
      'PACIFIC LOCAL TIME',
      'LOS ANGELES TIME',
      'SEATTLE TIME',
    ],
  ),
  ...region(
    'America/Denver',
    ['MST', 'MOUNTAIN STANDARD TIME', 'MOUNTAIN STANDARD'],
    ['MDT', 'MOUNTAIN DAYLIGHT TIME', 'MOUNTAIN DAYLIGHT'],
    ['MST/MDT', 'MOUNTAIN PREVAILING', 'MT', 'MOUNTAIN TIME', 'MOUNTAIN', 'DENVER TIME'],
  ),
  ...region(
    'America/Chicago',
    ['CST', 'CENTRAL STANDARD TIME', 'CENTRAL STANDARD'],
    ['CDT', 'CENTRAL DAYLIGHT TIME', 'CENTRAL DAYLIGHT'],
    ['CST/CDT', 'CENTRAL PREVAILING', 'CENTRAL PREVAILING TIME', 'CT', 'CENTRAL TIME', 'CENTRAL', 'CHICAGO TIME'],
  ),
  ...region(
    'America/New_York',
    ['EST', 'EASTERN STANDARD TIME', 'EASTERN STANDARD'],
    ['EDT', 'EASTERN DAYLIGHT TIME', 'EASTERN DAYLIGHT'],
    ['EST/EDT', 'EASTERN PREVAILING', 'ET', 'EASTERN TIME', 'EASTERN', 'EASTERN PREVAILING TIME', 'NEW YORK TIME', 'NEW YORK CITY TIME'],
  ),
  ...region('America/Anchorage', ['AKST', 'ALASKA STANDARD TIME'], ['AKDT', 'ALASKA DAYLIGHT TIME'], ['AKT', 'ALASKA TIME']),
  ...region('Pacific/Honolulu', ['HST', 'HAWAII STANDARD TIME', 'HAWAII-ALEUTIAN STANDARD TIME'], [], ['HAWAII TIME']),
  ...region(
    'Europe/London',
    [],
    ['BST', 'BRITISH SUMMER TIME'],
    ['UK TIME', 'UNITED KINGDOM TIME', 'LONDON TIME', 'BRITISH TIME', 'GMT/BST'],
  ),
  ...region('Europe/Dublin', [], ['IRISH STANDARD TIME'], ['IRISH TIME', 'DUBLIN TIME']),
  ...region(
    'Europe/Berlin',
    ['CET', 'CENTRAL EUROPEAN TIME', 'MEZ'],
    ['CEST', 'CENTRAL EUROPEAN SUMMER TIME', 'MESZ'],
    ['CET/CEST', 'BERLIN TIME', 'FRANKFURT TIME'],
  ),
  ...region('Europe/Paris', [], [], ['PARIS TIME']),
  ...region('Europe/Amsterdam', [], [], ['AMSTERDAM TIME']),
  ...region('Europe/Brussels', [], [], ['BRUSSELS TIME']),
  ...region('Europe/Madrid', [], [], ['MADRID TIME']),
  ...region('Europe/Rome', [], [], ['ROME TIME', 'MILAN TIME']),
  ...region('Europe/Luxembourg', [], [], ['LUXEMBOURG TIME']),
  ...region('Europe/Zurich', [], [], ['ZURICH TIME']),
  ...region('Europe/Stockholm', [], [], ['STOCKHOLM TIME']),
  ...region('America/Toronto', [], [], ['TORONTO TIME']),
  ...region('Australia/Melbourne', [], [], ['MELBOURNE TIME']),
  ...region('Europe/Lisbon', ['WET', 'WESTERN EUROPEAN TIME'], ['WEST', 'WESTERN EUROPEAN SUMMER TIME'], []),
  ...region('Europe/Helsinki', ['EET', 'EASTERN EUROPEAN TIME'], ['EEST', 'EASTERN EUROPEAN SUMMER TIME'], []),
  ...region('Europe/Moscow', ['MSK', 'MOSCOW STANDARD TIME'], [], ['MOSCOW TIME']),
  ...region('Asia/Tokyo', ['JST', 'JAPAN STANDARD TIME'], [], ['TOKYO TIME']),
  ...region('Asia/Singapore', ['SGT', 'SINGAPORE TIME', 'SINGAPORE STANDARD TIME'], [], []),
  ...region('Asia/Hong_Kong', ['HKT', 'HONG KONG TIME'], [], []),
  ...region('Asia/Shanghai', ['CHINA STANDARD TIME', 'BEIJING TIME'], [], []),
  ...region('Asia/Kolkata', ['INDIA STANDARD TIME'], [], ['INDIAN TIME']),
  ...region(
    'Australia/Sydney',
    ['AEST', 'AUSTRALIAN EASTERN STANDARD TIME'],
    ['AEDT', 'AUSTRALIAN EASTERN DAYLIGHT TIME'],
    ['AEST/AEDT', 'SYDNEY TIME'],
  ),
  ...region(
    'Pacific/Auckland',
    ['NZST', 'NEW ZEALAND STANDARD TIME'],
    ['NZDT', 'NEW ZEALAND DAYLIGHT TIME'],
    ['NZST/NZDT', 'NEW ZEALAND TIME', 'AUCKLAND TIME'],
  ),
  ...region('UTC', [], [], ['UTC', 'GMT', 'Z', 'ZULU', 'UT', 'COORDINATED UNIVERSAL TIME', 'GREENWICH MEAN TIME']),
};
