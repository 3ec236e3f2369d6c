#!/bin/bash
# Builds the app's Debian package as a user would (a release build, CPack)
# and checks it as Debian does: lintian without errors or warnings, and the
# files a Debian user expects (icon, man page, copyright, changelog, a stripped
# binary with its debug symbols apart).
# Usage: package-check.sh SOURCE_DIR WORK_DIR
set -eu
source_dir=$1
work=$2
mkdir -p "$work"
cmake -S "$source_dir" -B "$work" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DMOSHIKOMI_BUILD_TESTS=OFF -DMOSHIKOMI_SANITIZE=OFF >/dev/null
cmake --build "$work" -j2 --target moshikomi moshikomi-service moshikomi_package_docs >/dev/null
(cd "$work" && rm -f ./*.deb ./*.ddeb && cpack -G DEB >/dev/null)
deb=$(ls "$work"/moshikomi_*.deb)
echo "package: $deb"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/moshikomi ./usr/share/applications/moshikomi.desktop \
         ./usr/share/icons/hicolor/scalable/apps/moshikomi.svg \
         ./usr/share/icons/hicolor/48x48/apps/moshikomi.png \
         ./usr/share/man/man1/moshikomi.1.gz ./usr/share/doc/moshikomi/copyright \
         ./usr/share/doc/moshikomi/changelog.gz; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in the package: $f"; exit 1; }
done
fields=$(dpkg-deb -f "$deb" Section Depends Maintainer Description)
grep -q '^Section: utils' <<<"$fields" || { echo "Section is not utils"; exit 1; }
grep -q 'qt6-translations-l10n' <<<"$fields" || { echo "no Qt translations dependency"; exit 1; }
grep -q '^Maintainer: .*<.*@.*>' <<<"$fields" || { echo "no maintainer address"; exit 1; }
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
if readelf -S "$unpacked/usr/bin/moshikomi" | grep -q '\.debug_info'; then
    echo "the binary is not stripped"; exit 1
fi
ls "$work"/*dbgsym*.ddeb >/dev/null 2>&1 || ls "$work"/*dbgsym*.deb >/dev/null 2>&1 \
    || { echo "no debug symbols package"; exit 1; }
# No error or warning from lintian (as root it needs to be told that is fine).
lint() {
    local report
    report=$(lintian --allow-root --tag-display-limit 0 "$1" 2>&1 || true)
    echo "$report"
    if grep -E '^(E|W): ' <<<"$report"; then
        echo "lintian reports errors or warnings ($2)"
        exit 1
    fi
    echo "$2 checked: lintian clean"
}
lint "$deb" "package"

# The central service's package.
service_deb=$(ls "$work"/moshikomi-service_*.deb)
echo "package: $service_deb"
contents=$(dpkg-deb -c "$service_deb")
for f in ./usr/bin/moshikomi-service ./usr/lib/systemd/system/moshikomi-service@.service \
         ./usr/share/moshikomi-service/moshikomi-service.conf \
         ./usr/share/moshikomi-service/setup-database.sh \
         ./usr/share/man/man1/moshikomi-service.1.gz \
         ./usr/share/doc/moshikomi-service/copyright ./usr/share/doc/moshikomi-service/deploy.md; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in the service package: $f"; exit 1; }
done
fields=$(dpkg-deb -f "$service_deb" Depends)
grep -q 'libqt6sql6-psql' <<<"$fields" || { echo "no PostgreSQL driver dependency"; exit 1; }
dpkg-deb -I "$service_deb" postinst | grep -q 'adduser --system' || { echo "no system user made"; exit 1; }
lint "$service_deb" "service package"
