#!/usr/bin/env bash
# Builds dist/versus-<version>-linux-<arch>.tar.gz: one self-contained `versus` (release, stripped, the Swift runtime
# linked in, cmark-gfm, gumbo and zlib linked from Debian's static archives), its man page, shell completions for
# bash, zsh and fish, LICENSE and a short README. Needs Debian's pkg-config, binutils (strip), tar and gzip.
# Run from the repository root (`make dist`).
set -euo pipefail
cd "$(dirname "$0")/.."

swift=${SWIFT:-swift}
version=$(sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/versus/Versus.swift)
arch=$(uname -m)
name="versus-$version-linux-$arch"
[ -n "$version" ] || { echo "dist: no version found in Sources/versus/Versus.swift" >&2; exit 1; }

# cmark-gfm, gumbo and zlib from their static archives: pkg-config files that point the linker at a folder holding
# only the archives (it takes a folder's shared library before its archive). Only this build reads them.
libdir=$(pkg-config --variable=libdir libcmark-gfm)
static=$PWD/.build/dist-static-libs
rm -rf "$static" && mkdir -p "$static/pkgconfig"
for archive in libcmark-gfm.a libcmark-gfm-extensions.a libgumbo.a libz.a; do
    [ -f "$libdir/$archive" ] || { echo "dist: $libdir/$archive is missing (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev, libgumbo-dev, zlib1g-dev)" >&2; exit 1; }
    ln -s "$libdir/$archive" "$static/$archive"
done
static_pc() { # name, libraries (an archive that uses another comes first)
    printf 'Name: %s\nDescription: %s from its static archive\nVersion: 0\nLibs: -L%s %s\nCflags: -I/usr/include\n' \
        "$1" "$1" "$static" "$2" > "$static/pkgconfig/$1.pc"
}
static_pc libcmark-gfm "-lcmark-gfm-extensions -lcmark-gfm"
static_pc gumbo "-lgumbo"
static_pc zlib "-lz"

"$swift" build -c release --product versus --static-swift-stdlib --pkg-config-path "$static/pkgconfig"
binary="$("$swift" build -c release --show-bin-path)/versus"

# The man page: swift-argument-parser's generate-manual (the tool behind its GenerateManual plugin, built from the
# resolved checkout) reads the binary's own description of its commands, dated by the last commit (when there is a git
# history) so that the same source gives the same page.
manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
# Its build's warnings are the dependency's own: shown only if it fails.
"$swift" build --package-path .build/checkouts/swift-argument-parser --scratch-path .build/generate-manual \
    --product generate-manual > "$manual/build.log" 2>&1 || { cat "$manual/build.log" >&2; exit 1; }
dated=$(git log -1 --format=%cs 2>/dev/null || true)
"$("$swift" build --package-path .build/checkouts/swift-argument-parser --scratch-path .build/generate-manual \
    --show-bin-path)/generate-manual" "$binary" ${dated:+--date "$dated"} --output-directory "$manual"
[ -f "$manual/versus.1" ] || { echo "dist: generate-manual wrote no versus.1" >&2; exit 1; }

stage=dist/$name
rm -rf "$stage" "dist/$name.tar.gz" && mkdir -p "$stage/completions"
cp "$binary" "$stage/versus"
strip --strip-all "$stage/versus"
"$stage/versus" --generate-completion-script bash > "$stage/completions/versus.bash"
"$stage/versus" --generate-completion-script zsh > "$stage/completions/_versus"
"$stage/versus" --generate-completion-script fish > "$stage/completions/versus.fish"
cp "$manual/versus.1" "$stage/versus.1"
cp LICENSE "$stage/LICENSE"
sed "s/@VERSION@/$version/g; s/@ARCH@/$arch/g" packaging/README.dist.md > "$stage/README.md"

# Sorted entries, one owner and a fixed time: the same files give the same tarball.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C dist -cf - "$name" | gzip -n > "dist/$name.tar.gz"
echo "dist/$name.tar.gz: $(du -k "dist/$name.tar.gz" | cut -f1) KB; versus $(du -k "$stage/versus" | cut -f1) KB, needs:"
ldd "$stage/versus" | sed 's/^/  /'
