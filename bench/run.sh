#!/usr/bin/env bash
# Load benchmark of the published portal: start-up, requests/s and latency per route, peak RSS.
# Appends a run to bench/RESULTS.md. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
REPS=${BENCH_REPS:-3}
CONNECTIONS=32

# Targets of issue 15: ratios to nginx serving the same file (the machine's limit for a small
# HTTP answer), measured in the same run.
STATIC_NGINX_MIN=0.75
CACHED_NGINX_MIN=0.65
SEARCH_NGINX_MIN=0.10
P99_MAX_MS=20
STARTUP_EMPTY_MAX_MS=3000
STARTUP_EXISTING_MAX_MS=1500
RSS_MAX_MB=250
# Issue 18: output-cached pages with the statistics' counting at least this share of their speed without it.
COUNTING_MIN=0.95
# BENCH_COUNTING=0: skip that comparison (two more starts of the app and REPS × DURATION per page, twice).
COUNTING=${BENCH_COUNTING:-1}
# The cached HTML pages measured without and with counting (the API and the feed are never counted).
COUNTING_ROUTES=("home" "measure page" "intention page" "search (cached)")
# BENCH_LOGGING=0: skip the comparison of the cached pages with the request log at Warning (5xx
# only) and at its default, decision 0014's logging choice.
LOGGING=${BENCH_LOGGING:-1}
LOGGING_ROUTES=("home" "measures" "measures keyword" "measure page")
REQUEST_LOG_AT_WARNING="Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning"
# BENCH_ONLY=<regex on the route names>: measure only those routes (nginx and the app's static file
# always), for a quick before/after; the committed results measure every route.
ONLY=${BENCH_ONLY:-}

# name|path ; the paths use real slugs of content/.
ROUTES=(
    "home|/"
    "measures|/mesures"
    "measures filtered|/mesures?axe=acces-aux-droits&intention=assurer-un-repas-equilibre"
    "measures keyword|/mesures?q=creche"
    "measure page|/mesures/acces-a-l-alimentation"
    "intention page|/je-souhaite/augmenter-les-places-en-creche"
    "workshops|/ateliers"
    "search (cached)|/recherche?q=creche"
    "press feed|/communiques/flux.xml"
    "API measures|/api/mesures"
)

need_wrk
need_nginx
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
publish
# Start-up twice: on an empty database (migrations, import), then again on that database, now up
# to date (the import is skipped: its fingerprint matches). The second run is the one measured.
start_app
startup_empty_ms=$STARTUP_MS
stop_app
start_app existing
startup_ms=$STARTUP_MS

static=$(static_css_path)
[[ -n $static ]] || die "no portal.css link on /"
# The very file the app serves at that address (MapStaticAssets maps the fingerprinted URL to it).
static_file="$APP_DIR/wwwroot/css/portal.css"
cmp -s <(curl -fsS "$BASE$static") "$static_file" || die "$static is not $static_file as it is"
start_nginx "$static_file" "$static"

if [[ -n $ONLY ]]; then
    kept=()
    for r in "${ROUTES[@]}"; do [[ ${r%%|*} =~ $ONLY ]] && kept+=("$r"); done
    ROUTES=("${kept[@]}")
