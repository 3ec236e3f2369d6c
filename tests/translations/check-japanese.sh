#!/bin/bash
# Fails when a text a person reads has no Japanese translation: lupdate is run
# on the current sources into a copy of the Japanese .ts file, and the copy
# must have no unfinished message. (The product's main language is Japanese.)
set -eu
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/moshikomi_ja.ts" "$work/ja.ts"
dirs=()
for d in models ui app service; do
    [ -d "$source_dir/$d" ] && dirs+=("$source_dir/$d")
done
"$lupdate" -silent -no-obsolete -locations none "${dirs[@]}" -ts "$work/ja.ts"
unfinished=$(grep -c 'type="unfinished"' "$work/ja.ts" || true)
if [ "$unfinished" != "0" ]; then
    echo "$unfinished message(s) lack a Japanese translation:"
    grep -B3 'type="unfinished"' "$work/ja.ts" | grep '<source>' | sed 's/^ */  /'
    echo "Run: cmake --build build --target update_translations, then translate them in translations/moshikomi_ja.ts"
    exit 1
fi
echo "Japanese translation complete"
