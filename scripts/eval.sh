#!/usr/bin/env bash
# Scores the extractor on every development set that is present, from a release build:
#   the seed articles (../shared/eval), the dev set's texts (.eval/dev, when fetched; see
#   ../shared/eval/dev/README.md) and PolNeAR's dev split (../shared/polnear).
# Prints each scorer's headline lines. STANCEGRAPH_EVAL_SPLITS=train adds PolNeAR train.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${STANCEGRAPH_SHARED:-../shared}
bin=.build/release/stancegraph
out=.build/eval
mkdir -p "$out"
[ "${STANCEGRAPH_EVAL_NOBUILD:-0}" = 1 ] || swift build -c release --product stancegraph >/dev/null

if [ -d "$shared/eval/articles/seeds" ]; then
  echo "== seeds"
  "$bin" extract "$shared/eval/articles/seeds" --format jsonl > "$out/seeds.jsonl"
  python3 "$shared/eval/score.py" --gold "$shared/eval/gold/seeds" --pred "$out/seeds.jsonl" | tail -3
fi
if [ -d .eval/dev ] && [ -d "$shared/eval/dev/gold" ]; then
  echo "== dev set (.eval/dev)"
  "$bin" extract .eval/dev --format jsonl > "$out/dev.jsonl"
  python3 "$shared/eval/score.py" --gold "$shared/eval/dev/gold" --pred "$out/dev.jsonl" | tail -3
else
  echo "== dev set: texts not present in .eval/dev (see $shared/eval/dev/README.md)"
fi
for split in dev ${STANCEGRAPH_EVAL_SPLITS:-}; do
  if [ -d "$shared/polnear/$split/articles" ]; then
    echo "== PolNeAR $split"
    "$bin" extract "$shared/polnear/$split/articles" --format jsonl > "$out/pn-$split.jsonl"
    python3 "$shared/polnear/score.py" --gold "$shared/polnear/$split/gold.jsonl" \
      --articles "$shared/polnear/$split/articles" --pred "$out/pn-$split.jsonl" | tail -1
  fi
done
