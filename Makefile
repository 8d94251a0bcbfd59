# claimwatch — build, install and uninstall.
#
#   make                         release binary (Swift stdlib linked statically)
#   sudo make install            install under /usr/local, create the user, groups,
#                                inbox and catalog, reload systemd
#   make install DESTDIR=/tmp/x  stage every file under /tmp/x (packaging; no hooks run)
#   sudo make uninstall          remove what install laid down (state is kept)
#   make test                    the test suite (scripts/test)
#   make check-unit              systemd-analyze security and verify on the unit
#
# Paths follow the GNU conventions; override any of them on the command line.

PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
DATADIR     ?= $(PREFIX)/share
MANDIR      ?= $(DATADIR)/man
DOCDIR      ?= $(DATADIR)/doc/claimwatch
SYSCONFDIR  ?= /etc
LIBDIR      ?= $(PREFIX)/lib
UNITDIR     ?= $(LIBDIR)/systemd/system
SYSUSERSDIR ?= $(LIBDIR)/sysusers.d
TMPFILESDIR ?= $(LIBDIR)/tmpfiles.d
CATALOGDIR  ?= $(LIBDIR)/systemd/catalog
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d

SWIFT       ?= swift
SWIFTFLAGS  ?= -c release --static-swift-stdlib
INSTALL     ?= install
# install -s: the symbol table is only for debuggers (STRIP= keeps it).
STRIP       ?= -s

BUILT        = $(shell $(SWIFT) build $(SWIFTFLAGS) --show-bin-path)/claimwatch
GENERATED    = .build/install
LEXICONS     = actors.tsv places.tsv roles.tsv triggers.tsv skeleton.tsv

.PHONY: all build install uninstall test check-unit clean-install

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product claimwatch

# Files with the install paths substituted, and the completions the binary writes.
$(GENERATED): build systemd/claimwatch.service
	mkdir -p $(GENERATED)
	sed -e 's|@bindir@|$(BINDIR)|g' -e 's|@sysconfdir@|$(SYSCONFDIR)|g' systemd/claimwatch.service > $(GENERATED)/claimwatch.service
	$(BUILT) --generate-completion-script bash > $(GENERATED)/claimwatch.bash
	$(BUILT) --generate-completion-script zsh > $(GENERATED)/_claimwatch
	$(BUILT) --generate-completion-script fish > $(GENERATED)/claimwatch.fish

install: build $(GENERATED)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) \
		$(DESTDIR)$(CATALOGDIR) $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(DOCDIR) $(DESTDIR)$(DATADIR)/claimwatch/lexicon \
		$(DESTDIR)$(SYSCONFDIR)/claimwatch/lexicon $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	$(INSTALL) -m 0755 $(STRIP) $(BUILT) $(DESTDIR)$(BINDIR)/claimwatch
	$(INSTALL) -m 0644 $(GENERATED)/claimwatch.service $(DESTDIR)$(UNITDIR)/claimwatch.service
	$(INSTALL) -m 0644 systemd/claimwatch.sysusers $(DESTDIR)$(SYSUSERSDIR)/claimwatch.conf
	$(INSTALL) -m 0644 systemd/claimwatch.tmpfiles $(DESTDIR)$(TMPFILESDIR)/claimwatch.conf
	$(INSTALL) -m 0644 systemd/claimwatch.catalog $(DESTDIR)$(CATALOGDIR)/claimwatch.catalog
	$(INSTALL) -m 0644 systemd/claimwatch-postgresql.conf $(DESTDIR)$(DATADIR)/claimwatch/claimwatch-postgresql.conf
	$(INSTALL) -m 0644 man/claimwatch.8 $(DESTDIR)$(MANDIR)/man8/claimwatch.8
	$(INSTALL) -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	$(INSTALL) -m 0644 Config/README.md $(DESTDIR)$(DOCDIR)/configuration.md
	for f in $(LEXICONS); do $(INSTALL) -m 0644 Config/$$f $(DESTDIR)$(DATADIR)/claimwatch/lexicon/$$f; done
	$(INSTALL) -d $(DESTDIR)$(DATADIR)/claimwatch/lexicon/lang/en
	for f in words kinds answers dates page; do $(INSTALL) -m 0644 Config/lang/en/$$f.tsv $(DESTDIR)$(DATADIR)/claimwatch/lexicon/lang/en/$$f.tsv; done
	$(INSTALL) -m 0644 Config/lexicon-overlay.README $(DESTDIR)$(SYSCONFDIR)/claimwatch/lexicon/README
	@# The operator's config is never overwritten; the shipped default sits beside it.
	$(INSTALL) -m 0644 Config/claimwatch.toml $(DESTDIR)$(DATADIR)/claimwatch/claimwatch.toml
	[ -e $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml ] || \
		$(INSTALL) -m 0644 Config/claimwatch.toml $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml
	$(INSTALL) -m 0644 $(GENERATED)/claimwatch.bash $(DESTDIR)$(BASHCOMPDIR)/claimwatch
	$(INSTALL) -m 0644 $(GENERATED)/_claimwatch $(DESTDIR)$(ZSHCOMPDIR)/_claimwatch
	$(INSTALL) -m 0644 $(GENERATED)/claimwatch.fish $(DESTDIR)$(FISHCOMPDIR)/claimwatch.fish
	@if [ -z "$(DESTDIR)" ]; then $(MAKE) --no-print-directory post-install; \
	else echo "Staged under $(DESTDIR); on the target run: systemd-sysusers; systemd-tmpfiles --create; journalctl --update-catalog; systemctl daemon-reload"; fi

