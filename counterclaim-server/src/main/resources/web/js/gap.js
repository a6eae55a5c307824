/* The claimant gap: a claimant's figures against independent ones, month by month. */

import { h, s, replace } from './dom.js';
import { api, errorBox } from './api.js';
import { monthLabel, niceTicks, num, plural, words } from './format.js';
import { actorLink, gapHref, incidentHref, isCurrent, mount } from './nav.js';
import { reportButton, reportPanel } from './report-panel.js';
import { drawResponsive } from './responsive.js';

function gapChart(months, width) {
  const ms = (months || []).slice().sort((a, b) => String(a.month).localeCompare(String(b.month)));
  if (!ms.length) return h('p', { class: 'muted empty' }, 'No months with figures.');
  const W = Math.round(Math.max(300, Math.min(1200, width || 820))), H = 280;
  const m = { top: 24, right: W < 520 ? 84 : 110, bottom: 48, left: 56 };
  const pw = W - m.left - m.right, ph = H - m.top - m.bottom;
  const ratios = ms.map((x) => x.medianRatio).filter((v) => typeof v === 'number');
  const axis = niceTicks(Math.max(1.5, ...ratios) * 1.08, 5, false);
  const band = pw / ms.length;
  const x = (i) => m.left + band * (i + 0.5);
  const y = (v) => m.top + ph - (v / axis.max) * ph;
  const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart gap', role: 'img',
    'aria-label': 'Monthly median ratio of claimed to independent figures' });
  const g = s('g', { class: 'axis' });
  for (const t of axis.ticks) {
    g.appendChild(s('line', { class: 'gridline', x1: m.left, x2: m.left + pw, y1: y(t), y2: y(t) }));
    g.appendChild(s('text', { x: m.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, t.toFixed(t % 1 ? 1 : 0) + '×'));
  }
  g.appendChild(s('line', { class: 'baseline', x1: m.left, x2: m.left + pw, y1: m.top + ph, y2: m.top + ph }));
  const every = Math.ceil(ms.length / Math.max(1, Math.floor(pw / 70)));
  ms.forEach((mo, i) => {
    if (i % every) return;
    g.appendChild(s('text', { x: x(i), y: m.top + ph + 18, 'text-anchor': 'middle' }, monthLabel(mo.month)));
    if (typeof mo.medianRatio !== 'number') {
      g.appendChild(s('text', { x: x(i), y: m.top + ph + 32, 'text-anchor': 'middle', class: 'muted-text' }, 'no comparison'));
    }
  });
  g.appendChild(s('text', { x: 16, y: m.top + ph / 2, transform: 'rotate(-90 16 ' + (m.top + ph / 2) + ')',
    'text-anchor': 'middle', class: 'axis-title' }, 'median ratio claimed / independent'));
  svg.appendChild(g);
  // reference line at 1.0
  svg.appendChild(s('g', { class: 'reference' },
    s('line', { x1: m.left, x2: m.left + pw, y1: y(1), y2: y(1) }),
    s('text', { x: m.left + pw + 6, y: y(1) + 4 }, '1.0 = same'),
    s('text', { x: m.left + pw + 6, y: y(1) - 14, class: 'muted-text' }, W < 520 ? '↑ higher' : '↑ claims higher'),
    s('text', { x: m.left + pw + 6, y: y(1) + 22, class: 'muted-text' }, W < 520 ? '↓ lower' : '↓ claims lower')));
  // line, broken where a month has no comparison
  let d = '';
  let pen = false;
  ms.forEach((mo, i) => {
    if (typeof mo.medianRatio === 'number') {
      d += (pen ? 'L' : 'M') + x(i).toFixed(1) + ',' + y(mo.medianRatio).toFixed(1);
      pen = true;
    } else {
      pen = false;
    }
  });
  if (d) svg.appendChild(s('path', { class: 'gap-line', d }));
  const dots = s('g', { class: 'gap-dots' });
  ms.forEach((mo, i) => {
    if (typeof mo.medianRatio !== 'number') return;
    const r = 3.5 + Math.min(6, Math.sqrt(mo.compared || 1) * 1.3);
    dots.appendChild(s('circle', { cx: x(i), cy: y(mo.medianRatio), r, class: mo.medianRatio > 1 ? 'above' : 'below' },
      s('title', null, monthLabel(mo.month) + ': median ratio ' + mo.medianRatio.toFixed(2) + '× over ' +
        plural(mo.compared || 0, 'compared figure') + ' (' + plural(mo.figures || 0, 'figure') + '); claimed ' +
        num(mo.claimed) + ', independent ' + num(mo.independent))));
  });
  svg.appendChild(dots);
  return svg;
}

