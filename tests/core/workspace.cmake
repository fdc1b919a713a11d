couplet_add_test(tst_workspacefile SOURCES tst_workspacefile.cpp LABELS core TIMEOUT 600)
