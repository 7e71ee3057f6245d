#!/usr/bin/env bash
# squawk vs dbarch on the shared corpus: per-rule finding counts and throughput.
# Usage (from anywhere): bench/lint/compare.sh [path/to/shared/corpus]
# Installs squawk-cli 2.66.0 into bench/lint/node_modules (git-ignored) on first use; needs npm and Maven.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-$root/../shared/corpus}"
squawk="$here/node_modules/@squawk-cli/linux-x64/bin/squawk"
if [[ ! -x "$squawk" ]]; then
  (cd "$here" && npm install --no-save --no-audit --no-fund --silent squawk-cli@2.66.0)
fi
"$squawk" --version
cd "$root"
mvn -B -q -o -pl knowledge compile
mvn -B -q -o -pl knowledge dependency:build-classpath -Dmdep.outputFile="$here/.classpath" >/dev/null
cp="knowledge/target/classes:$(cat "$here/.classpath")"
out="$root/bench/out/lint"
mkdir -p "$out"
javac -d "$out" -cp "$cp" "$here/LintBench.java"
java -Xmx2g -cp "$out:$cp" LintBench "$corpus" "$squawk"
echo
for f in pagila-schema.sql gisia-gitlab-derived-structure.sql; do
  start=$(date +%s%N)
  java -cp "$out:$cp" LintBench --cold "$corpus/schemas/$f" >/dev/null
  echo "cold JVM start + read + lint of $f once: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  start=$(date +%s%N)
  "$squawk" --reporter json "$corpus/schemas/$f" >/dev/null || true
  echo "squawk process on $f: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
