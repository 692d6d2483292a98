#!/usr/bin/env bash
# Sets up what the tests need on a Debian machine, then builds and runs every test.
#   ./test.sh                                 everything (what CI runs)
#   ./test.sh --filter "Category!=Browser"    any `dotnet test` option is passed on
# Installs what is missing among Debian's chromium-headless-shell (the browser tests; Playwright
# never downloads a browser of its own), default-jre-headless and npm (the W3C Nu Html Checker,
# vnu.jar, pinned in tests/Occitanie.Pauvrete.Web.Tests/html-validation) and redis-server (the
# shared output cache test starts its own), then restores the .NET tools.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

missing=()
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The shared output cache test (SeveralInstancesTests) starts its own redis-server on a loopback port.
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Slim Debian images lack the man folder the JRE's postinst links its pages into.
  $sudo mkdir -p /usr/share/man/man1
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The pinned checker, installed again only when its lock file changed; its folder's .npmrc skips
# the package's own JDK download.
checker=tests/Occitanie.Pauvrete.Web.Tests/html-validation
if ! cmp -s "$checker/package-lock.json" "$checker/node_modules/.installed-lock.json" 2>/dev/null; then
  (cd "$checker" && npm ci && cp package-lock.json node_modules/.installed-lock.json)
fi

dotnet tool restore >/dev/null
dotnet build Occitanie.Pauvrete.sln -nologo -clp:ErrorsOnly

# The SQL Server migrations script without a server, as the README's « Run on SQL Server » does.
dotnet ef migrations script --idempotent --no-build --context SqlServerPortalDbContext \
  --project src/Occitanie.Pauvrete.Web --output "${TMPDIR:-/tmp}/sqlserver-migrations.sql" >/dev/null

dotnet test Occitanie.Pauvrete.sln --no-build "$@"
