/* Shared constants and formatting of numbers, ranges, dates and badges. */

import { h } from './dom.js';

export const COLORS = {
  contested: '#d9480f',      // red-orange
  calm: '#4f6b84',           // blue-grey
  inactive: '#9aa3ad',
  side: { state: '#1d5fbf', armed_group: '#c2410c', independent: '#0f7b5a' },
};
export const SIDE_LABEL = { state: 'state', armed_group: 'armed group', independent: 'independent' };
export const PRECISION_RADIUS_M = { district: 25000, province: 120000, country: 300000, region: 300000 };
export const PRECISION_WORD = {
  town: 'town',
  district: 'district — approximate, within about 25 km',
  province: 'province — approximate, within about 120 km',
  country: 'country — approximate, within about 300 km',
  region: 'region — approximate, a wide area',
  unresolved: 'a place the reports name but the gazetteer does not know — not on the map',
};
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function num(n) {
  if (n === null || n === undefined || Number.isNaN(Number(n))) return '—';
  return Number(n).toLocaleString('en-US');
}
export function high(n) {
  return n === null || n === undefined ? 'open' : num(n);
}
/** "74–82–open"; "no figure" when the incident has none. */
export function range(d) {
  if (!d) return 'no figure';
  return num(d.low) + '–' + num(d.best) + '–' + high(d.high);
}
/** "low 24 · best 31 · high open" */
export function lowBestHigh(f) {
  return 'low ' + num(f.low) + ' · best ' + num(f.best) + ' · high ' + high(f.high);
}
export function words(s) {
  return String(s === null || s === undefined ? '' : s).replace(/_/g, ' ');
}
export function placeName(p) {
  if (!p) return 'unknown place';
  const parts = [p.name];
  for (const x of [p.admin2, p.admin1, p.country]) {
    if (x && !parts.includes(x)) parts.push(x);
  }
  return parts.filter(Boolean).join(', ');
}
export function parseDay(d) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
}
export function dayLabel(day) {
  const d = new Date(day * 86400000);
  return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()];
}
export function monthLabel(m) {
  const x = /^(\d{4})-(\d{2})/.exec(m || '');
  return x ? MONTHS[+x[2] - 1] + ' ' + x[1] : String(m);
}
/** An incident's event date (the list says `date`, an incident's page `eventDate`); null if unknown. */
export function eventDay(inc) {
  return (inc && (inc.eventDate || inc.date)) || null;
}
export function plural(n, one, many) {
  return num(n) + ' ' + (n === 1 ? one : (many || one + 's'));
}
export function contestedBadge(contested) {
  return contested
    ? h('span', { class: 'badge contested', title: 'the claimants\' figures do not agree' }, 'contested')
    : null;
}
/**
 * A badge for a report that is not in English, from the API's `language` (an ISO 639-1 code such
 * as "de"; "und" when unknown); null for English or when the API says nothing.
 */
export function languageBadge(code) {
  if (typeof code !== 'string' || !code || code === 'en') return null;
  let name = null;
  if (/^[a-z]{2,3}$/.test(code) && code !== 'und') {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    } catch (e) {
      name = null;
    }
  }
  const text = code === 'und' ? 'language?' : /^[a-z]{2,3}$/.test(code) ? code.toUpperCase() : 'not English';
  const title = (code === 'und' ? 'Language unknown' : name && name !== code ? 'In ' + name : 'Not in English') +
    ': not read for claims, only English reports are extracted';
  return h('span', { class: 'badge lang', lang: code === 'und' ? null : code, title, 'data-language': code }, text);
}
export function isHttpUrl(u) {
  return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u);
}

/** Rounds up to a "nice" axis maximum and gives evenly spaced ticks. */
export function niceTicks(max, count, integer) {
  if (!(max > 0)) max = integer ? 1 : 1;
  let step = max / (count || 4);
  const pow = Math.pow(10, Math.floor(Math.log10(step)));
  const f = step / pow;
  step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * pow;
  if (integer) step = Math.max(1, Math.round(step));
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { max: top, ticks };
}

