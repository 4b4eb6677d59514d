#!/usr/bin/env bash
# Proves that the tarball's `versus` runs where no Swift toolchain and no cmark-gfm or gumbo are installed: builds a
# minimal Debian root (debootstrap --variant=minbase) in a temporary folder, copies the binary in and, inside it
# (chroot), runs `versus --version`, `versus init demo`, `versus build` in demo and `versus check --links`.
# First the tarball's contents: the man page and the three completion scripts name every subcommand.
# Needs root. Usage: packaging/test-dist.sh [dist/versus-<version>-linux-<arch>.tar.gz]
# DEBIAN_SUITE and DEBIAN_MIRROR choose the root's Debian (default: this system's release, deb.debian.org).
set -euo pipefail
tarball=${1:+$(realpath "$1")}
cd "$(dirname "$0")/.."

tarball=${tarball:-$(ls -t dist/versus-*-linux-"$(uname -m)".tar.gz 2>/dev/null | head -n 1)}
[ -f "$tarball" ] || { echo "test-dist: no tarball (run make dist first)" >&2; exit 1; }
suite=${DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# The downloaded packages are kept between runs, outside the source tree.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/versus/debootstrap-$suite
root=$(mktemp -d "${TMPDIR:-/tmp}/versus-test-dist.XXXXXX")

cleanup() {
    # Nothing mounted inside the root may be followed by rm.
    awk -v root="$root" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mount; do
        umount -l "$mount"
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

passed=0
fail() {
    echo "test-dist: FAILED: $1" >&2
    echo "test-dist: $passed passed, 1 failed"
    exit 1
}

started=$(date +%s)
tar -xzf "$tarball" -C "$root"
unpacked=$(echo "$root"/versus-*)
for file in versus versus.1 completions/versus.bash completions/_versus completions/versus.fish LICENSE README.md; do
    [ -s "$unpacked/$file" ] || fail "the tarball has no $file"
done
for subcommand in build check serve new init; do
    grep -qx ".It Em $subcommand" "$unpacked/versus.1" || fail "the man page versus.1 does not describe '$subcommand'"
    grep -q "^_versus_$subcommand() {" "$unpacked/completions/versus.bash" || fail "the bash completions miss '$subcommand'"
    grep -q "^_versus_$subcommand() {" "$unpacked/completions/_versus" || fail "the zsh completions miss '$subcommand'"
    grep -q -- "-fa '$subcommand'" "$unpacked/completions/versus.fish" || fail "the fish completions miss '$subcommand'"
done
passed=$((passed + 1))
echo "test-dist: the tarball holds versus, versus.1, bash, zsh and fish completions, LICENSE and README.md"

mkdir -p "$cache"
echo "test-dist: debootstrap --variant=minbase $suite into $root"
if ! debootstrap --variant=minbase --cache-dir="$cache" "$suite" "$root/debian" "$mirror" > "$root/debootstrap.log" 2>&1; then
    tail -n 20 "$root/debootstrap.log" >&2
    fail "debootstrap of a minimal Debian $suite root (log above)"
fi
install -m 755 "$unpacked/versus" "$root/debian/usr/local/bin/versus"
# Every Linux system has /proc (atomic writes link files through /proc/self/fd).
mount -t proc proc "$root/debian/proc"

step() {
    local what=$1; shift
    echo "test-dist: $what"
    if ! chroot "$root/debian" /bin/sh -c "$*" > "$root/step.log" 2>&1; then
        cat "$root/step.log" >&2
        fail "'$what' inside a minimal Debian $suite root, with no Swift toolchain (output above)"
    fi
    sed 's/^/  /' "$root/step.log"
    passed=$((passed + 1))
}
step "versus --version" "versus --version"
step "versus init demo" "cd /root && versus init demo"
step "versus build (in demo)" "cd /root/demo && versus build"
step "versus check --links (in demo)" "cd /root/demo && versus check --links"
echo "test-dist: the binary needs: $(chroot "$root/debian" ldd /usr/local/bin/versus | awk '{ print $1 }' | tr '\n' ' ')"
echo "test-dist: $(($(date +%s) - started)) s"
echo "test-dist: $passed passed, 0 failed"
