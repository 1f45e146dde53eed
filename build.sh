#!/usr/bin/env bash
# build.sh: the one entry point for people and CI.
#
#   ./build.sh serve     install what is missing, build desktop + web, serve build/web/site on
#                        http://127.0.0.1:8080 (static files only)
#   ./build.sh desktop   build and start the desktop app (extra arguments go to dhrv-desktop)
#   ./build.sh test      build everything and run every test (unit, UI, CLI, desktop, browser; with CI=true
#                        also the unit tests under ASan + UBSan and a short run of every fuzz target)
#   ./build.sh web       build only the web page
#   ./build.sh bench     run the benchmarks (not part of the tests)
#   ./build.sh clean     remove build/
set -euo pipefail
cd "$(dirname "$0")"
export NODE_PATH=/usr/share/nodejs
JOBS=${JOBS:-$(nproc)}
PORT=${PORT:-8080}

step() { printf '\n==> %s\n' "$*"; }

bootstrap() { ./tools/bootstrap "$@"; }
build_native() {
  step "native build (build/native)"
  [ -f build/native/build.ninja ] || cmake --preset native >/dev/null
  cmake --build build/native -j "$JOBS"
}
build_web() {
  step "web build (build/web/site)"
  [ -f build/web/build.ninja ] || cmake --preset web >/dev/null
  cmake --build build/web -j "$JOBS"
}
build_asan() {
  step "asan build (build/asan)"
  [ -f build/asan/build.ninja ] || cmake --preset asan >/dev/null
  cmake --build build/asan -j "$JOBS" --target dhrv_tests dhrv_ui_tests dhrv
}

cmd=${1:-help}
shift || true
case "$cmd" in
  serve)
    bootstrap
    build_native
    build_web
    step "serving build/web/site"
    echo "Open http://127.0.0.1:$PORT/ in a browser (Ctrl+C stops)."
    exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory build/web/site
    ;;
  desktop)
    bootstrap
    build_native
    exec ./build/native/native/dhrv-desktop "$@"
    ;;
  web)
    bootstrap
    build_web
    ;;
  test)
    start=$(date +%s)
    bootstrap --npm
    build_native
    build_web
    passed=0 failed=0 status=0
    run_ctest() {  # dir, extra args: runs ctest, adds its counts to the totals
      local log; log=$(mktemp)
      ctest --test-dir "$@" --output-on-failure -j "$JOBS" 2>&1 | tee "$log" || true
      local line; line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n1)
      if [ -z "$line" ]; then status=1; failed=$((failed + 1)); rm -f "$log"; return; fi
      local f t; f=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
      t=$(sed -E 's/.* tests failed out of ([0-9]+).*/\1/' <<<"$line")
      passed=$((passed + t - f)); failed=$((failed + f))
      [ "$f" = 0 ] || status=1
      rm -f "$log"
    }
    step "tests (ctest, build/native)"
    run_ctest build/native
    if [ "${CI:-}" = "true" ] || [ "${DHRV_ASAN:-}" = "1" ]; then
      build_asan
      step "unit tests under AddressSanitizer + UBSan, clang-14 (build/asan)"
      run_ctest build/asan -L unit
      step "fuzz smoke: every libFuzzer target for ${DHRV_FUZZ_SECONDS:-10} s (tools/fuzz; long runs are in README)"
      fuzz_log=$(mktemp)
      # A generous per-input timeout here: CI proves the targets run clean; the 1 s limit is for the long runs.
      FUZZ_TIMEOUT=5 ./tools/fuzz "${DHRV_FUZZ_SECONDS:-10}" | tee "$fuzz_log" || true
      fuzz_ok=$(grep -c 'exit 0, 0 crash' "$fuzz_log" || true)
      fuzz_all=$(grep -c ' executions, ' "$fuzz_log" || true)
      fuzz_targets=$(grep -c . build/fuzz/fuzz-targets.txt)  # listed once, in tests/fuzz/CMakeLists.txt
      passed=$((passed + fuzz_ok)); failed=$((failed + fuzz_targets - fuzz_ok))
      [ "$fuzz_ok" = "$fuzz_targets" ] && [ "$fuzz_all" = "$fuzz_targets" ] || status=1
      rm -f "$fuzz_log"
    fi
    step "done in $(( $(date +%s) - start )) s"
    echo "summary: $passed passed, $failed failed"
    exit $status
    ;;
  bench)
    bootstrap --npm
    build_native
    build_web
    exec ./bench/run "$@"
    ;;
  clean)
    rm -rf build
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 2
    ;;
esac