/** The gap page of `actor` (the list of claimants when empty). */
export async function gapView(actor, token) {
  actor = (actor || '').trim();
  document.title = (actor ? actor + ' — claimant gap' : 'Claimant gap') + ' — Counterclaim';
  const input = h('input', { id: 'gap-actor', name: 'actor', type: 'text', value: actor, list: 'actor-options', placeholder: 'e.g. ISPR' });
  const datalist = h('datalist', { id: 'actor-options' });
  const form = h('form', { id: 'gap-form', class: 'inline-form', autocomplete: 'off' },
    h('label', { for: 'gap-actor' }, 'Claimant or armed group '), input, datalist,
    h('button', { type: 'submit', class: 'primary' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = input.value.trim();
    location.hash = a ? gapHref(a) : '#/gap/';
  });
  const body = h('div', { class: 'gap-body' }, h('p', { class: 'muted' }, actor ? 'Loading…' : ''));
  const panel = reportPanel();
  const root = h('div', { class: 'page gap-page two-col' },
    h('div', { class: 'main-col' },
      h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, '← All incidents')),
      h('h1', { id: 'gap-title' }, actor ? 'Claimant gap: ' + actor : 'Claimant gap'),
      h('p', { class: 'lede' }, 'How the figures a claimant gives compare with independent figures for the same incidents and victims. ',
        'A ratio of 2 means the claimant\'s figure is twice the independent one.'),
      form, body),
    h('div', { class: 'panel-col' }, panel.el));
  mount('gap', root);

  const actorsP = api('/api/actors').then((a) => a.items || []);
  actorsP.then((items) => {
    items.forEach((x) => datalist.appendChild(h('option', { value: x.name }, words(x.type))));
  }, () => {});

  if (!actor) {
    try {
      const items = await actorsP;
      if (!isCurrent(token)) return;
      replace(body, items.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'data actors' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Type'),
            h('th', { scope: 'col', class: 'num' }, 'Claims'), h('th', { scope: 'col', class: 'num' }, 'Incidents'))),
          h('tbody', null, items.map((x) => h('tr', null, h('td', null, actorLink(x.name)), h('td', null, words(x.type)),
            h('td', { class: 'num' }, num(x.claims)), h('td', { class: 'num' }, num(x.incidents)))))))
        : h('p', { class: 'muted' }, 'No claimants in the ledger yet.'));
    } catch (e) {
      if (!isCurrent(token)) return;
      replace(body, errorBox(e, 'Claimants'));
    }
    return;
  }

  let gap;
  try {
    gap = await api('/api/gap', { actor });
  } catch (e) {
    if (!isCurrent(token)) return;
    replace(body, errorBox(e, 'Claimant gap of ' + actor));
    return;
  }
  if (!isCurrent(token)) return;
  const figs = gap.figures || [];
  const gapHolder = h('div', { id: 'gap-chart', class: 'chart-box' });
  replace(body,
    h('section', null,
      h('h2', null, 'Monthly median ratio'),
      gapHolder),
    h('section', null,
      h('h2', null, 'Figure by figure'),
      figs.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data gap-table' },
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, 'Incident'), h('th', { scope: 'col' }, 'Event date'), h('th', { scope: 'col' }, 'Claimant'),
          h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col', class: 'num' }, 'Claimed'),
          h('th', { scope: 'col', class: 'num' }, 'Independent'), h('th', { scope: 'col', class: 'num' }, 'Ratio'),
          h('th', { scope: 'col' }, 'Report'))),
        h('tbody', null, figs.map((f) => h('tr', { class: 'gap-row' + (typeof f.ratio === 'number' && f.ratio > 1 ? ' above' : '') },
          h('td', null, h('a', { href: incidentHref(f.incident) }, f.incident)),
          h('td', null, f.eventDate || '—'),
          h('td', null, f.claimant || '—'),
          h('td', null, words(f.victims) + ' ' + words(f.outcome)),
          h('td', { class: 'num' }, num(f.claimed)),
          h('td', { class: 'num' }, f.independent === null || f.independent === undefined ? h('span', { class: 'muted' }, 'none') : num(f.independent)),
          h('td', { class: 'num' }, typeof f.ratio === 'number' ? f.ratio.toFixed(2) + '×' : h('span', { class: 'muted' }, '—')),
          h('td', null, f.report ? reportButton(panel, f.report) : '—')))))) :
        h('p', { class: 'muted' }, 'No figures by this claimant.')));
  drawResponsive(gapHolder, (w) => gapChart(gap.months, w));
}

