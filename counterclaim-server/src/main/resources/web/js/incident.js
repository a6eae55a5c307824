/*
 * An incident: its facts, every figure with its claims (chart and sentences), its reports and
 * why they were joined. A claim's sentence has a permalink, #/incident/ID?report=R&at=START-END
 * (the sentence's offsets in the report's text), which opens the incident with that sentence
 * highlighted.
 */

import { appendChildren, h, replace } from './dom.js';
import { api, errorBox } from './api.js';
import {
  COLORS, PRECISION_WORD, SIDE_LABEL, contestedBadge, eventDay, languageBadge, lowBestHigh, placeName, plural, range, words,
} from './format.js';
import { actorLinks, incidentHref, isCurrent, mount } from './nav.js';
import { reportButton, reportPanel } from './report-panel.js';
import { drawResponsive } from './responsive.js';
import { claimCount, claimLabel, intervalChart } from './interval-chart.js';

/** The permalink parameters of a sentence of report `report`: {report, at: "start-end"}. */
function sentenceParams(report, evidence) {
  const ok = evidence && Number.isInteger(evidence.start) && Number.isInteger(evidence.end);
  return { report, at: ok ? evidence.start + '-' + evidence.end : null };
}

/** The sentence a permalink names: {report, start, end}, or null. */
function linkedSentence(params) {
  const report = params.get('report');
  const at = /^(\d+)-(\d+)$/.exec(params.get('at') || '');
  return report && at ? { report, start: +at[1], end: +at[2] } : null;
}

/** A link to the sentence, and a button that copies it. */
function permalink(href) {
  const absolute = () => location.origin + location.pathname + href;
  const note = h('span', { class: 'copy-note muted', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'secondary small copy-link' }, 'Copy link');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(absolute());
      note.textContent = ' copied';
    } catch (e) {
      // no clipboard (an insecure page, a refused permission): show the address, selected
      const field = h('input', { type: 'text', class: 'copy-field', readonly: true, value: absolute(), 'aria-label': 'Link to this sentence' });
      replace(note, field);
      field.select();
    }
  });
  return h('p', { class: 'sentence-link' },
    h('a', { class: 'permalink', href, title: 'A link that opens this incident with this sentence highlighted' }, 'Link to this sentence'),
    ' ', copy, note);
}

function figureBlock(fig, panel, incidentId) {
  const title = words(fig.victims) + ' ' + words(fig.outcome);
  const block = h('section', { class: 'figure', 'data-outcome': fig.outcome, 'data-victims': fig.victims });
  const claims = fig.claims || [];
  const list = h('ol', { class: 'claim-list' });
  const chartHolder = h('div', { class: 'interval-chart' });

  let activeIndex = -1;
  function pick(c, i) {
    const href = incidentHref(incidentId, sentenceParams(c.report, c.evidence));
    if (location.hash !== href) history.replaceState(null, '', href);
    document.querySelectorAll('.figure').forEach((f) => { if (f.clearActive) f.clearActive(); });
    activeIndex = i;
    document.querySelectorAll('.claim-row.active, .claim-quote.active').forEach((e) => e.classList.remove('active'));
    block.querySelectorAll('[data-index="' + i + '"]').forEach((e) => e.classList.add('active'));
    panel.show(c.report, {
      evidence: c.evidence,
      caption: [h('p', { class: 'claim-caption' },
        h('span', { class: 'side-dot', style: 'background:' + (COLORS.side[c.side] || '#777') }),
        title + ' — ' + claimLabel(c) + ': ' + claimCount(c) +
        (c.status && c.status !== 'current' ? ' (' + c.status + ')' : '')), permalink(href)],
    });
  }

  claims.forEach((c, i) => {
    const inactive = c.status && c.status !== 'current';
    list.appendChild(h('li', { class: inactive ? 'inactive' : null },
      h('button', {
        type: 'button', class: 'claim-quote', 'data-report': c.report, 'data-status': c.status || 'current', 'data-index': i,
        onclick: () => pick(c, i),
      },
      h('span', { class: 'who', style: 'color:' + (inactive ? COLORS.inactive : (COLORS.side[c.side] || '#333')) }, claimLabel(c)),
      h('span', { class: 'muted' }, ' (' + (SIDE_LABEL[c.side] || words(c.side)) +
        (c.claimantType ? ', ' + words(c.claimantType) : '') + ')'),
      ': ', h('strong', null, claimCount(c)), c.language ? [' ', languageBadge(c.language)] : null,
      c.evidence && c.evidence.text ? h('q', { class: 'sentence' }, c.evidence.text) : null,
      h('span', { class: 'meta' },
        [c.publisher, c.published, c.relayedBy && c.relayedBy !== c.publisher ? 'relayed by ' + c.relayedBy : null,
          c.selfInterested ? 'serves its claimant' : null, inactive ? c.status : null, 'report ' + c.report]
          .filter(Boolean).join(' · ')))));
  });

  appendChildren(block, [
    h('h3', { class: 'figure-title' },
      h('span', { class: 'what' }, title + ': '),
      h('span', { class: 'reconciled' }, lowBestHigh(fig)),
      fig.contested ? [' — ', contestedBadge(true)] : null),
    h('p', { class: 'basis' },
      'Basis: ', fig.basis || 'not stated',
      ' · ', plural(fig.claimants || 0, 'claimant'), ' · ', plural(fig.sources || 0, 'source')),
    chartHolder,
    h('details', { class: 'claims-details', open: true },
      h('summary', null, 'The claims, sentence by sentence (' + claims.length + ')'),
      list)]);
  block.clearActive = () => { activeIndex = -1; };
  /** Picks the claim whose sentence is `sentence` ({report, start, end}); false when none is. */
  block.pickSentence = (sentence) => {
    const i = claims.findIndex((c) => c.report === sentence.report && c.evidence &&
      c.evidence.start === sentence.start && c.evidence.end === sentence.end);
    if (i < 0) return false;
    pick(claims[i], i);
    const row = list.querySelector('[data-index="' + i + '"]');
    if (row) row.scrollIntoView({ block: 'center' });
    return true;
  };
  /** Draws the chart; call once the block is in the page. */
  block.drawChart = () => drawResponsive(chartHolder, (w) => intervalChart(fig, pick, w, activeIndex));
  return block;
}

