#!/bin/bash
# The core judges an application on a machine without a display: the judge
# links no Qt Gui, runs with no display variable, accepts the sample
# (normalising what a person typed) and names each fault of a broken one.
set -eu
judge=$1
sample=$2
if ldd "$judge" | grep -E 'libQt6(Gui|Widgets|Sql|Network)'; then
    echo "the core links more than Qt Core"
    exit 1
fi
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$judge" "$@"; }
out=$(run "$sample")
echo "$out"
grep -qx ok <<<"$out"
grep -q '"postalCode":"733-0001"' <<<"$out"   # full-width digits normalised
grep -q '"phone":"0821234567"' <<<"$out"
broken=$(mktemp)
trap 'rm -f "$broken"' EXIT
sed -e 's/"units": 2/"units": 11/' -e 's/"title": "部長"/"title": ""/' \
    -e 's/"email": "taro.yamada@example.co.jp", "postalCode"/"email": "taro yamada@example.co.jp", "postalCode"/' \
    "$sample" >"$broken"
set +e
out=$(run "$broken")
status=$?
set -e
echo "$out"
[ "$status" -eq 1 ]
grep -q '^customer.title required: 必須項目です' <<<"$out"
grep -q '^destinations\[0\].units invalid_units: ' <<<"$out"
# The service's code, with the words for the slip.
grep -q '^customer.email invalid_email: メールアドレスに空白は使えません' <<<"$out"
echo "judged without a display"
