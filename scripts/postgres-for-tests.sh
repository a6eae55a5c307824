#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests from Debian's packages (installing them when missing),
# makes sure a test role and database exist, and writes how to reach them to the file $1
# (url=, user=, password= lines). Idempotent: a running server is reused. Needs root, as CI has.
# COUNTERCLAIM_TEST_DB names another database, for checkouts that test at once on one machine.
set -euo pipefail

out="${1:?usage: postgres-for-tests.sh OUTFILE}"
role=counterclaim_test
db="${COUNTERCLAIM_TEST_DB:-$role}"

if ! command -v pg_lsclusters >/dev/null 2>&1 || [[ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]]; then
  echo "postgres: installing Debian's postgresql" >&2
  if ! apt-get install -y -q postgresql >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    apt-get install -y -q postgresql >/dev/null
  fi
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

as_postgres() { su postgres -c "$1"; }
if ! as_postgres "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$role'\"" | grep -q 1; then
  as_postgres "psql -p $port -qc \"CREATE ROLE $role LOGIN PASSWORD '$role'\""
fi
if ! as_postgres "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname='$db'\"" | grep -q 1; then
  as_postgres "createdb -p $port -O $role $db"
fi

mkdir -p "$(dirname "$out")"
printf 'url=jdbc:postgresql://localhost:%s/%s\nuser=%s\npassword=%s\n' "$port" "$db" "$role" "$role" > "$out"
echo "postgres: test server on port $port" >&2
