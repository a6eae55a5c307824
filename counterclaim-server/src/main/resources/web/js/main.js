/*
 * Counterclaim web page: a ledger of violent incidents where every casualty figure keeps its
 * claimant. Plain ES modules, no build step; uses Leaflet (global L) and topojson-client (global
 * topojson), both served by the same server. Works without internet.
 *
 * Security rule for these files: text that comes from the API or from reports is only ever put
 * into the page with text nodes (h()/s() in dom.js, textContent, createTextNode) or attribute
 * values, never with innerHTML.
 *
 * Copyright the Counterclaim authors. Free software under the GNU GPL.
 */

import { h } from './dom.js';
import { query } from './api.js';
import { mount, nextToken, parseHash, setNav } from './nav.js';
import { homeRoute } from './home.js';
import { incidentView } from './incident.js';
import { gapView } from './gap.js';
import { searchView } from './search.js';

/** Shows the view the hash names: home (with filters), an incident, a claimant's gap, search. */
function route() {
  const { parts, params } = parseHash();
  const token = nextToken();
  const head = parts[0] || '';
  const input = document.getElementById('search-input');
  if (head !== 'search' && input && document.activeElement !== input) input.value = '';
  if (head === '') {
    setNav('home');
    homeRoute(params, token);
  } else if (head === 'incident' && parts.length > 1 && parts.slice(1).join('/')) {
    setNav('');
    incidentView(parts.slice(1).join('/'), params, token);
  } else if (head === 'gap') {
    setNav('gap');
    gapView(parts.slice(1).join('/'), token);
  } else if (head === 'search') {
    setNav('');
    const q = params.get('q') || '';
    if (input) input.value = q;
    searchView(q, token);
  } else {
    setNav('');
    document.title = 'Not found — Counterclaim';
    mount('notfound', h('div', { class: 'page' },
      h('h1', null, 'Page not found'),
      h('p', null, 'There is no page at this address. ', h('a', { href: '#/' }, 'Go to the incidents.'))));
  }
}

function start() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  if (form && input) {
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = input.value.trim();
      if (!q) { input.focus(); return; }
      const target = '#/search' + query({ q });
      if (location.hash === target) route();
      else location.hash = target;
    });
  }
  window.addEventListener('hashchange', route);
  route();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
