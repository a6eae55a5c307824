/*
 * The list of incidents under the map: a page at a time, newest first, paged with the API's
 * cursor, and links to download every incident that matches the filters as CSV or GeoJSON.
 */

import { h, replace } from './dom.js';
import { api, errorBox, query } from './api.js';
import { contestedBadge, eventDay, num, plural, range } from './format.js';
import { actorLinks, incidentHref } from './nav.js';

/** Incidents per page of the list. */
const LIST_PAGE = 50;

function incidentTable(items) {
  const rows = items.map((inc) => {
    const p = inc.place || {};
    return h('tr', { class: 'incident-row' + (inc.contested ? ' is-contested' : ''), 'data-id': inc.id },
      h('td', { class: 'id' }, h('a', { href: incidentHref(inc.id) }, inc.id)),
      h('td', { class: 'date' }, eventDay(inc) || ''),
      h('td', { class: 'place' }, p.name || 'unknown', p.precision && p.precision !== 'town'
        ? h('span', { class: 'precision' }, ' ' + p.precision) : null,
      (inc.sites && inc.sites.length) ? h('span', { class: 'muted' }, ' · ' + plural(inc.sites.length, 'site')) : null),
      h('td', { class: 'groups' }, (inc.armedGroups && inc.armedGroups.length) ? actorLinks(inc.armedGroups) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'deaths num' }, range(inc.deaths)),
      h('td', { class: 'contested' }, inc.contested ? contestedBadge(true) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'sources num' }, num(inc.sources)));
  });
  const table = h('table', { class: 'data incidents' },
    h('caption', { class: 'visually-hidden' }, 'Incidents, newest first'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Incident'), h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Place'),
      h('th', { scope: 'col' }, 'Armed groups'), h('th', { scope: 'col', class: 'num' }, 'Deaths low–best–high'),
      h('th', { scope: 'col' }, 'Figures'), h('th', { scope: 'col', class: 'num' }, 'Sources'))),
    h('tbody', null, rows));
  return h('div', { class: 'table-wrap' }, table);
}

/** Links to every incident matching `filters` as CSV and GeoJSON (the API's downloads). */
export function downloadLinks(filters) {
  const q = query(filters);
  return h('p', { class: 'downloads' }, 'Download the incidents that match: ',
    h('a', { id: 'download-csv', href: '/api/incidents.csv' + q, download: 'incidents.csv', type: 'text/csv' }, 'CSV'),
    ' · ',
    h('a', { id: 'download-geojson', href: '/api/incidents.geojson' + q, download: 'incidents.geojson', type: 'application/geo+json' }, 'GeoJSON'));
}

/**
 * The paged list in `el`; `hooks.enter(id)` and `hooks.leave(id)` are told when the pointer is
 * over an incident's row. Answers {load(filters)}.
 */
export function incidentList(el, hooks) {
  let asked = 0;
  let filters = {};
  let cursors = [null];    // the cursor of each page seen so far (the first page has none)
  let index = 0;

  async function show(i) {
    const my = ++asked;
    const head = el.querySelector('.pager');
    if (head) head.classList.add('loading');
    let answer;
    try {
      answer = await api('/api/incidents', Object.assign({}, filters, { limit: LIST_PAGE, cursor: cursors[i] }));
    } catch (e) {
      if (my !== asked) return;
      replace(el, errorBox(e, 'Incidents'));
      return;
    }
    if (my !== asked) return;
    index = i;
    const items = answer.items || [];
    if (answer.next) cursors[i + 1] = answer.next;
    cursors = cursors.slice(0, answer.next ? i + 2 : i + 1);
    if (!items.length && i === 0) {
      replace(el, h('p', { class: 'muted empty' }, 'No incidents match these filters.'));
      return;
    }
    const first = i * LIST_PAGE + 1;
    const total = typeof answer.total === 'number' ? ' of ' + num(answer.total) : '';
    const pager = (where) => h('nav', { class: 'pager pager-' + where, 'aria-label': 'Pages of incidents (' + where + ')' },
      h('button', { type: 'button', class: 'secondary newer', disabled: i === 0, onclick: () => turn(i - 1) }, '← Newer'),
      h('span', { class: 'page-range' }, 'Incidents ' + num(first) + '–' + num(first + items.length - 1) + total),
      h('button', { type: 'button', class: 'secondary older', disabled: !answer.next, onclick: () => turn(i + 1) }, 'Older →'));
    replace(el, pager('top'), incidentTable(items), items.length > 15 ? pager('bottom') : null);
    el.querySelectorAll('.incident-row').forEach((row) => {
      row.addEventListener('click', (ev) => {
        if (ev.target.closest('a, button')) return;
        location.hash = incidentHref(row.dataset.id);
      });
      row.addEventListener('mouseenter', () => hooks.enter(row.dataset.id));
      row.addEventListener('mouseleave', () => hooks.leave(row.dataset.id));
    });
  }

  async function turn(i) {
    await show(i);
    if (index === i) el.scrollIntoView({ block: 'start', behavior: 'auto' });
  }

  return {
    /** Shows the first page of the incidents matching `f`. */
    load(f) {
      filters = f;
      cursors = [null];
      index = 0;
      replace(el, h('p', { class: 'muted' }, 'Loading incidents…'));
      return show(0);
    },
  };
}
