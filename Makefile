# Thin driver over CMake.  Build directory: build/.
BUILD    ?= build
LIT      ?= /usr/bin/python3 /usr/lib/llvm-14/build/utils/lit/lit.py
LITFLAGS ?= -sv
JOBS     ?= $(shell nproc)

.PHONY: all deps configure build demo check check-sanitize bench clean

all: build

deps:
	@sh tool/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: $(BUILD)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

# Compile the examples with smcc and run each with 1 worker and all CPUs.
demo: build
	@sh examples/run-demo.sh $(BUILD)

check: build
	$(LIT) $(LITFLAGS) $(BUILD)/test

check-sanitize: deps
	cmake -S . -B $(BUILD)-sanitize -DSM_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD)-sanitize -j $(JOBS)
	$(LIT) $(LITFLAGS) $(BUILD)-sanitize/test

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize
