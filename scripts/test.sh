#!/usr/bin/env bash
# Sets up (Debian packages), builds, and runs every test with CTest.
# Tests that need ../shared (seed articles, evaluation data) report
# themselves skipped when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR="${KG_BUILD:-build}"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" "$@"
