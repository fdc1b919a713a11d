# The randomized convergence test: many rounds of random edits on both sides,
# sync, resolve what was skipped, sync again; then both sides must agree.
couplet_add_test(tst_convergence SOURCES tst_convergence.cpp LIBS couplet_enginefixture
                 LABELS core POSTGRES TIMEOUT 900)
