/*
 * DOM helpers. Text that comes from the API or from reports is only ever put into the page with
 * text nodes (h()/s() here, textContent, createTextNode) or attribute values, never with innerHTML.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

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

export function appendChildren(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) appendChildren(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element; string children become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return appendChildren(el, children);
}

/** An SVG element; string children become text nodes. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  return appendChildren(el, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  return appendChildren(el, children);
}

