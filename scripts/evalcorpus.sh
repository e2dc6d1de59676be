#!/usr/bin/env bash
# evalcorpus.sh SRC_DIR... OUT_DIR: the issue-11 command-line corpus. From the
# gold folders' texts (never printed), keep those of 2–4 KB and join short ones
# two by two while the pair stays within 2–4 KB, then copy the pieces
# round-robin into OUT_DIR/0000.txt … 1079.txt (1,080 files).
set -euo pipefail
out="${@: -1}"; srcs=("${@:1:$#-1}")
mkdir -p "$out"; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; pending=""
for f in $(for d in "${srcs[@]}"; do ls "$d"/*.txt; done | sort); do
  s=$(stat -c %s "$f")
  if [ "$s" -ge 2048 ] && [ "$s" -lt 4096 ]; then cp "$f" "$tmp/$n.txt"; n=$((n+1)); continue; fi
  [ "$s" -ge 2048 ] && continue
  if [ -n "$pending" ]; then
    t=$(( $(stat -c %s "$pending") + s + 2 ))
    if [ "$t" -ge 2048 ] && [ "$t" -lt 4096 ]; then
      { cat "$pending"; printf '\n\n'; cat "$f"; } > "$tmp/$n.txt"; n=$((n+1)); pending=""; continue
    fi
  fi
  pending="$f"
done
[ "$n" -gt 0 ] || { echo "evalcorpus: no text of 2-4 KB in ${srcs[*]}" >&2; exit 1; }
for i in $(seq 0 1079); do cp "$tmp/$((i % n)).txt" "$out/$(printf %04d $i).txt"; done
echo "evalcorpus: $n distinct texts, 1080 files in $out" >&2
