# Couplet — the two commands of the README, and the benchmarks.
#   make demo    install what the demo needs, build, create the demo workspace, open it
#   make test    install what the tests need, build, run every test (and the core tests
#                once more under AddressSanitizer + UndefinedBehaviorSanitizer)
#   make bench   build in release mode and run the benchmarks under tests/bench
#   make format  format the code with .clang-format

JOBS    ?= 2
BUILD   ?= build
ASAN    ?= build-asan
BENCH   ?= build-bench
DEMODIR ?= demo
GEN     := -G Ninja

.PHONY: all deps deps-test build test test-asan demo bench format clean update-translations screenshots

all: build

deps:
	packaging/install-deps.sh build demo

deps-test:
	packaging/install-deps.sh test

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

test: deps-test
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS) -LE bench --timeout 900
	$(MAKE) test-asan

test-asan:
	cmake -S . -B $(ASAN) $(GEN) -DCMAKE_BUILD_TYPE=Debug -DCOUPLET_SANITIZE=ON -DCOUPLET_CORE_ONLY=ON
	cmake --build $(ASAN) -j$(JOBS)
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		ctest --output-on-failure -j$(JOBS) -L core -LE bench --timeout 900

update-translations: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) --target update_translations

screenshots: build
	packaging/screenshots.sh $(BUILD) packaging/screenshots

demo: deps
	$(MAKE) build
	tests/support/run-demo.sh $(BUILD) $(DEMODIR)

bench: deps-test
	cmake -S . -B $(BENCH) $(GEN) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH) -j$(JOBS)
	mkdir -p $(BUILD)/bench
	cd $(BENCH) && ctest --output-on-failure -L bench -C Release --timeout 3000
	cp $(BENCH)/bench/*.json $(BUILD)/bench/
	@cat $(BUILD)/bench/*.json

format:
	find src tests -name '*.h' -o -name '*.cpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN) $(BENCH)
