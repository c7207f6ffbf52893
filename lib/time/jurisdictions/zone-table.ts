import Holidays from 'date-holidays';

/**
 * The principal zone of each jurisdiction whose law a contract may choose. A state or country that
 * spans zones gets the zone of its seat of government and commercial centre (Texas: Chicago, not
 * El Paso's Denver; Florida: New York); countries without a subdivision that span several zones
 * (US, CA, AU, RU, BR, MX) give null rather than a guess.
 */
export const US_STATE_ZONES: Record<string, string> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
};

const SUBDIVISIONS: Record<string, Record<string, string>> = {
  US: US_STATE_ZONES,
  CA: {
    AB: 'America/Edmonton',
    BC: 'America/Vancouver',
    MB: 'America/Winnipeg',
    NB: 'America/Moncton',
    NL: 'America/St_Johns',
    NS: 'America/Halifax',
    ON: 'America/Toronto',
    PE: 'America/Halifax',
    QC: 'America/Toronto',
    SK: 'America/Regina',
    YT: 'America/Whitehorse',
    NT: 'America/Yellowknife',
    NU: 'America/Iqaluit',
  },
  AU: {
    NSW: 'Australia/Sydney',
    ACT: 'Australia/Sydney',
    VIC: 'Australia/Melbourne',
    QLD: 'Australia/Brisbane',
    SA: 'Australia/Adelaide',
    WA: 'Australia/Perth',
    TAS: 'Australia/Hobart',
    NT: 'Australia/Darwin',
  },
};

/** Countries whose single principal zone is clear even though date-holidays lists several. */
const COUNTRIES: Record<string, string> = {
  GB: 'Europe/London',
  UK: 'Europe/London',
  DE: 'Europe/Berlin',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  NL: 'Europe/Amsterdam',
  CN: 'Asia/Shanghai',
  NZ: 'Pacific/Auckland',
  CL: 'America/Santiago',
  EC: 'America/Guayaquil',
  AR: 'America/Argentina/Buenos_Aires',
  KZ: 'Asia/Almaty',
};

const MULTI_ZONE = new Set(['US', 'CA', 'AU', 'RU', 'BR', 'MX', 'ID']);
const memo = new Map<string, string | null>();

/**
 * The principal IANA zone of a jurisdiction code from the tables and date-holidays alone (the profiles'
 * zones come first: see `zoneForJurisdiction`), or null when the code is unknown or names a country that
 * spans several zones without a subdivision.
 * @example principalZone('CA-BC') // 'America/Vancouver'
 * @example principalZone('US') // null
 */
export function principalZone(code: string): string | null {
  const key = code.trim().toUpperCase();
  if (!memo.has(key)) memo.set(key, lookUp(key));
  return memo.get(key) ?? null;
}

function lookUp(key: string): string | null {
  const [country = '', subdivision] = key.split(/[-_ ]/, 2);
  if (subdivision !== undefined) {
    const table = SUBDIVISIONS[country];
    if (table) return table[subdivision] ?? null;
  }
  if (COUNTRIES[country]) return COUNTRIES[country];
  if (MULTI_ZONE.has(country) || !/^[A-Z]{2}$/.test(country)) return null;
  // Elsewhere date-holidays knows each country's zones; a country with one zone is unambiguous.
  const zones = new Holidays(country).getTimezones?.() ?? [];
  return zones.length === 1 ? (zones[0] ?? null) : null;
}
