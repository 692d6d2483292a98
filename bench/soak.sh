#!/usr/bin/env bash
# Soak: 60 s of mixed routes at 128 connections on the published app; counts errors and watches
# the memory. Appends to bench/RESULTS.md. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=${SOAK_DURATION:-60s}
CONNECTIONS=128

need_wrk
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
publish
start_app

static=$(static_css_path)
[[ -n $static ]] || die "no portal.css link on /"
# The routes of run.sh; SEARCH = a search never seen before (mixed.lua).
BENCH_PATHS="/ /mesures /mesures?axe=acces-aux-droits&intention=assurer-un-repas-equilibre
/mesures/acces-a-l-alimentation /je-souhaite/augmenter-les-places-en-creche /ateliers
/recherche?q=creche /communiques/flux.xml /api/mesures $static SEARCH"
export BENCH_PATHS
read -r -a paths <<<"$(tr '\n' ' ' <<<"$BENCH_PATHS")"
for p in "${paths[@]}"; do [[ $p == SEARCH ]] || check_200 "$p"; done

log "warm-up: 5 s mixed at $CONNECTIONS connections"
wrk_once "$CONNECTIONS" 5s "$BENCH_DIR/mixed.lua" / >/dev/null
rss_start_kb=$(proc_kb VmRSS)

log "soak: $DURATION mixed at $CONNECTIONS connections"
read -r rps p50 p99 requests non2xx sockerr e_connect e_read e_write e_timeout <<<"$(wrk_once "$CONNECTIONS" "$DURATION" "$BENCH_DIR/mixed.lua" /)"
rss_end_kb=$(proc_kb VmRSS)
hwm_kb=$(proc_kb VmHWM)
kill -0 "$APP_PID" 2>/dev/null || die "the app died during the soak"
health=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health" || true)
errors_logged=$(grep -c '"@l":"\(Error\|Fatal\)"' "$WORK/app.log" || true)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ensure_results_file
{
    echo "## soak.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(machine); .NET: $(dotnet_version); commit $(commit_label)"
    echo "- Load average (1/5/15 min): $load_before before, $load_after after"
    echo "- wrk: $CONNECTIONS connections, 2 threads, $DURATION, cycling through: $(tr '\n' ' ' <<<"$BENCH_PATHS" | sed 's/ SEARCH/ \/recherche?q=logement+<n> (uncached)/')"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| requests | $requests ($(printf '%.0f' "$rps") req/s) |"
    echo "| latency p50 / p99 | $(ms "$p50") ms / $(ms "$p99") ms |"
    echo "| responses not 2xx/3xx | $non2xx |"
    echo "| socket errors | $sockerr (connect $e_connect, read $e_read, write $e_write, timeout $e_timeout; wrk's timeout is 2 s) |"
    echo "| RSS after warm-up → end (peak) | $(mb "$rss_start_kb") MB → $(mb "$rss_end_kb") MB ($(mb "$hwm_kb") MB) |"
    echo "| /health after the soak | $health |"
    echo "| Error/Fatal events in the app's log | $errors_logged |"
    echo
} >>"$RESULTS"
log "appended to $RESULTS"
