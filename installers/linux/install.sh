#!/bin/sh
# Install the frozen build (dist/att-desktop/) for all users of a Linux workstation, or for
# the current user with --user. Uninstall with: install.sh --uninstall [--user]
# User data (databases, backups, settings in ~/.local/share/att-desktop) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist="$root/dist/att-desktop"
icons="$root/build/icons/hicolor"

scope=system
action=install
for arg in "$@"; do
    case "$arg" in
        --user) scope=user ;;
        --uninstall) action=uninstall ;;
        *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
    esac
done
if [ "$scope" = user ]; then
    prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
    bindir="$HOME/.local/bin"
    appdir="$prefix/att-desktop-app"
    share="$prefix"
else
    appdir=/opt/att-desktop
    bindir=/usr/local/bin
    share=/usr/local/share
fi

if [ "$action" = uninstall ]; then
    rm -rf "$appdir"
    rm -f "$bindir/att-desktop" "$bindir/att-desktop-gui" "$share/applications/att-desktop.desktop"
    find "$share/icons/hicolor" -name att-desktop.png -delete 2>/dev/null || true
    echo "ATT Desktop was removed; your databases and backups were kept."
    exit 0
fi

[ -x "$dist/att-desktop" ] || { echo "build it first: make frozen-selftest" >&2; exit 1; }
mkdir -p "$appdir" "$bindir" "$share/applications"
rm -rf "$appdir"
cp -a "$dist" "$appdir"
ln -sf "$appdir/att-desktop" "$bindir/att-desktop"
ln -sf "$appdir/att-desktop-gui" "$bindir/att-desktop-gui"
for size_dir in "$icons"/*; do
    size=$(basename "$size_dir")
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$size_dir/apps/att-desktop.png" "$share/icons/hicolor/$size/apps/"
done
sed "s|^Exec=att-desktop-gui|Exec=$bindir/att-desktop-gui|; s|^TryExec=att-desktop-gui|TryExec=$bindir/att-desktop-gui|" \
    "$here/att-desktop.desktop" > "$share/applications/att-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" || true
"$appdir/att-desktop" --self-test --no-gui
echo "ATT Desktop is installed in $appdir (menu entry: ATT Desktop)."
