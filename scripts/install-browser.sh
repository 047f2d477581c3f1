#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end tests (Playwright drives it by executable_path,
# since `playwright install` cannot download its own build here). A no-op when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-browser: /usr/bin/chromium is missing; install Debian's 'chromium' package (as root: apt-get install -y chromium)." >&2
  echo "install-browser: the end-to-end tests will be skipped." >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