function linkEvidence(e) {
  const out = [];
  if (typeof e.text === 'number') out.push('words alike ' + e.text.toFixed(2));
  if (e.days !== null && e.days !== undefined) {
    out.push(e.days === 0 ? 'same event date' : e.days + ' day' + (e.days === 1 ? '' : 's') + ' apart');
  }
  if (e.place) out.push('both at ' + e.place);
  else if (e.division) out.push('both in ' + e.division);
  if (e.otherTowns) out.push('different towns');
  if (e.farApart) out.push('places in different provinces');
  if (Array.isArray(e.groups) && e.groups.length) out.push('both name ' + e.groups.join(', '));
  if (e.veto) out.push('ruled out: ' + e.veto);
  if (typeof e.score === 'number') out.push('score ' + e.score.toFixed(2));
  return out;
}

/** The page of incident `id`; `params` may name a sentence to highlight (a permalink). */
export async function incidentView(id, params, token) {
  document.title = 'Incident ' + id + ' — Counterclaim';
  const root = h('div', { class: 'page incident-page' }, h('p', { class: 'muted' }, 'Loading incident ' + id + '…'));
  mount('incident', root);
  let inc;
  try {
    inc = await api('/api/incidents/' + encodeURIComponent(id));
  } catch (e) {
    if (!isCurrent(token)) return;
    replace(root, h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, '← All incidents')), errorBox(e, 'Incident ' + id));
    return;
  }
  if (!isCurrent(token)) return;
  const panel = reportPanel();
  const p = inc.place || {};
  document.title = 'Incident ' + inc.id + ', ' + (p.name || '') + ', ' + (eventDay(inc) || '') + ' — Counterclaim';

  const facts = h('dl', { class: 'facts' });
  const fact = (term, ...desc) => { facts.appendChild(h('dt', null, term)); facts.appendChild(h('dd', null, desc)); };
  fact('Date', eventDay(inc) || 'unknown', inc.dateFrom ? h('span', { class: 'muted' }, ' (from ' + inc.dateFrom + ')') : null);
  fact('Place', placeName(p),
    p.precision ? h('span', { class: 'precision-word' }, ' — located to ' + (PRECISION_WORD[p.precision] || p.precision)) : null,
    typeof p.lat === 'number' ? h('span', { class: 'muted' }, ' · ' + p.lat.toFixed(2) + ', ' + p.lon.toFixed(2)) : null);
  fact('Armed groups', actorLinks(inc.armedGroups));
  fact('Victims', inc.victims && inc.victims.length ? inc.victims.map(words).join(', ') : h('span', { class: 'muted' }, 'none named'));
  fact('Deaths', h('span', { class: 'deaths-range', id: 'incident-deaths' },
    inc.deaths ? lowBestHigh(inc.deaths) : 'no figure'), inc.contested ? [' ', contestedBadge(true)] : null,
  h('span', { class: 'muted' }, ' (reconciled)'));
  fact('Sources', plural(inc.sources || 0, 'source') + ' · ' + plural(inc.claims || 0, 'claim') + ' · ' +
    plural((inc.reports || []).length, 'report'));
  const children = inc.children || [];
  if (children.length) {
    fact('Sites', h('ul', { class: 'sites' }, children.map((c) => h('li', null,
      h('a', { href: incidentHref(c.id) }, (c.place && c.place.name) || c.id), ' ',
      h('span', { class: 'muted' }, c.id + ' · deaths ' + range(c.deaths) + ' · ' + plural(c.claims || 0, 'claim'))))));
  } else if (inc.sites && inc.sites.length) {
    fact('Sites', inc.sites.map((x) => x.name).join(', '));
  }

  const crumbs = [h('a', { href: '#/' }, '← All incidents')];
  if (inc.parent) crumbs.push(' · site of ', h('a', { href: incidentHref(inc.parent) }, 'incident ' + inc.parent));

  const figures = inc.figures || [];
  const figSection = h('section', { class: 'figures' },
    h('h2', null, 'Figures and their claimants'),
    figures.length
      ? h('p', { class: 'hint muted' }, 'Each row is one claim: its bar runs from low to high (a fading bar is open-ended), the dot is its best figure. The shaded band is the reconciled range. Click a claim to read its sentence in the report.')
      : h('p', { class: 'muted' }, 'No casualty figures in this incident\'s reports.'),
    figures.map((f) => figureBlock(f, panel, inc.id)));

  const reports = inc.reports || [];
  const reportsSection = h('section', { class: 'reports' },
    h('h2', null, 'Reports'),
    reports.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Publisher'), h('th', { scope: 'col' }, 'Published'),
        h('th', { scope: 'col' }, 'Report'), h('th', { scope: 'col' }, ''))),
      h('tbody', null, reports.map((r) => h('tr', { class: 'report-row', 'data-report': r.id },
        h('td', null, r.publisher || '—'), h('td', null, r.published || '—'),
        h('td', null, reportButton(panel, r.id), r.language ? [' ', languageBadge(r.language)] : null),
        h('td', null, r.reprintOf ? ['reprint of ', reportButton(panel, r.reprintOf)] : ''))))))
      : h('p', { class: 'muted' }, 'No reports.'));

  const links = inc.links || [];
  const linksSection = h('section', { class: 'links' },
    h('h2', null, 'Why these reports are one incident'),
    links.length ? h('ul', { class: 'why' }, links.map((l) => h('li', null,
      reportButton(panel, l.a), ' + ', reportButton(panel, l.b), ': ',
      h('span', { class: 'badge reason' }, l.reason || 'joined'), ' ',
      l.evidence ? h('span', { class: 'evidence-chips' }, linkEvidence(l.evidence).map((t) => h('span', { class: 'chip' }, t))) : null)))
      : h('p', { class: 'muted' }, reports.length > 1 ? 'No links recorded.' : 'One report: nothing was joined.'));

  replace(root,
    h('div', { class: 'two-col' },
      h('div', { class: 'main-col' },
        h('p', { class: 'breadcrumb' }, crumbs),
        h('h1', { id: 'incident-title' }, 'Incident ' + inc.id + ': ' + (p.name || 'unknown place') + ', ' + (eventDay(inc) || 'date unknown')),
        facts, figSection, reportsSection, linksSection),
      h('div', { class: 'panel-col' }, panel.el)));
  root.querySelectorAll('.figure').forEach((b) => b.drawChart());
  const sentence = linkedSentence(params);
  if (sentence && ![...root.querySelectorAll('.figure')].some((b) => b.pickSentence(sentence))) {
    panel.show(sentence.report, {
      evidence: { start: sentence.start, end: sentence.end },
      caption: h('p', { class: 'notice warn' }, 'No claim of this incident comes from this sentence any more; it is shown as linked.'),
    });
  }
}

