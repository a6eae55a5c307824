/*
 * The interval chart of one figure of an incident: every claim as a bar from its low to its
 * high figure, the reconciled range as a band behind them.
 */

import { s } from './dom.js';
import { COLORS, SIDE_LABEL, high, lowBestHigh, niceTicks, num, range, words } from './format.js';

const NARROW_PX = 520;       // narrower charts put the claimant above the bar
const CHAR_PX = 6.6;         // about the width of a character of the chart's 12px text

let chartCounter = 0;

/**
 * Who claims `c`: its claimant, with the party it speaks for when that is another name
 * ("military's media wing — Pakistan Army"), or the outlet that printed it.
 */
export function claimLabel(c) {
  if (!c.claimant) return c.publisher ? c.publisher + ' (the outlet)' : 'the outlet';
  const party = c.party && c.party.toLowerCase() !== c.claimant.toLowerCase()
    && c.party.toLowerCase() !== c.claimant.toLowerCase().replace(/^(the|a|an) /, '')
    ? c.party : null;
  return party ? c.claimant + ' — ' + party : c.claimant;
}

/** The figure as the report gives it ("more than 22"), or as low–high. */
export function claimCount(c) {
  if (c.countText) return c.countText;
  if (c.high === null || c.high === undefined) return num(c.low) + '+';
  return c.low === c.high ? num(c.low) : num(c.low) + '–' + num(c.high);
}

/** One line saying all of a claim, for titles and screen readers. */
export function claimDescription(c) {
  const bits = [claimLabel(c) + ' (' + (SIDE_LABEL[c.side] || words(c.side) || 'unknown side') + ')',
    'says ' + claimCount(c) + ' — low ' + num(c.low) + ', best ' + num(c.best) + ', high ' + high(c.high)];
  if (c.relayedBy) bits.push('relayed by ' + c.relayedBy);
  if (c.selfInterested) bits.push('serves its claimant');
  if (c.status && c.status !== 'current') bits.push(c.status);
  bits.push('report ' + c.report + (c.published ? ', ' + c.published : ''));
  return bits.join('; ');
}

/** The figure as a number range: "23+", "12–15", "9". */
function numericCount(c) {
  if (c.high === null || c.high === undefined) return num(c.low) + '+';
  return c.low === c.high ? num(c.low) : num(c.low) + '–' + num(c.high);
}

/**
 * One row per claim: bar low..high (open high fades to the right edge), dot at best, the
 * claimant on the left and the figure on the right; on a narrow screen (below NARROW_PX) the
 * claimant and the figure stand above the bar. Figures are never cut: one whose words are too
 * long for the space is given as its numbers.
 */
export function intervalChart(fig, onPick, width, activeIndex) {
  const id = 'ic' + (++chartCounter);
  const claims = fig.claims || [];
  const W = Math.round(Math.max(300, Math.min(1200, width || 780)));
  const narrow = W < NARROW_PX;
  const cut = (str, n) => (str.length > n ? str.slice(0, Math.max(1, n - 1)) + '…' : str);
  const counts = claims.map((c) => {
    const said = claimCount(c);
    return said.length * CHAR_PX > (narrow ? W * 0.45 : 160) ? numericCount(c) : said;
  });
  const countW = narrow ? 0 : Math.round(Math.max(60, Math.min(168, 8 + CHAR_PX * Math.max(0, ...counts.map((x) => x.length)))));
  const labelW = narrow ? 0 : Math.round(Math.max(96, Math.min(220, W * 0.28)));
  const maxChars = Math.floor(labelW / 7.4);
  const x0 = narrow ? 12 : labelW + 14, x1 = narrow ? W - 26 : W - countW - 14;
  const rowH = narrow ? 46 : 34, top = 30, axisH = 30;
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
  if (!narrow) axisG.appendChild(s('text', { x: x1 + 14, y: rowsBottom + 16, 'text-anchor': 'start', class: 'muted-text' }, 'open →'));
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
    const right = bx > W * 0.55;
    band.appendChild(s('text', { x: right ? Math.min(bx2, W - 4) : bx, y: top - 12, 'text-anchor': right ? 'end' : 'start', class: 'band-label' },
      'reconciled ' + range(fig)));
    svg.appendChild(band);
  }

  const rowsG = s('g', { class: 'rows' });
  claims.forEach((c, i) => {
    const y = top + i * rowH;
    const cy = narrow ? y + 32 : y + rowH / 2;
    const inactive = c.status && c.status !== 'current';
    const col = inactive ? COLORS.inactive : (COLORS.side[c.side] || '#555');
    const grad = 'url(#' + id + '-fade-' + (inactive ? 'inactive' : (COLORS.side[c.side] ? c.side : 'inactive')) + ')';
    const sub = [SIDE_LABEL[c.side] || words(c.side)];
    if (c.selfInterested) sub.push('serves claimant');
    if (inactive) sub.push(c.status);
    const row = s('g', {
      class: 'claim-row side-' + (c.side || 'unknown') + (inactive ? ' inactive' : '') + (i === activeIndex ? ' active' : ''),
      'data-report': c.report, 'data-status': c.status || 'current', 'data-index': i,
      tabindex: '0', role: 'button', 'aria-label': 'Show the sentence in report ' + c.report + ': ' + claimDescription(c),
    }, s('title', null, claimDescription(c)));
    row.appendChild(s('rect', { class: 'row-hit', x: 0, y: y + 1, width: W, height: rowH - 2, rx: 4 }));
    const countFill = inactive ? COLORS.inactive : '#222';
    if (narrow) {
      // claimant (cut to the room the figure leaves) and side on the left, the figure on the right
      const room = Math.floor((W - 16 - counts[i].length * CHAR_PX) / 7.2);
      const name = cut(claimLabel(c), room);
      const line = s('text', { x: 4, y: y + 14, class: 'claimant', fill: col }, name);
      const side = cut(' · ' + sub.join(' · '), Math.max(0, room - name.length));
      if (side.length > 3) line.appendChild(s('tspan', { class: 'side-label' }, side));
      row.appendChild(line);
      row.appendChild(s('text', { x: W - 4, y: y + 14, 'text-anchor': 'end', class: 'count', fill: countFill }, counts[i]));
    } else {
      row.appendChild(s('text', { x: labelW, y: cy - 2, 'text-anchor': 'end', class: 'claimant', fill: col }, cut(claimLabel(c), maxChars)));
      row.appendChild(s('text', { x: labelW, y: cy + 11, 'text-anchor': 'end', class: 'side-label' }, cut(sub.join(' · '), Math.floor(maxChars * 1.3))));
      row.appendChild(s('text', { x: W - countW + 4, y: cy + 4, class: 'count', fill: countFill }, counts[i]));
    }
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
    const pick = (ev) => { if (ev) ev.preventDefault(); onPick(c, i); };
    row.addEventListener('click', pick);
    row.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') pick(ev); });
    rowsG.appendChild(row);
  });
  svg.appendChild(rowsG);
  if (!claims.length) svg.appendChild(s('text', { x: x0, y: top + 20, class: 'muted-text' }, 'No claims recorded.'));
  return svg;
}

