/* Access to the REST API: JSON answers, errors as ApiError, cached reports and server config. */

import { h } from './dom.js';

/** An API answer that is not a success: its status and the server's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** "?k=v&…" of the params that have a value; "" when none do. */
export function query(params) {
  const p = new URLSearchParams();
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
    }
  }
  const q = p.toString();
  return q ? '?' + q : '';
}

/** The JSON answer of GET path?params; an ApiError with the server's message otherwise. */
export async function api(path, params) {
  let res;
  try {
    res = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'The server could not be reached.');
  }
  const body = await res.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch (e) {
    json = null;
  }
  if (!res.ok) {
    const status = (json && json.status) || res.status;
    const message = (json && typeof json.message === 'string' && json.message) || res.statusText || 'request failed';
    throw new ApiError(status, message);
  }
  if (json === null) throw new ApiError(res.status, 'The server\'s answer is not JSON.');
  return json;
}

/** A box saying what failed and why. */
export function errorBox(err, what) {
  const status = err && err.status ? 'Error ' + err.status : 'Error';
  const msg = err && err.message ? err.message : String(err);
  return h('div', { class: 'notice error', role: 'alert' },
    h('strong', null, what ? what + ' — ' + status + ': ' : status + ': '), msg);
}

const reportCache = new Map();
/** The report `id` (asked for once). */
export function getReport(id) {
  if (!reportCache.has(id)) {
    const p = api('/api/report', { id });
    p.catch(() => reportCache.delete(id));
    reportCache.set(id, p);
  }
  return reportCache.get(id);
}

let configPromise = null;
/** What the page needs to know of the server (tiles, read-only). */
export function getConfig() {
  if (!configPromise) {
    configPromise = api('/api/config').catch(() => ({ tiles: null, readOnly: true }));
  }
  return configPromise;
}

