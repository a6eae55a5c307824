/*
 * Links and the lifecycle of views: every navigation takes a new token, and a view drops answers
 * that arrive after another navigation (isCurrent).
 */

import { h, replace } from './dom.js';

/** The link of incident `id`; `params` (e.g. a claim's report and sentence) go after "?". */
export function incidentHref(id, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  }
  const q = p.toString();
  return '#/incident/' + encodeURIComponent(id) + (q ? '?' + q : '');
}
export function gapHref(actor) { return '#/gap/' + encodeURIComponent(actor); }
export function actorLink(name) {
  return h('a', { href: gapHref(name), class: 'actor-link', title: 'Claimant gap of ' + name }, name);
}
export function actorLinks(names) {
  if (!names || !names.length) return h('span', { class: 'muted' }, 'none named');
  const out = [];
  names.forEach((n, i) => {
    if (i) out.push(', ');
    out.push(actorLink(n));
  });
  return h('span', null, out);
}

let seq = 0;            // increases with every navigation; late answers for old views are dropped
let current = null;     // {name, root, dispose, update}
const app = () => document.getElementById('app');

/** A new navigation's token; answers for older tokens are dropped. */
export function nextToken() {
  return ++seq;
}
/** Whether `token` is the latest navigation's. */
export function isCurrent(token) {
  return token === seq;
}
/** The latest navigation's token. */
export function currentToken() {
  return seq;
}
/** The view on the page: {name, root, dispose?, update?}, or null. */
export function currentView() {
  return current;
}

/** Routes the current hash again (when a form leads to the address already shown). */
export function reroute() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Replaces the page's view with `root`; `extra` may carry dispose() and update(). */
export function mount(name, root, extra) {
  if (current && current.dispose) {
    try { current.dispose(); } catch (e) { /* ignore */ }
  }
  current = Object.assign({ name, root }, extra || {});
  replace(app(), root);
  window.scrollTo(0, 0);
}

/** The hash as path parts and query parameters. */
export function parseHash() {
  let hash = location.hash.replace(/^#/, '');
  if (!hash.startsWith('/')) hash = '/' + hash;
  const qi = hash.indexOf('?');
  const path = qi >= 0 ? hash.slice(0, qi) : hash;
  const params = new URLSearchParams(qi >= 0 ? hash.slice(qi + 1) : '');
  const parts = path.split('/').slice(1).map((p) => {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  return { parts, params };
}

/** Marks the main navigation's link of `section` as current. */
export function setNav(section) {
  document.querySelectorAll('.site-nav a').forEach((a) => {
    if (a.dataset.nav === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