fi
ROUTES=("nginx, same file (limit)|$NGINX_URL" "static css (app)|$static" "${ROUTES[@]}")
paths=()
for r in "${ROUTES[@]}"; do paths+=("${r#*|}"); done
for p in "${paths[@]}"; do [[ $p == http://* ]] || check_200 "$p"; done
check_200 "/recherche?q=creche+1"
measure_search=1
[[ -z $ONLY || "search (uncached)" =~ $ONLY ]] || measure_search=""

log "warm-up: $WARMUP per route"
for p in "${paths[@]}"; do wrk_once "$CONNECTIONS" "$WARMUP" "$BENCH_DIR/report.lua" "$p" >/dev/null; done
[[ -z $measure_search ]] || wrk_once "$CONNECTIONS" "$WARMUP" "$BENCH_DIR/search-uncached.lua" "/recherche" >/dev/null

# median of the numbers on stdin
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# measure NAME PATH SCRIPT [SHOWN_PATH] -> "name|path|rps|p50_us|p99_us|non2xx|socket_errors"
# (medians of the repetitions; errors summed)
measure() {
    local name=$1 path=$2 script=$3 shown=${4:-$2} rep lines=""
    for (( rep = 1; rep <= REPS; rep++ )); do
        lines+="$(wrk_once "$CONNECTIONS" "$DURATION" "$script" "$path")"$'\n'
    done
    local rps p50 p99 non2xx sockerr
    rps=$(awk 'NF { print $1 }' <<<"$lines" | median)
    p50=$(awk 'NF { print $2 }' <<<"$lines" | median)
    p99=$(awk 'NF { print $3 }' <<<"$lines" | median)
    non2xx=$(awk 'NF { s += $5 } END { print s + 0 }' <<<"$lines")
    sockerr=$(awk 'NF { s += $6 } END { print s + 0 }' <<<"$lines")
    log "$name: $rps req/s, p50 $p50 µs, p99 $p99 µs"
    echo "$name|$shown|$rps|$p50|$p99|$non2xx|$sockerr"
}

results=()
for r in "${ROUTES[@]}"; do
    log "measuring ${r%%|*} ($REPS × $DURATION)"
    results+=("$(measure "${r%%|*}" "${r#*|}" "$BENCH_DIR/report.lua")")
done
# The uncached search adds one output-cache entry per request: the peak before it is the memory
# of the site itself.
hwm_cached_kb=$(proc_kb VmHWM)
if [[ -n $measure_search ]]; then
    log "measuring search (uncached)"
    results+=("$(measure "search (uncached)" "/recherche" "$BENCH_DIR/search-uncached.lua" "/recherche?q=<word>+<n>")")
fi

hwm_kb=$(proc_kb VmHWM)
rss_kb=$(proc_kb VmRSS)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# BENCH_GCDUMP=1: a heap snapshot of the app after the load (dotnet-gcdump on the PATH), kept in the temporary directory.
if [[ -n ${BENCH_GCDUMP:-} ]]; then
    dotnet-gcdump collect -p "$APP_PID" -o "$WORK/after-load.gcdump" >&2 || log "dotnet-gcdump failed"
    BENCH_KEEP=1
fi
# ---- the cost of a setting: counting (issue 18), the request log (issue 14) --------------------
# compare_setting PREFIX WITHOUT WITH ROUTE_NAME...: the same cached pages on the app started with
# the settings WITHOUT (environment variables, as APP_SETTINGS), then WITH, one after the other on
# the same database, each start warmed up: the ratio of the two speeds is the cost of what WITH
# adds. Sets PREFIX_table (a markdown table's rows), PREFIX_worst and PREFIX_worst_ratio.
compare_setting() {
    local prefix=$1 without_settings=$2 with_settings=$3 r name path rps p50 p99 non2xx sockerr rps0 p500 p990 non2xx0 sockerr0 rr line
    shift 3
    local table="" worst="" worst_ratio=999 compared=() settings
    for r in "${ROUTES[@]}"; do
        for name in "$@"; do [[ ${r%%|*} == "$name" ]] && compared+=("$r"); done
    done
    declare -A without=()
    for settings in "$without_settings" "$with_settings"; do
        stop_app
        APP_SETTINGS="$settings" start_app existing
        for r in "${compared[@]}"; do wrk_once "$CONNECTIONS" "$WARMUP" "$BENCH_DIR/report.lua" "${r#*|}" >/dev/null; done
        for r in "${compared[@]}"; do
            log "measuring ${r%%|*} with ${settings:-the default settings} ($REPS × $DURATION)"
            line=$(measure "${r%%|*}" "${r#*|}" "$BENCH_DIR/report.lua")
            if [[ $settings == "$without_settings" && -z ${without[${r%%|*}]:-} ]]; then
                without[${r%%|*}]=$line
            else
                IFS='|' read -r name path rps p50 p99 non2xx sockerr <<<"$line"
                IFS='|' read -r _ _ rps0 p500 p990 non2xx0 sockerr0 <<<"${without[$name]}"
                rr=$(awk -v a="$rps" -v b="$rps0" 'BEGIN { printf "%.3f", a / b }')
                if awk -v a="$rr" -v b="$worst_ratio" 'BEGIN { exit !(a < b) }'; then worst_ratio=$rr; worst=$name; fi
                table+="| $name | \`$path\` | $(printf '%.0f' "$rps0") | $(awk -v a="$rps0" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }') | $(printf '%.0f' "$rps") | $(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }') | $rr | $(awk -v us="$p990" 'BEGIN { printf "%.2f", us / 1000 }') | $(awk -v us="$p99" 'BEGIN { printf "%.2f", us / 1000 }') | $(( non2xx0 + sockerr0 + non2xx + sockerr )) |"$'\n'
            fi
        done
    done
    printf -v "${prefix}_table" '%s' "$table"
    printf -v "${prefix}_worst" '%s' "$worst"
    printf -v "${prefix}_worst_ratio" '%s' "$worst_ratio"
}

nginx_rps=$(cut -d'|' -f3 <<<"${results[0]}")
counting_table="" counting_worst="" counting_worst_ratio=999
if [[ $COUNTING == 1 ]]; then
    # Statistics:Enabled=false leaves the counting middleware out of the pipeline.
    compare_setting counting "Statistics__Enabled=false" "Statistics__Enabled=true" "${COUNTING_ROUTES[@]}"
fi
logging_table="" logging_worst="" logging_worst_ratio=999
if [[ $LOGGING == 1 ]]; then
    # Decision 0014: the request log's events at Information (the default) or raised to Warning (5xx only).
    compare_setting logging "$REQUEST_LOG_AT_WARNING" "" "${LOGGING_ROUTES[@]}"
fi

stop_app
stop_nginx

# ---- report -----------------------------------------------------------------------------------
static_rps=$(cut -d'|' -f3 <<<"${results[1]}")
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
yesno() { if "$@"; then echo yes; else echo "**no**"; fi; }
# by NEED HAVE: "yes", or by how much the ratio falls short (in % of the target)
by() { if ge "$2" "$1"; then echo yes; else awk -v t="$1" -v r="$2" 'BEGIN { printf "**no**, %.0f %% short", (t - r) * 100 / t }'; fi; }

cached_worst="" cached_worst_ratio=999 search_ratio="" static_ratio="" p99_worst="" p99_worst_ms=0
table="" errors_total=0
for line in "${results[@]}"; do
    IFS='|' read -r name path rps p50 p99 non2xx sockerr <<<"$line"
    rn=$(ratio "$rps" "$nginx_rps")
    rs=$(ratio "$rps" "$static_rps")
    p99ms=$(ms "$p99")
    p99ok="—"
    case $name in
        "nginx, same file (limit)") target="reference"; path="nginx $(nginx -v 2>&1 | sed 's|^nginx version: nginx/||'), \`$static\`" ;;
        "static css (app)") target="≥ $STATIC_NGINX_MIN × nginx → $(by "$STATIC_NGINX_MIN" "$rn")"; static_ratio=$rn ;;
        "search (uncached)") target="≥ $SEARCH_NGINX_MIN × nginx → $(by "$SEARCH_NGINX_MIN" "$rn")"; search_ratio=$rn ;;
        *) target="≥ $CACHED_NGINX_MIN × nginx → $(by "$CACHED_NGINX_MIN" "$rn")"
           if lt "$rn" "$cached_worst_ratio"; then cached_worst_ratio=$rn; cached_worst=$name; fi ;;
    esac
    case $name in
        "nginx, same file (limit)"|"search (uncached)") ;;
        *) p99ok=$(yesno lt "$p99ms" "$P99_MAX_MS")
           if ge "$p99ms" "$p99_worst_ms"; then p99_worst_ms=$p99ms; p99_worst=$name; fi ;;
    esac
    [[ $path == nginx* ]] || path="\`$path\`"
    errors_total=$(( errors_total + non2xx + sockerr ))
    table+="| $name | $path | $(printf '%.0f' "$rps") | $(ms "$p50") | $p99ms | $p99ok | $rn | $rs | $target | $non2xx / $sockerr |"$'\n'
