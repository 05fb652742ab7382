# The two commands a new machine needs: `make graphs` and `make test`.
# Each installs what is missing (Graphviz's libraries, through apt) before building.
SWIFT ?= swift
BIN := .build/debug/stancegraph

.PHONY: all deps build graphs graphs-check test bench load eval valgrind sanitize fuzz clean

all: graphs

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build --product stancegraph

# Render the project's maps into Graphs/ from the committed corpus.
graphs: build
	$(BIN) graphs -o Graphs

# Fails when Graphs/ is not what `make graphs` makes from the committed corpus.
graphs-check: graphs
	@git diff --exit-code --stat -- Graphs/ || { echo "Graphs/ is out of date: run make graphs and commit it." >&2; exit 1; }

# The Swift tests, then the desk's in a headless browser (Chromium, installed if missing).
test: deps
	@scripts/ensure-deps.sh browser
	$(SWIFT) test
	python3 Tests/Browser/desk_test.py

# Benchmarks, in a release build, against the `dot` command (installed if missing).
bench: deps
	@scripts/ensure-deps.sh bench
	$(SWIFT) build -c release
	.build/release/StanceGraphBench

# The desk under load (wrk, installed if missing): actor pages and maps from a 10,000-article store.
load: deps
	@scripts/desk-load

# The scorers on the seeds and on whichever development texts are present (.eval/dev, and
# PolNeAR's dev split in ../shared), from a release build: their headline lines.
eval: deps
	@scripts/eval.sh

# The tests under AddressSanitizer (all of them; leaks are not checked, Swift's runtime and
# Graphviz keep caches for the process's life), then under ThreadSanitizer the ones that
# work from many threads at once: concurrent rendering, the store's readers and writer, and the desk's reviewers.
# Each sanitizer builds apart, in .build/asan and .build/tsan.
sanitize: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build/asan -Xswiftc -DSANITIZED
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --sanitize=thread --scratch-path .build/tsan -Xswiftc -DSANITIZED \
		--filter 'ConcurrencyTests|StoreTests|StoreFaultTests|DeskTests'

# Coverage-guided fuzzing (libFuzzer): every harness for FUZZ_SECONDS (60 by default).
fuzz: deps
	@scripts/fuzz

# The commands on the committed corpus under valgrind's memcheck: no error of our own.
valgrind: deps
	@scripts/valgrind-check

clean:
	rm -rf .build
