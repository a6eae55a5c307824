/* Search: reports, quotes and actors that hold the words. */

import { h, replace } from './dom.js';
import { api, errorBox } from './api.js';
import { languageBadge, words } from './format.js';
import { actorLink, gapHref, isCurrent, mount } from './nav.js';
import { reportButton, reportPanel } from './report-panel.js';

/** "... [Kalat] ..." as text nodes with the bracketed words in <mark>. */
function bracketMarks(excerpt) {
  const frag = document.createDocumentFragment();
  const text = String(excerpt || '');
  const re = /\[([^\[\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
    frag.appendChild(h('mark', null, m[1]));
    last = m.index + m[0].length;
  }
  if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
  return frag;
}
function bracketTerms(excerpt) {
  const out = [];
  const re = /\[([^\[\]]*)\]/g;
  let m;
  while ((m = re.exec(String(excerpt || ''))) !== null) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

/** The search page for `q`. */
export async function searchView(q, token) {
  q = (q || '').trim();
  document.title = (q ? 'Search: ' + q : 'Search') + ' — Counterclaim';
  const panel = reportPanel();
  const body = h('div', { id: 'search-results' });
  const root = h('div', { class: 'page search-page two-col' },
    h('div', { class: 'main-col' },
      h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, '← All incidents')),
      h('h1', null, q ? 'Search: “' + q + '”' : 'Search'), body),
    h('div', { class: 'panel-col' }, panel.el));
  mount('search', root);
  if (!q) {
    replace(body, h('p', { class: 'muted' }, 'Type words in the search box above: reports, quotes and actors that contain them are listed here.'));
    return;
  }
  replace(body, h('p', { class: 'muted' }, 'Searching…'));
  let res;
  try {
    res = await api('/api/search', { q });
  } catch (e) {
    if (!isCurrent(token)) return;
    replace(body, errorBox(e, 'Search'));
    return;
  }
  if (!isCurrent(token)) return;
  const items = res.items || [];
  const reports = items.filter((i) => i.kind === 'report');
  const quotes = items.filter((i) => i.kind === 'quote');
  const actors = items.filter((i) => i.kind === 'actor');
  const group = (id, title, list, render) => h('section', { class: 'search-group', id },
    h('h2', null, title + ' ', h('span', { class: 'count-pill' }, String(list.length))),
    list.length ? h('ul', { class: 'results' }, list.map(render)) : h('p', { class: 'muted' }, 'None.'));
  replace(body,
    items.length ? null : h('p', { class: 'notice' }, 'Nothing found for “' + q + '”.'),
    group('search-reports', 'Reports', reports, (r) => h('li', { class: 'result report-result', 'data-report': r.id },
      reportButton(panel, r.id, { terms: bracketTerms(r.excerpt).concat(q.split(/\s+/)) }), ' ', languageBadge(r.language),
      h('p', { class: 'excerpt' }, bracketMarks(r.excerpt)))),
    group('search-quotes', 'Quotes', quotes, (x) => h('li', { class: 'result quote-result' },
      h('blockquote', null, x.text || ''),
      h('p', { class: 'quote-by' }, '— ', h('strong', null, x.speaker || 'unnamed speaker'),
        x.report ? [' · ', reportButton(panel, x.report, { terms: [x.text || ''] })] : null))),
    group('search-actors', 'Actors', actors, (a) => h('li', { class: 'result actor-result' },
      actorLink(a.name), a.type ? h('span', { class: 'muted' }, ' · ' + words(a.type)) : null,
      ' ', h('a', { href: gapHref(a.name), class: 'small' }, 'claimant gap →'))));
}

