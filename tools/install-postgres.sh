#!/usr/bin/env bash
# Installs Debian's PostgreSQL server binaries for the storage tests when they are missing. The tests start a private
# cluster of their own (initdb and pg_ctl on a temporary folder and a free port), so the package's own cluster is
# neither created nor started: no system service runs for them.
set -euo pipefail
if command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-postgres: PostgreSQL missing and not root; run: sudo apt-get install postgresql" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# No "main" cluster on install (postgresql-common reads this before the server package's setup runs) ...
mkdir -p /etc/postgresql-common
grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf || echo 'create_main_cluster = false' >> /etc/postgresql-common/createcluster.conf
# ... and no service started by the install.
policy=/usr/sbin/policy-rc.d
added_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && added_policy=1
fi
apt-get update -qq
apt-get install -y -qq postgresql postgresql-contrib >/dev/null
[ "$added_policy" -eq 1 ] && rm -f "$policy"
echo "install-postgres: $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
