#!/usr/bin/env bash
# Runs the Spark job on this machine without a Spark installation: Spark's own jars (the job's
# "provided" dependencies) come from Maven like the build's, the JDK is opened to Spark as
# counterclaim-spark/pom.xml lists, and the job runs in local mode.
#   scripts/spark-local.sh [--master local[N]] --input FILES --output FOLDER [job options]
# Java options (heap, say) go in SPARK_LOCAL_JAVA_OPTS (default -Xmx8g); Maven options (-o) in
# SPARK_LOCAL_MAVEN_OPTS. The job's options are those of docs/spark.md; --master defaults to
# local[*] (every core).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the job and the modules it needs, built in one reactor (never taken from ~/.m2 alone)
(cd "$root" && mvn -q -B ${SPARK_LOCAL_MAVEN_OPTS:-} -pl counterclaim-spark -am -DskipTests \
  package >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 2; }
(cd "$root" && mvn -q -B ${SPARK_LOCAL_MAVEN_OPTS:-} -pl counterclaim-spark \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" \
  >"$work/cp.log" 2>&1) || { cat "$work/cp.log" >&2; exit 2; }
opens="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' \
  "$root/counterclaim-spark/pom.xml")"
master=()
[[ " $* " == *" --master "* ]] || master=(--master 'local[*]')
java $opens ${SPARK_LOCAL_JAVA_OPTS:--Xmx8g} \
  -cp "$root/counterclaim-spark/target/classes:$(cat "$work/cp.txt")" \
  org.counterclaim.spark.ExtractJob "${master[@]}" "$@"
