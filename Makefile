# The two commands a new machine needs: `make graphs` and `make test`.
# Each installs what is missing (Graphviz's libraries, through apt) before building.
SWIFT ?= swift
BIN := .build/debug/stancegraph

.PHONY: all deps build graphs test bench clean

all: graphs

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build --product stancegraph

# Render the project's maps into Graphs/.
graphs: build
	$(BIN) render --view map -o Graphs/map.svg

test: deps
	$(SWIFT) test

# Benchmarks, in a release build, against the `dot` command (installed if missing).
bench: deps
	@scripts/ensure-deps.sh bench
	$(SWIFT) build -c release
	.build/release/StanceGraphBench

clean:
	rm -rf .build
