#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the reader's browser tests when they are missing.
# No browser download from anywhere else: the tests drive /usr/bin/chromium through /usr/bin/chromedriver.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: chromium/chromedriver missing and not root; run: sudo apt-get install chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "install-browser: $(chromium --version)"
