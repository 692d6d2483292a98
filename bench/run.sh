#!/usr/bin/env bash
# Load benchmark of the published portal: start-up, requests/s and latency per route, peak RSS.
# Appends a run to bench/RESULTS.md. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
REPS=${BENCH_REPS:-3}
CONNECTIONS=32

# Targets of issue 7.
CACHED_RATIO_MIN=0.8
SEARCH_RATIO_MIN=0.15
P99_MAX_MS=50
STARTUP_MAX_MS=3000
RSS_MAX_MB=300

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
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
publish
start_app
startup_ms=$STARTUP_MS

static=$(static_css_path)
[[ -n $static ]] || die "no portal.css link on /"
ROUTES=("static css (reference)|$static" "${ROUTES[@]}")
paths=()
for r in "${ROUTES[@]}"; do paths+=("${r#*|}"); done
check_200 "${paths[@]}" "/recherche?q=creche+1"

log "warm-up: $WARMUP per route"
for p in "${paths[@]}"; do wrk_once "$CONNECTIONS" "$WARMUP" "$BENCH_DIR/report.lua" "$p" >/dev/null; done
wrk_once "$CONNECTIONS" "$WARMUP" "$BENCH_DIR/search-uncached.lua" "/recherche" >/dev/null

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
log "measuring search (uncached)"
results+=("$(measure "search (uncached)" "/recherche" "$BENCH_DIR/search-uncached.lua" "/recherche?q=<word>+<n>")")

hwm_kb=$(proc_kb VmHWM)
rss_kb=$(proc_kb VmRSS)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

# ---- report -----------------------------------------------------------------------------------
static_rps=$(cut -d'|' -f3 <<<"${results[0]}")
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
yesno() { if "$@"; then echo yes; else echo "**no**"; fi; }

cached_worst="" cached_worst_ratio=999 search_ratio="" p99_worst="" p99_worst_ms=0
table=""
for line in "${results[@]}"; do
    IFS='|' read -r name path rps p50 p99 non2xx sockerr <<<"$line"
    rt=$(ratio "$rps")
    p99ms=$(ms "$p99")
    case $name in
        "static css (reference)") target="reference" ;;
        "search (uncached)") target="≥ $SEARCH_RATIO_MIN× → $(yesno ge "$rt" "$SEARCH_RATIO_MIN")"; search_ratio=$rt ;;
        *) target="≥ $CACHED_RATIO_MIN× → $(yesno ge "$rt" "$CACHED_RATIO_MIN")"
           if lt "$rt" "$cached_worst_ratio"; then cached_worst_ratio=$rt; cached_worst=$name; fi ;;
    esac
    if ge "$p99ms" "$p99_worst_ms"; then p99_worst_ms=$p99ms; p99_worst=$name; fi
    table+="| $name | \`$path\` | $(printf '%.0f' "$rps") | $(ms "$p50") | $p99ms | $(yesno lt "$p99ms" "$P99_MAX_MS") | $rt | $target | $non2xx / $sockerr |"$'\n'
done

startup_s=$(awk -v ms="$startup_ms" 'BEGIN { printf "%.2f", ms / 1000 }')
hwm_mb=$(awk -v kb="$hwm_kb" 'BEGIN { printf "%.0f", kb / 1024 }')
rss_mb=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.0f", kb / 1024 }')
hwm_cached_mb=$(awk -v kb="$hwm_cached_kb" 'BEGIN { printf "%.0f", kb / 1024 }')
busy=$(busy_note "**the machine was busy** (load above half the cores before the run): other processes shared the CPU with the app and wrk, so the numbers are lower and noisier than on an idle machine")

ensure_results_file
{
    echo "## run.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(machine); wrk and the app on the same machine, over 127.0.0.1"
    echo "- .NET: $(dotnet_version); $APP_LABEL"
    echo "- Commit: $(commit_label)"
    echo "- Load average (1/5/15 min): $load_before before, $load_after after$busy"
    echo "- wrk: $CONNECTIONS connections, 2 threads, $REPS × $DURATION per route after a $WARMUP warm-up; no \`Accept-Encoding\`, keep-alive"
    echo
    echo "| route | path | req/s | p50 ms | p99 ms | p99 < $P99_MAX_MS ms? | ratio to static | ratio target met? | non-2xx/3xx / socket errors |"
    echo "|---|---|---:|---:|---:|---|---:|---|---|"
    printf '%s' "$table"
    echo
    echo "| target (issue 7) | measured | met? |"
    echo "|---|---|---|"
    echo "| output-cached public pages ≥ $CACHED_RATIO_MIN × static req/s | worst: $cached_worst, ${cached_worst_ratio}× | $(yesno ge "$cached_worst_ratio" "$CACHED_RATIO_MIN") |"
    echo "| uncached search ≥ $SEARCH_RATIO_MIN × static req/s | ${search_ratio}× | $(yesno ge "$search_ratio" "$SEARCH_RATIO_MIN") |"
    echo "| p99 < $P99_MAX_MS ms at $CONNECTIONS connections (every route) | worst: $p99_worst, $p99_worst_ms ms | $(yesno lt "$p99_worst_ms" "$P99_MAX_MS") |"
    echo "| start-up < $(( STARTUP_MAX_MS / 1000 )) s (launch to first 200 on \`/\`, empty database: migrate + import + index) | $startup_s s | $(yesno lt "$startup_ms" "$STARTUP_MAX_MS") |"
    echo "| RSS < $RSS_MAX_MB MB (peak, VmHWM, at the end) | $hwm_mb MB peak ($rss_mb MB at the end; peak before the uncached search: $hwm_cached_mb MB) | $(yesno lt "$hwm_mb" "$RSS_MAX_MB") |"
    echo
} >>"$RESULTS"
log "appended to $RESULTS"