done

secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
hwm_mb=$(mb "$hwm_kb"); rss_mb=$(mb "$rss_kb"); hwm_cached_mb=$(mb "$hwm_cached_kb")
busy=$(busy_note "**the machine was busy** (load above half the cores before the run): other processes shared the CPU with nginx, the app and wrk, so the numbers are lower and noisier than on an idle machine")

ensure_results_file
{
    echo "## run.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(machine); wrk, nginx and the app on the same machine, over 127.0.0.1"
    echo "- .NET: $(dotnet_version); $APP_LABEL (started twice: empty, then up-to-date database)"
    echo "- Commit: $(commit_label)"
    echo "- Load average (1/5/15 min): $load_before before, $load_after after$busy"
    echo "- wrk: $CONNECTIONS connections, 2 threads, $REPS × $DURATION per route after a $WARMUP warm-up; no \`Accept-Encoding\`, keep-alive"
    echo "- nginx: the same \`portal.css\` (the published \`wwwroot/css/portal.css\`, byte for byte what the app serves) at the same path, \`worker_processes auto\`, no access log, sendfile"
    [[ -z $ONLY ]] || echo "- **Only the routes matching \`$ONLY\`** (BENCH_ONLY): a partial run"
    echo
    echo "| route | path | req/s | p50 ms | p99 ms | p99 < $P99_MAX_MS ms? | × nginx | × app static | target (× nginx) met? | non-2xx/3xx / socket errors |"
    echo "|---|---|---:|---:|---:|---|---:|---:|---|---|"
    printf '%s' "$table"
    echo
    echo "| target (issue 15) | measured | met? |"
    echo "|---|---|---|"
    echo "| app static file ≥ $STATIC_NGINX_MIN × nginx | ${static_ratio}× | $(by "$STATIC_NGINX_MIN" "$static_ratio") |"
    [[ -z $cached_worst ]] || echo "| output-cached pages ≥ $CACHED_NGINX_MIN × nginx (every route but the static file and the uncached search; the worst decides) | worst: $cached_worst, ${cached_worst_ratio}× | $(by "$CACHED_NGINX_MIN" "$cached_worst_ratio") |"
    [[ -z $search_ratio ]] || echo "| never-seen search ≥ $SEARCH_NGINX_MIN × nginx | ${search_ratio}× | $(by "$SEARCH_NGINX_MIN" "$search_ratio") |"
    echo "| p99 < $P99_MAX_MS ms at $CONNECTIONS connections (every cached route and the static file) | worst: $p99_worst, $p99_worst_ms ms | $(yesno lt "$p99_worst_ms" "$P99_MAX_MS") |"
    echo "| start-up < $(secs "$STARTUP_EXISTING_MAX_MS") s on an up-to-date database (launch to the first 200 on \`/\`) | $(secs "$startup_ms") s | $(yesno lt "$startup_ms" "$STARTUP_EXISTING_MAX_MS") |"
    echo "| start-up < $(secs "$STARTUP_EMPTY_MAX_MS") s on an empty database (migrations + import; the index is built after) | $(secs "$startup_empty_ms") s | $(yesno lt "$startup_empty_ms" "$STARTUP_EMPTY_MAX_MS") |"
    echo "| RSS < $RSS_MAX_MB MB after the run (VmRSS at the end) | $rss_mb MB at the end; peak (VmHWM) $hwm_mb MB, $hwm_cached_mb MB before the uncached search | $(yesno lt "$rss_mb" "$RSS_MAX_MB") |"
    echo "| no errors | $errors_total non-2xx/3xx or socket errors | $(yesno test "$errors_total" -eq 0) |"
    [[ -z $logging_worst ]] || echo "| the request log's cost on output-cached pages (decision 0014's logging choice: measured, no target) | worst: $logging_worst, ${logging_worst_ratio}× the speed at Warning | documented |"
    [[ -z $counting_worst ]] || echo "| output-cached pages with the statistics' counting ≥ $COUNTING_MIN × their speed without it (issue 18; the worst decides) | worst: $counting_worst, ${counting_worst_ratio}× | $(by "$COUNTING_MIN" "$counting_worst_ratio") |"
    echo
    if [[ -n $counting_table ]]; then
        echo "The cost of counting (decision 0024): the same pages on the app started with \`Statistics:Enabled=false\`, then \`true\` (the default), on the same database, each after a $WARMUP warm-up; wrk sends a browser's user agent, so every request is counted."
        echo
        echo "| route | path | req/s without counting | × nginx | req/s with counting | × nginx | with / without | p99 ms without | p99 ms with | non-2xx/3xx / socket errors |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        printf '%s' "$counting_table"
        echo
    fi
    if [[ -n $logging_table ]]; then
        echo "The cost of the request log (decision 0014's logging choice): the same pages on the app started with \`$REQUEST_LOG_AT_WARNING\` (5xx only), then with the default (decision 0014: a public page answered 2xx/3xx at Debug, not written; a 4xx and the staff area at Information), on the same database, each after a $WARMUP warm-up. × nginx: against nginx's speed at the start of this run."
        echo
        echo "| route | path | req/s, request log at Warning | × nginx | req/s, request log by default | × nginx | with / without | p99 ms without | p99 ms with | non-2xx/3xx / socket errors |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        printf '%s' "$logging_table"
        echo
    fi
} >>"$RESULTS"
log "appended to $RESULTS"
