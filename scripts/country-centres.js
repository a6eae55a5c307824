// Writes one line per country for Counterclaim's gazetteer:
//   ISO code TAB "lat,lon" TAB names separated by | TAB English demonyms separated by |
// The point is the centroid of the country's largest polygon in world-atlas (Natural Earth)
// when that polygon holds three quarters of the country's area (a mainland: the contiguous
// United States, not Alaska); otherwise the centre mledoze/countries gives (archipelagos,
// countries across the antimeridian).
// Usage: node country-centres.js countries.json countries-50m.json
const countries = require(process.argv[2]);
const topo = require(process.argv[3]);
const { outerRings, centroid } = require('./topo-geometry.js');

const isoByNumber = {};
for (const c of countries) if (c.ccn3) isoByNumber[c.ccn3] = c.cca2;

const mainland = {};
for (const g of topo.objects.countries.geometries) {
  const iso = isoByNumber[g.id];
  if (!iso) continue;
  let best = null, total = 0;
  for (const p of outerRings(topo, g)) {
    const c = centroid(p);
    if (!c) continue;
    total += c.area;
    if (!best || c.area > best.area) best = c;
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
