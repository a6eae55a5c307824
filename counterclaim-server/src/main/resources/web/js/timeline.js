/*
 * The timeline: deaths (sum of best figures) as bars and incidents as a line, per day, week,
 * month or year — whichever fits the width — over a range the reader zooms: with the buttons,
 * by dragging across the chart, or with Ctrl and the mouse wheel (a trackpad's pinch).
 */

import { h, s } from './dom.js';
import { MONTHS, dayLabel, niceTicks, num, parseDay, plural } from './format.js';
import { drawResponsive, redrawNow } from './responsive.js';

const MIN_SPAN = 7;          // days: the closest zoom
const MIN_BAR_PX = 3;        // a bin narrower than this is merged into a longer one
const UNITS = ['day', 'week', 'month', 'year'];

/** The ISO date (yyyy-mm-dd) of day number `day` (days since 1970-01-01). */
function isoDay(day) {
  return new Date(Math.round(day) * 86400000).toISOString().slice(0, 10);
}

/** The first day of the `unit` that holds `day`, and the first day of the next. */
function binOf(day, unit) {
  if (unit === 'day') return [day, day + 1];
  if (unit === 'week') {
    const monday = day - ((day + 3) % 7 + 7) % 7;   // 1970-01-05 was a Monday
    return [monday, monday + 7];
  }
  const d = new Date(day * 86400000);
  const y = d.getUTCFullYear();
  if (unit === 'month') {
    const m = d.getUTCMonth();
    return [Date.UTC(y, m, 1) / 86400000, Date.UTC(y, m + 1, 1) / 86400000];
  }
  return [Date.UTC(y, 0, 1) / 86400000, Date.UTC(y + 1, 0, 1) / 86400000];
}

function binLabel(start, unit) {
  const d = new Date(start * 86400000);
  if (unit === 'day') return isoDay(start);
  if (unit === 'week') return 'week of ' + isoDay(start);
  if (unit === 'month') return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  return String(d.getUTCFullYear());
}

/** The days summed into bins of `unit`, in order. */
function bins(days, unit) {
  const out = [];
  for (const d of days) {
    const [start, end] = binOf(d.day, unit);
    let b = out[out.length - 1];
    if (!b || b.start !== start) {
      b = { start, end, deaths: 0, incidents: 0, contested: 0 };
      out.push(b);
    }
    b.deaths += d.deaths || 0;
    b.incidents += d.incidents || 0;
    b.contested += d.contested || 0;
  }
  return out;
}

/**
 * Draws the zoomable timeline of `items` (the API's days: date, incidents, deaths, contested)
 * into `holder`.
 */
