#!/usr/bin/env bash
# Builds the three offline images, with no image registry: the base image from Debian packages (once per
# machine), the Kafka image from Maven Central's kafka_2.13 jars, and newsflow from this checkout's build.
#   docker/build-images.sh        needs a running Docker engine (docker/container-test.sh starts one if needed)
# Image names (override with the variables): NEWSFLOW_BASE_IMAGE (newsflow-base:<release>-jre17),
# NEWSFLOW_KAFKA_IMAGE (newsflow-kafka:<kafka.version>), newsflow:dev (the name docker-compose.yml uses).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. /etc/os-release
export NEWSFLOW_BASE_IMAGE="${NEWSFLOW_BASE_IMAGE:-newsflow-base:${VERSION_CODENAME}-jre17}"

"$root/docker/base/build.sh"
"$root/docker/kafka/build.sh" "$NEWSFLOW_BASE_IMAGE"

echo "building newsflow (./mvnw -B -q -DskipTests package, then the image) ..." >&2
(cd "$root" && ./mvnw -B -q -DskipTests package)
docker build -q --build-arg BUILD_IMAGE="$NEWSFLOW_BASE_IMAGE" --build-arg RUNTIME_IMAGE="$NEWSFLOW_BASE_IMAGE" \
  --build-arg DIST=prebuilt -t newsflow:dev "$root" >/dev/null
# The legacy builder keeps the build stage, and a rebuild leaves the previous newsflow:dev untagged: drop both.
docker image prune -f --filter label=io.newsflow.stage=build >/dev/null
docker image prune -f --filter label=io.newsflow.image=newsflow >/dev/null
echo "built newsflow:dev FROM $NEWSFLOW_BASE_IMAGE" >&2
