#!/usr/bin/env bash
# Builds the base image of the offline containers from Debian packages only: a debootstrap minbase root file
# system of the release this machine runs, with Debian's Java 17 runtime, imported with `docker import`.
# Tagged $NEWSFLOW_BASE_IMAGE (default newsflow-base:<release>-jre17); skipped when that tag exists, so it is
# built once per machine. Needs root, a running Docker engine and Debian's archive (about 2-4 minutes).
set -euo pipefail
. /etc/os-release
release="${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}"
image="${NEWSFLOW_BASE_IMAGE:-newsflow-base:${release}-jre17}"
mirror="${NEWSFLOW_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image exists (docker rmi $image to rebuild)" >&2
  exit 0
fi
command -v debootstrap >/dev/null 2>&1 || { echo "debootstrap missing: apt-get install debootstrap" >&2; exit 1; }

root="$(mktemp -d "${TMPDIR:-/tmp}/newsflow-base.XXXXXX")"
cleanup() { rm -rf --one-file-system "$root"; }
trap cleanup EXIT

started=$(date +%s)
echo "building base image $image: debootstrap $release from $mirror ..." >&2
# procps for pgrep-free health checks is not needed; bash, coreutils and the JRE are.
debootstrap --variant=minbase --include=openjdk-17-jre-headless "$release" "$root" "$mirror" \
  >"$root.log" 2>&1 || { tail -30 "$root.log" >&2; exit 1; }
rm -f "$root.log"
# A smaller image: no package caches or lists (nothing is installed in it later: the Dockerfiles only COPY).
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
java_home="$(dirname "$(dirname "$(readlink -f "$root/usr/bin/java")")")"
java_home="${java_home#"$root"}"
tar -C "$root" --numeric-owner -c . | docker import \
  --change "ENV JAVA_HOME=$java_home" \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["bash"]' \
  --message "debootstrap --variant=minbase --include=openjdk-17-jre-headless $release" \
  - "$image" >/dev/null
echo "base image $image built in $(( $(date +%s) - started )) s" >&2
