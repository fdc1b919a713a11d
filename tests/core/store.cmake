# The state store, on SQLite and PostgreSQL.
couplet_add_test(tst_statestore SOURCES tst_statestore.cpp LABELS core POSTGRES TIMEOUT 600)
