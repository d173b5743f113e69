#!/usr/bin/env bash
# Restarts the application run.sh started, after it stopped answering (measure.py calls this).
set -euo pipefail
source "$(dirname "$0")/common.sh"
APP_PID=$(cat "$BENCH_HOME/app.pid")
app_stop
app_start "app-restart-$(date +%H%M%S)"
