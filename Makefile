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

# The whole suite again with tool and runtime built with ASan + UBSan, in
# $(BUILD)-sanitize (docs/faults.md, Sanitizers).  .ci/run runs it after check.
check-sanitize: deps
	cmake -S . -B $(BUILD)-sanitize -DSM_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD)-sanitize -j $(JOBS)
	$(LIT) $(LITFLAGS) $(BUILD)-sanitize/test

clean:
	rm -rf $(BUILD) $(BUILD)-sanitize

# The rewriter's libFuzzer target (clang only): build it, then fuzz for
# FUZZ_SECONDS starting from the checked-in corpus.  New inputs go to
# $(FUZZ_BUILD)/new, crashes to $(FUZZ_BUILD)/artifacts; `make fuzz-merge`
# adds the inputs that reach new code to the checked-in corpus.
FUZZ_BUILD   ?= $(BUILD)/fuzzer
FUZZ_SECONDS ?= 600
FUZZ_CORPUS  ?= test/fuzz/corpus
FUZZ_FLAGS   ?= -timeout=10 -close_fd_mask=2

.PHONY: fuzz fuzz-build fuzz-merge

fuzz-build:
	cmake -S tool/fuzz -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang
	cmake --build $(FUZZ_BUILD) -j $(JOBS)

fuzz: fuzz-build
	mkdir -p $(FUZZ_BUILD)/new $(FUZZ_BUILD)/artifacts
	cd $(FUZZ_BUILD) && ./smpp_fuzz $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=artifacts/ new $(CURDIR)/$(FUZZ_CORPUS)

fuzz-merge: fuzz-build
	cd $(FUZZ_BUILD) && ./smpp_fuzz $(FUZZ_FLAGS) -merge=1 $(CURDIR)/$(FUZZ_CORPUS) new

# sharedmem against OpenMP (libgomp) on this machine: construct overheads,
# region cost against a raw fork, kernels; one table (docs/performance.md).
BENCH_WORKERS ?= 2

bench: build
	cmake --build $(BUILD) --target bench -j $(JOBS)
	sh bench/run.sh $(BUILD) $(BENCH_WORKERS)

# The Mandelbrot example run with SM_TRACE and drawn as an SVG timeline.
.PHONY: trace-demo
trace-demo: build
	cmake --build $(BUILD) --target trace_svg
	$(BUILD)/bin/smcc -O2 examples/mandelbrot.c -o $(BUILD)/mandelbrot-traced
	SM_NUM_WORKERS=2 SM_TRACE=$(BUILD)/trace-demo.json $(BUILD)/mandelbrot-traced 800
	$(BUILD)/bin/trace_svg $(BUILD)/trace-demo.json >$(BUILD)/trace-demo.svg
	@echo "trace: $(BUILD)/trace-demo.json (ui.perfetto.dev, Open trace file); timeline: $(BUILD)/trace-demo.svg"