export function timeline(holder, items) {
  const days = items
    .map((it) => Object.assign({ day: parseDay(it.date) }, it))
    .filter((it) => it.day !== null)
    .sort((a, b) => a.day - b.day);
  if (!days.length) {
    holder.replaceChildren(h('p', { class: 'muted empty' }, 'No incidents in this period.'));
    return;
  }
  const full = { from: days[0].day, to: days[days.length - 1].day + 1 };   // whole days: [from, to)
  if (full.to - full.from < MIN_SPAN) {
    const mid = (full.from + full.to) / 2;
    full.from = mid - MIN_SPAN / 2;
    full.to = mid + MIN_SPAN / 2;
  }
  const view = { from: full.from, to: full.to };
  const cache = new Map();
  const binned = (unit) => {
    if (!cache.has(unit)) cache.set(unit, bins(days, unit));
    return cache.get(unit);
  };

  const rangeLabel = h('span', { class: 'tl-range', 'aria-live': 'polite' });
  const button = (cls, text, label, onclick) =>
    h('button', { type: 'button', class: 'secondary small ' + cls, 'aria-label': label, title: label, onclick }, text);
  const zoomOut = button('tl-zoom-out', '−', 'Zoom out', () => zoom(2));
  const reset = button('tl-reset', 'All', 'Show the whole period', () => setView(full.from, full.to));
  const toolbar = h('div', { class: 'tl-toolbar' },
    button('tl-pan-left', '◀', 'Earlier', () => pan(-0.5)),
    button('tl-zoom-in', '+', 'Zoom in', () => zoom(0.5)),
    zoomOut, reset,
    button('tl-pan-right', '▶', 'Later', () => pan(0.5)),
    rangeLabel,
    h('span', { class: 'muted tl-hint' }, 'drag across the chart to zoom in'));
  const chartHolder = h('div', { class: 'tl-chart' });
  holder.replaceChildren(toolbar, chartHolder);

  function setView(from, to) {
    let span = Math.max(MIN_SPAN, Math.min(full.to - full.from, to - from));
    let a = (from + to) / 2 - span / 2;
    a = Math.max(full.from, Math.min(full.to - span, a));
    view.from = a;
    view.to = a + span;
    redrawNow(chartHolder);
  }
  function zoom(factor, at) {
    const c = at === undefined ? (view.from + view.to) / 2 : at;
    setView(c - (c - view.from) * factor, c + (view.to - c) * factor);
  }
  function pan(share) {
    const span = view.to - view.from;
    setView(view.from + span * share, view.to + span * share);
  }

  drawResponsive(chartHolder, (width) => {
    const whole = view.to - view.from >= full.to - full.from - 1e-6;
    zoomOut.disabled = whole;
    reset.disabled = whole;
    rangeLabel.textContent = isoDay(Math.floor(view.from)) + ' – ' + isoDay(Math.ceil(view.to) - 1);
    return chart(width);
  });

  function chart(width) {
    const W = Math.round(Math.max(300, Math.min(1600, width || 860))), H = 230;
    const m = { top: 14, right: W < 520 ? 40 : 50, bottom: 44, left: W < 520 ? 44 : 56 };
    const pw = W - m.left - m.right, ph = H - m.top - m.bottom;
    const span = view.to - view.from;
    const x = (d) => m.left + ((d - view.from) / span) * pw;
    const unit = UNITS.find((u) => u === 'year' || (binOf(0, u)[1] - binOf(0, u)[0]) * pw / span >= MIN_BAR_PX);
    const shown = binned(unit).filter((b) => b.end > view.from && b.start < view.to);
    const deathAxis = niceTicks(Math.max(0, ...shown.map((b) => b.deaths)), 4, true);
    const incAxis = niceTicks(Math.max(0, ...shown.map((b) => b.incidents)), 4, true);
    const yD = (v) => m.top + ph - (v / deathAxis.max) * ph;
    const yI = (v) => m.top + ph - (v / incAxis.max) * ph;

    const first = isoDay(Math.floor(view.from)), last = isoDay(Math.ceil(view.to) - 1);
    const svg = s('svg', {
      viewBox: '0 0 ' + W + ' ' + H, class: 'chart timeline-chart', role: 'img',
      'aria-label': 'Deaths (best figures) and number of incidents per ' + unit + ', ' + first + ' to ' + last,
      'data-from': first, 'data-to': last, 'data-unit': unit,
    });
    const clipId = 'tl-clip-' + Math.random().toString(36).slice(2, 8);
    svg.appendChild(s('defs', null, s('clipPath', { id: clipId }, s('rect', { x: m.left, y: 0, width: pw, height: H }))));
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
    // x ticks at the middle of evenly spaced days, labelled by day (with the year where it starts
    // or changes) or, over more than a year, by month
    const long = span > 400;
    const nTicks = Math.min(7, Math.max(2, Math.floor(pw / (long ? 70 : 80))), Math.max(1, Math.round(span)));
    let lastYear = null;
    for (let i = 0; i < nTicks; i++) {
      const day = Math.floor(view.from + (nTicks === 1 ? 0 : (i * (span - 1)) / (nTicks - 1)));
      const xx = x(day + 0.5);
      const date = new Date(day * 86400000);
      const year = date.getUTCFullYear();
      axes.appendChild(s('line', { x1: xx, x2: xx, y1: m.top + ph, y2: m.top + ph + 5 }));
      axes.appendChild(s('text', { x: xx, y: m.top + ph + 18, 'text-anchor': 'middle' },
        long ? MONTHS[date.getUTCMonth()] : dayLabel(day)));
      if (year !== lastYear) {
        axes.appendChild(s('text', { x: xx, y: m.top + ph + 32, 'text-anchor': 'middle', class: 'year' }, String(year)));
        lastYear = year;
      }
    }
    axes.appendChild(s('text', {
      x: 12, y: m.top + ph / 2, transform: 'rotate(-90 12 ' + (m.top + ph / 2) + ')', 'text-anchor': 'middle', class: 'axis-title',
    }, 'deaths (best)'));
    axes.appendChild(s('text', {
      x: W - 10, y: m.top + ph / 2, transform: 'rotate(90 ' + (W - 10) + ' ' + (m.top + ph / 2) + ')', 'text-anchor': 'middle',
      class: 'axis-title inc-tick',
    }, 'incidents'));
    svg.appendChild(grid);
    svg.appendChild(axes);

    const plot = s('g', { class: 'plot', 'clip-path': 'url(#' + clipId + ')' });
    const bars = s('g', { class: 'bars' });
    for (const b of shown) {
      const bw = Math.max(1.5, Math.min(36, (x(b.end) - x(b.start)) * 0.8));
      const cx = (x(b.start) + x(b.end)) / 2;
      const y = yD(b.deaths);
      const g = s('g', { class: 'tl-day', 'data-date': isoDay(b.start) },
        s('title', null, binLabel(b.start, unit) + ': ' + plural(b.deaths, 'death') + ' (best), ' + plural(b.incidents, 'incident') +
          (b.contested ? ', ' + num(b.contested) + ' contested' : '')),
        s('rect', { class: 'hit', x: cx - Math.max(bw, 8) / 2, y: m.top, width: Math.max(bw, 8), height: ph, fill: 'transparent' }),
        s('rect', { class: 'tl-bar', x: cx - bw / 2, y, width: bw, height: Math.max(0, m.top + ph - y) }));
      if (b.contested) {
        g.appendChild(s('rect', { class: 'tl-contested', x: cx - bw / 2, y: m.top + ph + 1, width: bw, height: 3 }));
      }
      bars.appendChild(g);
    }
    plot.appendChild(bars);
    // incidents per bin: dots, joined only between neighbouring bins (a bin missing from the
    // answer had no incidents, so no line is drawn across it)
    const pts = shown.map((b) => [(x(b.start) + x(b.end)) / 2, yI(b.incidents)]);
    let path = '';
    shown.forEach((b, i) => {
      const joined = i > 0 && shown[i - 1].end === b.start;
      path += (joined ? 'L' : 'M') + pts[i][0].toFixed(1) + ',' + pts[i][1].toFixed(1);
    });
    if (path) plot.appendChild(s('path', { class: 'tl-line', d: path }));
    if (shown.length <= 400) {
      const dots = s('g', { class: 'tl-dots' });
      shown.forEach((b, i) => {
        dots.appendChild(s('circle', { cx: pts[i][0], cy: pts[i][1], r: 3.2 },
          s('title', null, binLabel(b.start, unit) + ': ' + plural(b.incidents, 'incident'))));
      });
      plot.appendChild(dots);
    }
    svg.appendChild(plot);
    const brush = s('rect', { class: 'tl-brush', x: 0, y: m.top, width: 0, height: ph, visibility: 'hidden' });
    svg.appendChild(brush);
    listen(svg, brush, { left: m.left, width: pw, viewWidth: W, toDay: (px) => view.from + ((px - m.left) / pw) * span });

    const legend = h('div', { class: 'chart-legend' },
      h('span', null, h('i', { class: 'key key-bar' }), 'deaths per ' + unit + ' (sum of best figures)'),
      h('span', null, h('i', { class: 'key key-line' }), 'incidents per ' + unit),
      h('span', null, h('i', { class: 'key key-contested' }), unit + ' with a contested incident'));
    const frag = document.createDocumentFragment();
    frag.appendChild(legend);
    frag.appendChild(svg);
    return frag;
  }

  /** Dragging across the plot zooms to the dragged range; Ctrl + wheel zooms around the pointer. */
  function listen(svg, brush, plot) {
    const px = (ev) => {
      const r = svg.getBoundingClientRect();
      return ((ev.clientX - r.left) / r.width) * plot.viewWidth;
    };
    const clamp = (v) => Math.max(plot.left, Math.min(plot.left + plot.width, v));
    let start = null;
    svg.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      start = clamp(px(ev));
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', (ev) => {
      if (start === null) return;
      const now = clamp(px(ev));
      brush.setAttribute('x', Math.min(start, now));
      brush.setAttribute('width', Math.abs(now - start));
      brush.setAttribute('visibility', 'visible');
    });
    const end = (ev) => {
      if (start === null) return;
      const now = clamp(px(ev));
      const a = Math.min(start, now), b = Math.max(start, now);
      start = null;
      brush.setAttribute('visibility', 'hidden');
      if (b - a >= 8) setView(plot.toDay(a), plot.toDay(b));
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', () => {
      start = null;
      brush.setAttribute('visibility', 'hidden');
    });
    svg.addEventListener('wheel', (ev) => {
      if (!ev.ctrlKey && !ev.metaKey) return;
      ev.preventDefault();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, plot.toDay(clamp(px(ev))));
    }, { passive: false });
  }
}
