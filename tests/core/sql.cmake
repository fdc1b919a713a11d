couplet_add_test(tst_sqlconnector SOURCES tst_sqlconnector.cpp LABELS core POSTGRES TIMEOUT 600)
