# Shared steps of the scripts (sourced; the caller has cd'ed to the repository root).

# release_bin PRODUCT: builds PRODUCT in release with the static Swift runtime, as installed,
# and prints the binary's path.
release_bin() {
  swift build -c release --static-swift-stdlib --product "$1" >/dev/null
  echo "$(swift build -c release --static-swift-stdlib --show-bin-path)/$1"
}

# under_journald SCRIPT [ARG…]: runs the calling script again under scripts/with-journald
# (a private journald) when no journald socket exists; returns when one does.
under_journald() {
  if [ ! -S /run/systemd/journal/socket ] || [ -n "${CLAIMWATCH_PRIVATE_JOURNAL_INNER:-}" ]; then
    exec scripts/with-journald "$@"
  fi
}
