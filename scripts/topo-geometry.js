// TopoJSON geometry shared by the gazetteer's scripts: polygons as rings of [lon, lat] points,
// and a polygon's centroid and area.

/** The outer ring of each polygon of geometry g, as [lon, lat] points, given topo's arcs. */
function outerRings(topo, g) {
  if (!topo.decoded) {
    const t = topo.transform;
    topo.decoded = topo.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(p => {
        if (!t) return p;
        x += p[0]; y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const a = i < 0 ? topo.decoded[~i].slice().reverse() : topo.decoded[i];
      points.push(...(points.length ? a.slice(1) : a));
    }
    return points;
  };
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  return polygons.map(polygon => ring(polygon[0]));
}

/**
 * The centroid of a ring (planar, in degrees) and its area weighted by the cosine of its
 * latitude; null for a ring without area.
 */
function centroid(p) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < p.length - 1; i++) {
    const [x0, y0] = p[i], [x1, y1] = p[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  if (a === 0) return null;
  const lat = cy / (3 * a), lon = cx / (3 * a);
  return { lat, lon, area: Math.abs(a / 2) * Math.cos(lat * Math.PI / 180) };
}

module.exports = { outerRings, centroid };
