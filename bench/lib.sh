# Shared by run.sh and soak.sh (sourced, not run): publish, start, measure and stop the app.
# Everything listens on 127.0.0.1 only.

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR="$REPO/bench"
export BENCH_DIR
PORT=${BENCH_PORT:-5187}
BASE="http://127.0.0.1:$PORT"
RESULTS=${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pauvrete-bench.XXXXXX")
APP_PID=""
NGINX_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_app() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

cleanup() {
    stop_app
    stop_nginx
    if [[ -n ${BENCH_KEEP:-} ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

need_wrk() {
    if ! command -v wrk >/dev/null; then
        log "wrk missing: apt-get install -y wrk"
        apt-get install -y wrk >/dev/null || die "could not install wrk"
    fi
}

# BENCH_APP=<dir>: reuse an app published there (and leave it there) instead of publishing again.
APP_DIR=${BENCH_APP:-$WORK/app}

publish() {
    if [[ -n ${BENCH_APP:-} ]]; then
        [[ -f $APP_DIR/Occitanie.Pauvrete.Web.dll ]] || die "no Occitanie.Pauvrete.Web.dll in BENCH_APP=$APP_DIR"
        log "reusing the app published in $APP_DIR"
        return
    fi
    # As the Dockerfile does: ReadyToRun (compiled ahead for this machine's runtime) starts ~3 s faster.
    log "dotnet publish -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o $APP_DIR"
    # The restore for this runtime adds a runtime section to the lock file: it goes to the bench's
    # folder, so the repository's packages.lock.json (restored in locked mode by CI) stays as it is.
    dotnet publish "$REPO/src/Occitanie.Pauvrete.Web" -c Release --use-current-runtime --self-contained false \
        -p:PublishReadyToRun=true -p:NuGetLockFilePath="$WORK/packages.lock.json" \
        -o "$APP_DIR" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log" >&2; die "publish failed"; }
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the published app; sets APP_PID and STARTUP_MS (launch to the first 200 on /). On a fresh
# database (the default) that includes the migrations and the content import; `start_app existing`
# keeps the database of the previous start, up to date: no import (its fingerprint matches).
# APP_SETTINGS: more settings for this start, as environment variables (`Statistics__Enabled=false`).
start_app() {
    [[ ${1:-} == existing ]] || rm -f "$WORK"/bench.db*
    local t0 code
    t0=$(now_ms)
    # From the app's directory, as in the Docker image (WORKDIR /app): the content root is the
    # working directory, and without it neither appsettings.json (log levels) nor wwwroot
    # (fingerprinted URLs) is found. exec: $! is the app itself.
    (cd "$APP_DIR" && ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__Portal="Data Source=$WORK/bench.db" \
        Content__Path="$REPO/content" \
        exec env ${APP_SETTINGS:-} dotnet Occitanie.Pauvrete.Web.dll --urls "$BASE" >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/" || true)
        [[ $code == 200 ]] && break
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; die "the app exited"; }
        (( $(now_ms) - t0 < 120000 )) || die "no 200 on / after 120 s (last status $code)"
        sleep 0.05
    done
    STARTUP_MS=$(( $(now_ms) - t0 ))
    log "app pid $APP_PID answered 200 on / after ${STARTUP_MS} ms"
}

# The commit measured, marked when src/ holds uncommitted changes.
commit_label() {
    echo "\`$(git -C "$REPO" rev-parse --short HEAD)\`$(git -C "$REPO" diff --quiet HEAD -- src || echo ' (with uncommitted changes in src/)')"
}

# How the measured app was built and run (see publish and start_app).
APP_LABEL="published with \`-c Release\` (ReadyToRun), \`ASPNETCORE_ENVIRONMENT=Production\`, SQLite, fresh database"

# busy_note TEXT: " — TEXT" when the 1-minute load average taken before the publish ($load_before)
# was above half the cores: other processes, or a benchmark run just before, shared the CPU. The
# load after a run says nothing of the machine: it is the benchmark's own (wrk and the app fill it).
busy_note() {
    if awk -v l="${load_before%% *}" -v c="$(nproc)" 'BEGIN { exit !(l > c / 2) }'; then
        printf ' — %s' "$1"
    fi
}

# proc_kb FIELD: a line of /proc/<app>/status in kB (VmHWM = peak RSS, VmRSS = current).
proc_kb() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$APP_PID/status"; }

# The fingerprinted URL of portal.css, as the home page links it (/css/portal.<hash>.css).
static_css_path() {
    { curl -fsS "$BASE/" | grep -o 'href="/css/portal\.[^"]*\.css"' | head -n 1 | sed -e 's/^href="//' -e 's/"$//'; } || true
}

check_200() {
    local path code
    for path in "$@"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
        [[ $code == 200 ]] || die "GET $path answered $code"
    done
}

# wrk_once CONNECTIONS DURATION SCRIPT PATH -> prints the BENCH line of report.lua (without "BENCH ").
# PATH is on the app, or a whole URL (http://…, nginx's).
wrk_once() {
    local out url=$4
    [[ $url == http://* ]] || url="$BASE$4"
    out=$(wrk -t 2 -c "$1" -d "$2" --latency -s "$3" "$url") || die "wrk failed on $4"
    printf '%s\n' "$out" >>"$WORK/wrk.log"
    printf '%s\n' "$out" | awk '$1 == "BENCH" { $1 = ""; sub(/^ /, ""); print }'
}

need_nginx() {
    if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
        log "nginx missing: apt-get install -y nginx-light"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo=sudo
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null \
            || { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; } \
            || die "could not install nginx-light"
    fi
}

# A free TCP port on 127.0.0.1 (the kernel picks it).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || { local p; for p in $(seq 18080 18180); do ss -ltn "sport = :$p" | grep -q LISTEN || { echo "$p"; return; }; done; }
}

# start_nginx FILE URL_PATH: nginx (the machine's limit for a small HTTP answer) serving FILE at
# URL_PATH on a free loopback port, configured as the app serves it (keep-alive without a request
# limit, no access log, sendfile); sets NGINX_URL and NGINX_PID. Its workers run as the user
# running this script (root: `user root` so they can read the temporary directory).
start_nginx() {
    local file=$1 path=$2 port conf="$WORK/nginx" user=""
    port=$(free_port)
    [[ -n $port ]] || die "no free port for nginx"
    mkdir -p "$conf"
    [[ $(id -u) -eq 0 ]] && user="user root root;"
    cat >"$conf/nginx.conf" <<CONF
$user
worker_processes auto;
daemon off;
pid $conf/nginx.pid;
error_log $conf/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 65;
    client_body_temp_path $conf/tmp;
    server {
        listen 127.0.0.1:$port;
        location = $path { alias $file; add_header Cache-Control "max-age=31536000, immutable"; }
    }
}
CONF
    mkdir -p "$conf/tmp"
    "$(command -v nginx || echo /usr/sbin/nginx)" -p "$conf" -c "$conf/nginx.conf" -e "$conf/error.log" &
    NGINX_PID=$!
    NGINX_URL="http://127.0.0.1:$port$path"
    local i
    for i in $(seq 1 100); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL" || true) == 200 ]] && break
        kill -0 "$NGINX_PID" 2>/dev/null || { cat "$conf/error.log" >&2; die "nginx exited"; }
        sleep 0.05
    done
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL") == 200 ]] || die "nginx does not answer 200 on $NGINX_URL"
    cmp -s <(curl -s "$NGINX_URL") "$file" || die "nginx does not serve $file as it is"
    log "nginx pid $NGINX_PID serves $file at $NGINX_URL ($(nginx -v 2>&1 | sed 's/^nginx version: //'))"
}

stop_nginx() {
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=""
}

machine() {
    local model
    model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    echo "$(nproc) × ${model:-unknown CPU}, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
}

dotnet_version() {
    local runtime
    runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.AspNetCore.App" { v = $2 } END { print v }')
    echo "ASP.NET Core runtime $runtime (SDK $(dotnet --version))"
}

ensure_results_file() {
    [[ -f $RESULTS ]] && return
    cat >"$RESULTS" <<'HEAD'
# Benchmark results

Written by `bench/run.sh` and `bench/soak.sh` (see `bench/README.md`); newest run last.
Numbers are medians of the repetitions; a ratio is the route's requests/s over the static file's.

HEAD
}
