# Versus: `make site` builds the shipped site, `make test` runs every test.
SWIFT ?= swift
VERSUS = .build/release/versus
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps tool clean

## Build the tool and render content/ through templates/ into site/.
site: deps tool
	$(VERSUS) build --content content --templates templates --output site

## Run the whole test suite.
test: deps
	$(SWIFT) test

## Install the system libraries Versus links against (Debian packages), when missing.
deps:
	@if ! pkg-config --exists libcmark-gfm || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
		echo "Installing libcmark-gfm-dev and libcmark-gfm-extensions-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev; \
	fi

tool:
	$(SWIFT) build -c release --product versus

clean:
	rm -rf .build site