# On a live system: the user and groups, the state directory and inbox, the catalog, the unit.
.PHONY: post-install
post-install:
	systemd-sysusers $(SYSUSERSDIR)/claimwatch.conf
	systemd-tmpfiles --create $(TMPFILESDIR)/claimwatch.conf
	journalctl --update-catalog
	-systemctl daemon-reload
	@echo "Installed. Add producers with 'usermod -aG claimwatch-drop USER', then 'systemctl enable --now claimwatch'."

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/claimwatch $(DESTDIR)$(UNITDIR)/claimwatch.service \
		$(DESTDIR)$(SYSUSERSDIR)/claimwatch.conf $(DESTDIR)$(TMPFILESDIR)/claimwatch.conf \
		$(DESTDIR)$(CATALOGDIR)/claimwatch.catalog $(DESTDIR)$(MANDIR)/man8/claimwatch.8 \
		$(DESTDIR)$(BASHCOMPDIR)/claimwatch $(DESTDIR)$(ZSHCOMPDIR)/_claimwatch $(DESTDIR)$(FISHCOMPDIR)/claimwatch.fish \
		$(DESTDIR)$(SYSCONFDIR)/claimwatch/lexicon/README
	rm -rf $(DESTDIR)$(DOCDIR) $(DESTDIR)$(DATADIR)/claimwatch/lexicon
	@# An unedited config goes; an edited one stays, and is named.
	if cmp -s $(DESTDIR)$(DATADIR)/claimwatch/claimwatch.toml $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml; then \
		rm -f $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml; \
	elif [ -e $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml ]; then \
		echo "Kept $(DESTDIR)$(SYSCONFDIR)/claimwatch/claimwatch.toml (edited)"; fi
	rm -f $(DESTDIR)$(DATADIR)/claimwatch/claimwatch.toml $(DESTDIR)$(DATADIR)/claimwatch/claimwatch-postgresql.conf
	-rmdir $(DESTDIR)$(SYSCONFDIR)/claimwatch/lexicon $(DESTDIR)$(SYSCONFDIR)/claimwatch $(DESTDIR)$(DATADIR)/claimwatch 2>/dev/null
	@if [ -z "$(DESTDIR)" ]; then journalctl --update-catalog; systemctl daemon-reload || true; \
		echo "Removed. The state directory /var/lib/claimwatch, the user and the groups are kept."; fi

test:
	scripts/test

check-unit:
	scripts/check-unit
