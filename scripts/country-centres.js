// Writes one line per country for Counterclaim's gazetteer:
//   ISO code TAB "lat,lon" TAB names separated by | TAB English demonyms separated by |
// The point is the centroid of the country's largest polygon in world-atlas (Natural Earth)
// when that polygon holds three quarters of the country's area (a mainland: the contiguous
// United States, not Alaska); otherwise the centre mledoze/countries gives (archipelagos,
// countries across the antimeridian).
// Usage: node country-centres.js countries.json countries-50m.json
const countries = require(process.argv[2]);
const topo = require(process.argv[3]);

const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = indexes => {
  const points = [];
  for (const i of indexes) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    points.push(...(points.length ? a.slice(1) : a));
  }
  return points;
};

const isoByNumber = {};
for (const c of countries) if (c.ccn3) isoByNumber[c.ccn3] = c.cca2;

const mainland = {};
for (const g of topo.objects.countries.geometries) {
  const iso = isoByNumber[g.id];
  if (!iso) continue;
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  let best = null, total = 0;
  for (const polygon of polygons) {
    const p = ring(polygon[0]);
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < p.length - 1; i++) {
      const [x0, y0] = p[i], [x1, y1] = p[i + 1];
      const f = x0 * y1 - x1 * y0;
      a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
    }
    if (a === 0) continue;
    const lat = cy / (3 * a), lon = cx / (3 * a);
    const area = Math.abs(a / 2) * Math.cos(lat * Math.PI / 180);
    total += area;
    if (!best || area > best.area) best = { area, lat, lon };
  }
  if (!best || best.lon < -180 || best.lon > 180 || best.area < 0.75 * total) continue;
  if (!mainland[iso] || mainland[iso].area < best.area) mainland[iso] = best;
}

for (const c of countries) {
  const m = mainland[c.cca2];
  const point = m ? [m.lat.toFixed(4), m.lon.toFixed(4)] : (c.latlng || []);
  const names = [c.name.common, c.name.official, ...(c.altSpellings || [])];
  const eng = (c.demonyms && c.demonyms.eng) || {};
  console.log([c.cca2, point.join(','), names.join('|'),
    [eng.m, eng.f].filter(Boolean).join('|')].join('\t'));
}
