#!/usr/bin/env bash
# Builds the offline Kafka image newsflow-kafka:<kafka.version> FROM the base image (docker/base/build.sh):
# the broker jars come from Maven Central through the Maven wrapper, nothing from an image registry.
#   docker/kafka/build.sh [BASE_IMAGE]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. /etc/os-release
base="${1:-${NEWSFLOW_BASE_IMAGE:-newsflow-base:${VERSION_CODENAME}-jre17}}"
version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$root/pom.xml" | head -1)"
image="${NEWSFLOW_KAFKA_IMAGE:-newsflow-kafka:$version}"

rm -rf "$here/target/libs"
"$root/mvnw" -B -q -f "$here/pom.xml" dependency:copy-dependencies
docker build -q --build-arg BASE_IMAGE="$base" -t "$image" "$here" >/dev/null
docker image prune -f --filter label=io.newsflow.image=kafka >/dev/null   # the previous build, now untagged
echo "built $image FROM $base" >&2
