#!/usr/bin/env bash
# Installs what the project needs and this machine lacks, and nothing else.
#   scripts/ensure-deps.sh          Graphviz's C libraries and headers (libgraphviz-dev), SQLite's
#                                   (libsqlite3-dev, for the store through GRDB), and networkx
#                                   (PyPI) for the export tests
#   scripts/ensure-deps.sh bench    also the `dot` command, to compare against
#   scripts/ensure-deps.sh valgrind also valgrind, and objcopy (binutils)
#   scripts/ensure-deps.sh browser  also Chromium and its WebDriver, and selenium (PyPI), for
#                                   the desk's browser tests
#   scripts/ensure-deps.sh load     also wrk, for the desk's load test
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev)
# The fault tests make their corpora with scripts/synthetic-corpus.
command -v python3 >/dev/null 2>&1 || need+=(python3)
for extra in "$@"; do
  case "$extra" in
    bench) command -v dot >/dev/null 2>&1 || need+=(graphviz) ;;
    valgrind)
      command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
      command -v objcopy >/dev/null 2>&1 || need+=(binutils) ;;
    browser)
      command -v chromium >/dev/null 2>&1 || need+=(chromium)
      command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
      if ! python3 -c 'import selenium' >/dev/null 2>&1; then
        echo "ensure-deps: installing selenium (PyPI)" >&2
        python3 -m pip install --quiet selenium
      fi ;;
    load) command -v wrk >/dev/null 2>&1 || need+=(wrk) ;;
    *) echo "ensure-deps: unknown extra '$extra'" >&2; exit 2 ;;
  esac
done

# The export tests read GraphML and GEXF back with networkx, from PyPI.
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "ensure-deps: installing networkx (PyPI)" >&2
  python3 -m pip install --quiet networkx
fi

if ((${#need[@]} == 0)); then exit 0; fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "ensure-deps: missing ${need[*]}; run as root: apt-get update && apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
echo "ensure-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}" >/dev/null
