/* The report panel: a report's text with a claim's sentence (or search terms) highlighted. */

import { h, clear, replace } from './dom.js';
import { errorBox, getReport } from './api.js';
import { isHttpUrl, languageBadge } from './format.js';

/**
 * The report text as nodes, with text[start, end) in <mark class="evidence">. Offsets are
 * JavaScript string indexes; when they do not give the evidence sentence the sentence is looked
 * up in the text instead.
 */
function highlightEvidence(text, evidence) {
  const frag = document.createDocumentFragment();
  let start = evidence && Number.isInteger(evidence.start) ? evidence.start : -1;
  let end = evidence && Number.isInteger(evidence.end) ? evidence.end : -1;
  let ok = start >= 0 && end > start && end <= text.length;
  if (evidence && typeof evidence.text === 'string' && evidence.text &&
      (!ok || text.slice(start, end) !== evidence.text)) {
    const at = text.indexOf(evidence.text);
    if (at >= 0) {
      start = at;
      end = at + evidence.text.length;
      ok = true;
    }
  }
  if (!ok) {
    frag.appendChild(document.createTextNode(text));
    return { frag, mark: null };
  }
  const mark = h('mark', { class: 'evidence' }, text.slice(start, end));
  frag.appendChild(document.createTextNode(text.slice(0, start)));
  frag.appendChild(mark);
  frag.appendChild(document.createTextNode(text.slice(end)));
  return { frag, mark };
}

/** The report text with every occurrence of the search terms in <mark class="term">. */
function highlightTerms(text, terms) {
  const frag = document.createDocumentFragment();
  const clean = (terms || []).map((t) => t.trim()).filter((t) => t.length > 1);
  if (!clean.length) {
    frag.appendChild(document.createTextNode(text));
    return { frag, mark: null };
  }
  const re = new RegExp('(' + clean.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'gi');
  let last = 0;
  let first = null;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) frag.appendChild(document.createTextNode(text.slice(last, m.index)));
    const mk = h('mark', { class: 'term' }, m[0]);
    if (!first) first = mk;
    frag.appendChild(mk);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
  return { frag, mark: first };
}

/** An empty panel: {el, show(id, opts), reset()}. */
export function reportPanel() {
  const head = h('div', { class: 'report-head' });
  const caption = h('div', { class: 'report-caption' });
  const textEl = h('div', { id: 'report-text', class: 'report-text', tabindex: '0' });
  const closeBtn = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the report', hidden: true }, '×');
  const el = h('aside', { id: 'report-panel', class: 'report-panel', 'aria-label': 'Report text' },
    h('div', { class: 'report-bar' }, h('h2', null, 'Report'), closeBtn), head, caption, textEl);
  let n = 0;

  function reset() {
    n++;
    el.classList.remove('open');
    closeBtn.hidden = true;
    clear(head);
    clear(caption);
    replace(textEl, h('p', { class: 'muted placeholder' },
      'Click a claim (or a report id) to read the report here, with the claim\'s sentence highlighted.'));
    delete el.dataset.report;
  }
  closeBtn.addEventListener('click', reset);
  reset();

  /** Shows report `id`; `opts.evidence` ({start, end, text}) or `opts.terms` are highlighted. */
  async function show(id, opts) {
    const my = ++n;
    opts = opts || {};
    el.classList.add('open');
    closeBtn.hidden = false;
    el.dataset.report = id;
    replace(head, h('p', { class: 'muted' }, 'Loading report ' + id + '…'));
    clear(caption);
    clear(textEl);
    let rep;
    try {
      rep = await getReport(id);
    } catch (e) {
      if (my !== n) return;
      replace(head, errorBox(e, 'Report ' + id));
      return;
    }
    if (my !== n) return;
    const meta = [];
    if (rep.publisher) meta.push(h('span', { class: 'publisher' }, rep.publisher));
    if (rep.published) meta.push(h('span', null, rep.published));
    const lang = languageBadge(rep.language);
    if (lang) meta.push(lang);
    if (rep.source) {
      meta.push(isHttpUrl(rep.source)
        ? h('a', { href: rep.source, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')
        : h('span', null, 'source: ' + rep.source));
    }
    const metaLine = [];
    meta.forEach((m, i) => { if (i) metaLine.push(' · '); metaLine.push(m); });
    replace(head, h('h3', { class: 'report-id' }, rep.id || id), h('p', { class: 'report-meta' }, metaLine));
    if (opts.caption) replace(caption, opts.caption);
    const text = typeof rep.text === 'string' ? rep.text : '';
    const r = opts.evidence ? highlightEvidence(text, opts.evidence) : highlightTerms(text, opts.terms);
    replace(textEl, r.frag);
    if (opts.evidence && !r.mark) {
      caption.appendChild(h('p', { class: 'notice warn' }, 'The claim\'s sentence could not be found in this report text.'));
    }
    textEl.scrollTop = 0;
    if (r.mark) {
      // Bring the sentence into view inside the panel (and the panel into the window).
      requestAnimationFrame(() => r.mark.scrollIntoView({ block: 'center', inline: 'nearest' }));
    }
  }
  return { el, show, reset };
}

/** A button that shows report `id` in `panel`. */
export function reportButton(panel, id, opts) {
  return h('button', {
    type: 'button', class: 'linklike report-link', 'data-report': id, title: 'Read report ' + id,
    onclick: () => panel.show(id, opts),
  }, id);
}

