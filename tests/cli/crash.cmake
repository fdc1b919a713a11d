# The crash test: SIGKILL `couplet-cli sync` at random points, then run it again.
couplet_add_test(tst_crash SOURCES tst_crash.cpp LABELS cli TIMEOUT 900)
add_dependencies(tst_crash couplet-cli)
