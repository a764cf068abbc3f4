# Sourced by the container scripts: a Docker engine for this shell, installed and started only if missing.
#   engine_up    installs docker.io (Debian) if there is no dockerd, starts dockerd if none answers
#   engine_down  stops the dockerd that engine_up started (by its pid), nothing else
# Images stay in /var/lib/docker, so the base image is built once per machine. A dockerd started here listens
# on a socket of its own ($ENGINE_SOCKET, exported as DOCKER_HOST for this shell and its children), not on
# /var/run/docker.sock: other builds on the machine that probe for Docker (Testcontainers does) do not find it.

ENGINE_SOCKET="${ENGINE_SOCKET:-/run/newsflow-dockerd.sock}"

ENGINE_STARTED_PID=""

engine_log() { echo "containers: $*" >&2; }

engine_install() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
    missing+=(docker-compose)
  fi
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    engine_log "installing ${missing[*]} (Debian packages)"
    local log="${TMPDIR:-/tmp}/newsflow-apt.$$.log"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a \
             apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
      tail -20 "$log" >&2
      engine_log "installing ${missing[*]} failed (log: $log)"
      return 1
    fi
    rm -f "$log"
  fi
}

engine_up() {
  engine_install
  engine_pick_compose
  if docker info >/dev/null 2>&1; then
    engine_log "using the Docker engine that already runs (${DOCKER_HOST:-unix:///var/run/docker.sock})"
    return 0
  fi
  if [ -S "$ENGINE_SOCKET" ] && DOCKER_HOST="unix://$ENGINE_SOCKET" docker info >/dev/null 2>&1; then
    export DOCKER_HOST="unix://$ENGINE_SOCKET"
    engine_log "using the dockerd that already runs on $DOCKER_HOST (not started here, so not stopped here)"
    return 0
  fi
  local log="${TMPDIR:-/tmp}/newsflow-dockerd.$$.log"
  engine_log "starting dockerd on unix://$ENGINE_SOCKET (log: $log)"
  dockerd --host "unix://$ENGINE_SOCKET" >"$log" 2>&1 &
  ENGINE_STARTED_PID=$!
  export DOCKER_HOST="unix://$ENGINE_SOCKET"
  local i
  for i in $(seq 1 60); do
    docker info >/dev/null 2>&1 && { engine_log "dockerd $ENGINE_STARTED_PID up after ${i}s"; return 0; }
    kill -0 "$ENGINE_STARTED_PID" 2>/dev/null || break
    sleep 1
  done
  engine_log "dockerd did not come up; last lines of $log:"
  tail -20 "$log" >&2
  return 1
}

engine_down() {
  [ -n "$ENGINE_STARTED_PID" ] || return 0
  engine_log "stopping dockerd $ENGINE_STARTED_PID (started by this script)"
  kill -TERM "$ENGINE_STARTED_PID" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 "$ENGINE_STARTED_PID" 2>/dev/null || { ENGINE_STARTED_PID=""; return 0; }
    sleep 1
  done
  engine_log "dockerd $ENGINE_STARTED_PID still running after 30 s; sending KILL"
  kill -KILL "$ENGINE_STARTED_PID" 2>/dev/null || true
  ENGINE_STARTED_PID=""
  unset DOCKER_HOST
}

# `docker compose` (v2 plugin) where it exists, else Debian's docker-compose (v1): compose_cmd is set by
# engine_up, compose runs it.
compose_cmd=(docker-compose)
engine_pick_compose() {
  if docker compose version >/dev/null 2>&1; then compose_cmd=(docker compose); else compose_cmd=(docker-compose); fi
}
compose() { "${compose_cmd[@]}" "$@"; }
