/*
 * Charts are drawn at the width of their box, so that their text keeps its size, and drawn again
 * when the window is resized.
 */

import { replace } from './dom.js';

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
export function drawResponsive(holder, draw) {
  for (let i = responsive.length - 1; i >= 0; i--) {
    if (responsive[i].holder === holder || !document.contains(responsive[i].holder)) responsive.splice(i, 1);
  }
  const entry = { holder, draw, width: -1 };
  responsive.push(entry);
  redraw(entry);
}
/** Draws `holder`'s chart again at its width (after its data or view changed). */
export function redrawNow(holder) {
  const entry = responsive.find((e) => e.holder === holder);
  if (!entry) return;
  entry.width = -1;
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

