#!/usr/bin/env bash
# Lighthouse (npm package pinned in bench/package.json, Debian's Chromium) on /, /mesures and a
# measure page, mobile and desktop; appends the four scores, the first-visit bytes of / by type and
# the failing audits to bench/RESULTS.md. See bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --no-default-browser-check"

# label|path ; real slugs of content/.
PAGES=(
    "home|/"
    "measures|/mesures"
    "measure|/mesures/cantines-a-tarification-sociale"
)
PRESETS=(mobile desktop)

[[ -x $CHROME_PATH ]] || die "no Chromium at $CHROME_PATH (Debian package: apt-get install -y chromium)"
command -v node >/dev/null || die "node missing (Debian package: apt-get install -y nodejs npm)"
# Lighthouse drives the system browser: nothing downloads one (puppeteer-core has no browser).
if [[ ! -x $BENCH_DIR/node_modules/.bin/lighthouse ]]; then
    log "npm ci (bench/package-lock.json)"
    (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
fi
LIGHTHOUSE=$BENCH_DIR/node_modules/.bin/lighthouse

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
publish
start_app
paths=()
for p in "${PAGES[@]}"; do paths+=("${p#*|}"); done
check_200 "${paths[@]}"

reports=()
for p in "${PAGES[@]}"; do
    label=${p%%|*} path=${p#*|}
    for preset in "${PRESETS[@]}"; do
        out="$WORK/$label.$preset.json"
        args=()
        [[ $preset == desktop ]] && args+=(--preset=desktop)
        # A second try when Chromium gives up on the page (it happens on a machine busy enough that
        # the first load times out).
        for attempt in 1 2; do
            log "lighthouse $preset $path (try $attempt)"
            if "$LIGHTHOUSE" "$BASE$path" "${args[@]}" --output=json --output-path="$out" --quiet \
                --chrome-flags="$CHROME_FLAGS" >"$WORK/lighthouse.log" 2>&1; then
                break
            fi
            tail -n 30 "$WORK/lighthouse.log" >&2
            (( attempt < 2 )) || die "lighthouse failed twice on $path ($preset)"
        done
        reports+=("$out")
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

busy=$(busy_note "**the machine was shared** (load above half the cores before the run): the performance score (timings, simulated throttling on a CPU others used) is lower and noisier than on an idle machine; the other three scores and the bytes do not depend on the load")

ensure_results_file
{
    echo "## lighthouse.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(machine); $("$CHROME_PATH" --version 2>/dev/null | head -n 1) headless; Lighthouse $("$LIGHTHOUSE" --version)"
    echo "- .NET: $(dotnet_version); $APP_LABEL, over http://127.0.0.1"
    echo "- Commit: $(commit_label)"
    echo "- Load average (1/5/15 min): $load_before before, $load_after after$busy"
    echo "- mobile = Lighthouse's default (emulated phone, simulated slow 4G and 4× CPU slowdown); desktop = \`--preset=desktop\`"
    echo
    node "$BENCH_DIR/lighthouse-report.mjs" "$WORK/home.mobile.json" "${reports[@]}"
} >>"$RESULTS"
if [[ -n ${BENCH_KEEP:-} ]]; then
    log "JSON reports in $WORK"
fi
log "appended to $RESULTS"
